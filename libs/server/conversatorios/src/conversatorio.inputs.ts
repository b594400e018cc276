import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ConversatorioStatus } from '@ruta/shared-domain';
import { IsPlainText, Trim } from '@ruta/server-core';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

@InputType()
export class CreateConversatorioInput {
  @Field(() => ID)
  @IsUUID()
  themeId: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsPlainText()
  title: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(2000)
  purpose: string;

  @Field(() => Date)
  @IsDate()
  startsAt: Date;

  @Field(() => Date)
  @IsDate()
  endsAt: Date;

  @Field(() => ID, { nullable: true, description: 'A person with the MODERATOR role.' })
  @IsOptional()
  @IsUUID()
  moderatorId?: string | null;

  @Field(() => [String], { description: 'INEC codes of the participating provinces.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(24)
  @ArrayUnique()
  @Matches(/^\d{2}$/, { each: true })
  provinceCodes: string[];
}

@InputType()
export class MoveConversatorioInput {
  @Field(() => ConversatorioStatus)
  @IsEnum(ConversatorioStatus)
  status: ConversatorioStatus;

  @Field(() => Int, { description: 'The version read; a stale one gets VERSION_CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
