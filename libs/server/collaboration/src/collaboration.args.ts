import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsPlainText, Trim } from '@ruta/server-core';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class DocumentIdArgs {
  @Field(() => ID)
  @IsUUID()
  documentId: string;
}

@ArgsType()
export class CreateSnapshotArgs extends DocumentIdArgs {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @IsPlainText()
  name: string;
}
