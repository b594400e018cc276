import { Args, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { QuestionStatus } from '@ruta/shared-domain';
import { Authorize, type AuthUser, CurrentUser, type RequestWithUser } from '@ruta/server-core';
import { PubSubEngine } from 'graphql-subscriptions';
import { SessionQuestion, SessionQuestionEvent } from './question.model.js';
import { questionsPolicy } from './questions.policy.js';
import { QUESTION_EVENTS, QuestionsService, type QuestionEventPayload } from './questions.service.js';
import { SessionArgs, AskArgs, VoteArgs, ModerateArgs } from './questions.args.js';

@Resolver()
export class QuestionsResolver {
  constructor(
    private readonly questions: QuestionsService,
    private readonly pubSub: PubSubEngine,
  ) {}

  @Query(() => [SessionQuestion], { description: 'The live questions of an agenda session, most voted first.' })
  @Authorize(questionsPolicy, 'question:read')
  sessionQuestions(@CurrentUser() actor: AuthUser, @Args() { sessionId }: SessionArgs): Promise<SessionQuestion[]> {
    return this.questions.list(actor, sessionId);
  }

  @Mutation(() => SessionQuestion, { description: 'Asks a question; it shows for everyone once a moderator approves it.' })
  @Authorize(questionsPolicy, 'question:ask')
  askQuestion(@CurrentUser() actor: AuthUser, @Args() { sessionId, body }: AskArgs): Promise<SessionQuestion> {
    return this.questions.ask(actor, sessionId, body);
  }

  @Mutation(() => SessionQuestion, { description: 'Upvotes a question (once per person), or withdraws the vote.' })
  @Authorize(questionsPolicy, 'question:vote')
  voteQuestion(@CurrentUser() actor: AuthUser, @Args() { id, voted }: VoteArgs): Promise<SessionQuestion> {
    return this.questions.vote(actor, id, voted);
  }

  @Mutation(() => SessionQuestion, {
    description: 'Approves, hides or marks a question answered (analysts, administrators, and the moderators of its session).',
  })
  @Authorize(questionsPolicy, 'question:moderate')
  moderateQuestion(@CurrentUser() actor: AuthUser, @Args() { id, status }: ModerateArgs): Promise<SessionQuestion> {
    return this.questions.moderate(actor, id, status);
  }

  @Subscription(() => SessionQuestionEvent, {
    description: 'Something changed in the questions of a session: read them again.',
    // A pending question concerns only its author and those who moderate its session (the same
    // rule as the list); any other change concerns everyone, so that a hidden question disappears.
    filter(this: QuestionsResolver, payload: QuestionEventPayload, variables: { sessionId: string }, context: { req: RequestWithUser }) {
      if (payload.sessionId !== variables.sessionId) return false;
      if (payload.status !== QuestionStatus.PENDING) return true;
      const user = context.req.user ?? null;
      return user?.id === payload.authorId || this.questions.mayModerate(user, payload.sessionId);
    },
    resolve: ({ sessionId, questionId }: QuestionEventPayload): SessionQuestionEvent => ({ sessionId, questionId }),
  })
  @Authorize(questionsPolicy, 'question:read')
  sessionQuestionChanged(@Args() _args: SessionArgs) {
    return this.pubSub.asyncIterableIterator<QuestionEventPayload>(QUESTION_EVENTS);
  }
}
