import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class PasswordLinkArgs {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
}
