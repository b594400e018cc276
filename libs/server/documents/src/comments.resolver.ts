import { Args, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CommentThreadStatus } from '@ruta/shared-domain';
import { Authorize, CurrentUser, IdArgs, type AuthUser, type RequestWithUser } from '@ruta/server-core';
import { PubSubEngine } from 'graphql-subscriptions';
import { COMMENT_THREAD_EVENTS, CommentsService, type CommentThreadEventPayload } from './comments.service.js';
import { CommentThreadEvent, CommentThreadModel } from './document.model.js';
import { documentsPolicy } from './documents.policy.js';
import { DocumentsService } from './documents.service.js';
import { CommentBodyInput, OpenCommentThreadInput, DocumentIdArgs, ThreadsArgs } from './comments.args.js';

@Resolver(() => CommentThreadModel)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly documents: DocumentsService,
    private readonly pubSub: PubSubEngine,
  ) {}

  @Query(() => [CommentThreadModel], { description: 'A document’s comment threads, oldest first.' })
  @Authorize(documentsPolicy, 'document:read')
  commentThreads(@CurrentUser() actor: AuthUser, @Args() { documentId, status }: ThreadsArgs): Promise<CommentThreadModel[]> {
    return this.comments.list(actor, documentId, status);
  }

  @Mutation(() => CommentThreadModel, { description: 'Opens a thread on a passage with a first comment.' })
  @Authorize(documentsPolicy, 'document:comment')
  openCommentThread(@CurrentUser() actor: AuthUser, @Args('input') input: OpenCommentThreadInput): Promise<CommentThreadModel> {
    return this.comments.open(actor, input);
  }

  @Mutation(() => CommentThreadModel)
  @Authorize(documentsPolicy, 'document:comment')
  replyToCommentThread(
    @CurrentUser() actor: AuthUser,
    @Args() { id }: IdArgs,
    @Args('input') input: CommentBodyInput,
  ): Promise<CommentThreadModel> {
    return this.comments.reply(actor, id, input.body, input.mentionIds);
  }

  @Mutation(() => CommentThreadModel, { description: 'Resolves a thread (its author or an editor).' })
  @Authorize(documentsPolicy, 'document:comment')
  resolveCommentThread(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs): Promise<CommentThreadModel> {
    return this.comments.setStatus(actor, id, CommentThreadStatus.RESOLVED);
  }

  @Mutation(() => CommentThreadModel, { description: 'Reopens a resolved thread (its author or an editor).' })
  @Authorize(documentsPolicy, 'document:comment')
  reopenCommentThread(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs): Promise<CommentThreadModel> {
    return this.comments.setStatus(actor, id, CommentThreadStatus.OPEN);
  }

  @Subscription(() => CommentThreadEvent, {
    description: 'A thread of the document was opened, answered, resolved or reopened.',
    filter: (payload: CommentThreadEventPayload, variables: { documentId: string }) => payload.documentId === variables.documentId,
    async resolve(this: CommentsResolver, payload: CommentThreadEventPayload, _args: unknown, context: { req: RequestWithUser }) {
      await this.documents.authorize(context.req.user!, payload.documentId, 'document:read');
      return payload;
    },
  })
  @Authorize(documentsPolicy, 'document:read')
  commentThreadChanged(@Args() _args: DocumentIdArgs) {
    return this.pubSub.asyncIterableIterator<CommentThreadEventPayload>(COMMENT_THREAD_EVENTS);
  }
}
