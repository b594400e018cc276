import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class ConversatorioDocumentArgs {
  @Field(() => ID)
  @IsUUID()
  conversatorioId: string;
}

@ArgsType()
export class SessionSpeakerArgs {
  @Field(() => ID)
  @IsUUID()
  sessionSpeakerId: string;
}

@ArgsType()
export class MentionableArgs {
  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(80)
  search: string;

  @Field(() => Int, { defaultValue: 8 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  first: number;
}
