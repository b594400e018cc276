import { Field, ID, InputType } from '@nestjs/graphql';
import { AgendaSessionKind } from '@ruta/shared-domain';
import { IsFreeText, IsPlainText, Trim } from '@ruta/server-core';
import { IsDate, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ThemeInput {
  @Field()
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(120)
  @IsPlainText()
  name: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(2000)
  @IsFreeText()
  description: string;
}

@InputType()
export class AgendaSessionInput {
  @Field(() => AgendaSessionKind)
  @IsEnum(AgendaSessionKind)
  kind: AgendaSessionKind;

  @Field(() => ID, { nullable: true, description: 'Null for the opening and closing.' })
  @IsOptional()
  @IsUUID()
  themeId?: string | null;

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
  @IsFreeText()
  description: string;

  @Field(() => Date)
  @IsDate()
  startsAt: Date;

  @Field(() => Date)
  @IsDate()
  endsAt: Date;
}

@InputType()
export class SpeakerInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  @IsPlainText()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsPlainText()
  jobTitle?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field({ defaultValue: '', description: 'A short biography.' })
  @Trim()
  @IsString()
  @MaxLength(1500)
  @IsFreeText()
  bio: string;
}
