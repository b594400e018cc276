import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { CommentThreadStatus } from '@ruta/shared-domain';
import { IsFreeText, Trim } from '@ruta/server-core';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CommentBodyInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @IsFreeText()
  body: string;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  mentionIds: string[];
}

@InputType()
export class OpenCommentThreadInput extends CommentBodyInput {
  @Field(() => ID)
  @IsUUID()
  documentId: string;

  @Field({ description: 'Yjs relative position of the passage start, base64.' })
  @IsString()
  @MaxLength(700)
  anchorStart: string;

  @Field({ description: 'Yjs relative position of the passage end, base64.' })
  @IsString()
  @MaxLength(700)
  anchorEnd: string;

  @Field({ description: 'The passage commented on, as it reads now.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @IsFreeText()
  quote: string;
}

@ArgsType()
export class DocumentIdArgs {
  @Field(() => ID)
  @IsUUID()
  documentId: string;
}

@ArgsType()
export class ThreadsArgs {
  @Field(() => ID)
  @IsUUID()
  documentId: string;

  @Field(() => CommentThreadStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CommentThreadStatus)
  status?: CommentThreadStatus | null;
}
