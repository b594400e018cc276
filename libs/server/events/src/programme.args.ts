import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsUUID } from 'class-validator';

@ArgsType()
export class SessionIdArgs {
  @Field(() => ID)
  @IsUUID()
  sessionId: string;
}

@ArgsType()
export class SessionModeratorsArgs extends SessionIdArgs {
  @Field(() => [ID], { description: 'Every account that is to moderate the session (an empty list: none).' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  userIds: string[];
}
