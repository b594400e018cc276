import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommitmentDirection } from '@ruta/shared-domain';
import { Authorize, CurrentUser, IdArgs, type AuthUser } from '@ruta/server-core';
import { CloseCommitmentArgs, CommitmentInput, CommitmentsArgs, ReviewCommitmentArgs } from './commitment.inputs.js';
import { Commitment, CommitmentConnection } from './commitment.model.js';
import { CommitmentsService } from './commitments.service.js';
import { roadmapPolicy } from './roadmap.policy.js';

@Resolver(() => Commitment)
export class CommitmentsResolver {
  constructor(private readonly service: CommitmentsService) {}

  @Query(() => CommitmentConnection, {
    description: 'Commitments the signed-in person may see, newest first (partners: their organisation’s).',
  })
  @Authorize(roadmapPolicy, 'commitment:read')
  commitments(@CurrentUser() actor: AuthUser, @Args() { filter, first, after }: CommitmentsArgs): Promise<CommitmentConnection> {
    return this.service.list(actor, filter, first, after);
  }

  @Query(() => Commitment)
  @Authorize(roadmapPolicy, 'commitment:read')
  commitment(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs): Promise<Commitment> {
    return this.service.get(actor, id);
  }

  @Mutation(() => Commitment, { description: 'CONGOPE asks a partner organisation for support on an action item.' })
  @Authorize(roadmapPolicy, 'commitment:request')
  requestCommitment(@CurrentUser() actor: AuthUser, @Args('input') input: CommitmentInput): Promise<Commitment> {
    return this.service.propose(actor, CommitmentDirection.REQUEST, input);
  }

  @Mutation(() => Commitment, { description: 'A partner offers their organisation’s support on an action item.' })
  @Authorize(roadmapPolicy, 'commitment:offer')
  offerCommitment(@CurrentUser() actor: AuthUser, @Args('input') input: CommitmentInput): Promise<Commitment> {
    return this.service.propose(actor, CommitmentDirection.OFFER, input);
  }

  @Mutation(() => Commitment, {
    description: 'The other side accepts or declines a proposed commitment (a reason is required to decline).',
  })
  @Authorize(roadmapPolicy, 'commitment:review')
  reviewCommitment(
    @CurrentUser() actor: AuthUser,
    @Args() { id, expectedVersion, decision, comment }: ReviewCommitmentArgs,
  ): Promise<Commitment> {
    return this.service.review(actor, id, expectedVersion, decision, comment);
  }

  @Mutation(() => Commitment, { description: 'Its author takes back a commitment not yet reviewed.' })
  @Authorize(roadmapPolicy, 'commitment:withdraw')
  withdrawCommitment(@CurrentUser() actor: AuthUser, @Args() { id, expectedVersion, comment }: CloseCommitmentArgs): Promise<Commitment> {
    return this.service.withdraw(actor, id, expectedVersion, comment);
  }

  @Mutation(() => Commitment, { description: 'Marks an accepted commitment as delivered.' })
  @Authorize(roadmapPolicy, 'commitment:fulfill')
  fulfillCommitment(@CurrentUser() actor: AuthUser, @Args() { id, expectedVersion, comment }: CloseCommitmentArgs): Promise<Commitment> {
    return this.service.fulfill(actor, id, expectedVersion, comment);
  }
}
