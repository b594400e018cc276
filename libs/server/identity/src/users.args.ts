import { ArgsType, Field } from '@nestjs/graphql';
import { IdArgs } from '@ruta/server-core';
import { IsBoolean } from 'class-validator';

@ArgsType()
export class SetUserDisabledArgs extends IdArgs {
  @Field()
  @IsBoolean()
  disabled: boolean;
}
