import { ArgsType, Field, ID } from '@nestjs/graphql';
import { QuestionStatus } from '@ruta/shared-domain';
import { IdArgs, IsFreeText, Trim } from '@ruta/server-core';
import { IsBoolean, IsEnum, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class SessionArgs {
  @Field(() => ID)
  @IsUUID()
  sessionId: string;
}

@ArgsType()
export class AskArgs extends SessionArgs {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @IsFreeText()
  body: string;
}

@ArgsType()
export class VoteArgs extends IdArgs {
  @Field({ defaultValue: true })
  @IsBoolean()
  voted: boolean;
}

@ArgsType()
export class ModerateArgs extends IdArgs {
  @Field(() => QuestionStatus)
  @IsEnum(QuestionStatus)
  status: QuestionStatus;
}
