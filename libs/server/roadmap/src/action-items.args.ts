import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IdArgs } from '@ruta/server-core';
import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';

@ArgsType()
export class UnlinkSourceArgs extends IdArgs {
  @Field(() => ID)
  @IsUUID()
  contributionId: string;
}

@ArgsType()
export class ActionItemEventsArgs {
  @Field(() => [ID], { description: 'The items to follow.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids: string[];
}
