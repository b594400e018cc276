import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QuestionStatus } from '@ruta/shared-domain';
import { PersonRef } from '@ruta/server-conversatorios';

registerEnumType(QuestionStatus, { name: 'QuestionStatus' });

@ObjectType('SessionQuestion', { description: 'A live question of an agenda session.' })
export class SessionQuestion {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field()
  body: string;

  @Field(() => PersonRef)
  author: PersonRef;

  @Field(() => QuestionStatus)
  status: QuestionStatus;

  @Field(() => Int)
  votes: number;

  @Field()
  votedByMe: boolean;

  @Field()
  mine: boolean;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('SessionQuestionEvent')
export class SessionQuestionEvent {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID)
  questionId: string;
}
