import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** `(id: ID!)`, validated as a UUID: the argument of every operation on one record. */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
