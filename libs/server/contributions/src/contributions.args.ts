import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IdArgs, IsPlainText, Trim } from '@ruta/server-core';
import { ArrayMaxSize, IsBoolean, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class EndorseArgs extends IdArgs {
  @Field({ defaultValue: true, description: 'False withdraws the endorsement.' })
  @IsBoolean()
  endorsed: boolean;
}

@ArgsType()
export class HideArgs extends IdArgs {
  @Field({ description: 'Why it is hidden; analysts and the moderator see it.' })
  @Trim()
  @IsString()
  @MaxLength(500)
  @IsPlainText()
  reason: string;
}

@ArgsType()
export class IdsArgs {
  @Field(() => [ID])
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  ids: string[];
}

@ArgsType()
export class ContributionEventsArgs {
  @Field(() => ID)
  @IsUUID()
  conversatorioId: string;
}
