import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsFreeText } from '@ruta/server-core';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class SuggestionsArgs {
  @Field(() => ID, { nullable: true, description: 'Compare with this contribution’s text…' })
  @IsOptional()
  @IsUUID()
  contributionId?: string | null;

  @Field(() => String, { nullable: true, description: '…or with this text.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @IsFreeText()
  text?: string | null;
}
