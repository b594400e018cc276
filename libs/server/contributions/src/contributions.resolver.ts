import { Args, Info, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { Authorize, type AuthUser, CurrentUser, IdArgs, requestedFields, type RequestWithUser } from '@ruta/server-core';
import { ContributionsArgs, CreateContributionInput, UpdateContributionInput } from './contribution.inputs.js';
import { Contribution, ContributionConnection, ContributionEvent } from './contribution.model.js';
import { contributionsPolicy } from './contributions.policy.js';
import { CONTRIBUTION_EVENTS, ContributionsService, type ContributionEventPayload } from './contributions.service.js';
import { EndorseArgs, HideArgs, IdsArgs, ContributionEventsArgs } from './contributions.args.js';

@Resolver()
export class ContributionsResolver {
  constructor(
    private readonly service: ContributionsService,
    private readonly pubSub: PubSubEngine,
  ) {}

  @Subscription(() => ContributionEvent, {
    description: 'Live changes to the contributions of a conversatorio, each as the subscriber may see it.',
    filter: (payload: ContributionEventPayload, variables: { conversatorioId: string }) =>
      payload.conversatorioId === variables.conversatorioId,
    resolve(this: ContributionsResolver, payload: ContributionEventPayload, _args: unknown, context: { req: RequestWithUser }) {
      return this.service.eventFor(context.req.user!, payload);
    },
  })
  @Authorize(contributionsPolicy, 'contribution:read')
  contributionChanged(@Args() _args: ContributionEventsArgs) {
    return this.pubSub.asyncIterableIterator<ContributionEventPayload>(CONTRIBUTION_EVENTS);
  }

  @Query(() => ContributionConnection, { description: 'Contributions, newest first, filtered and searched (accent-insensitive Spanish).' })
  @Authorize(contributionsPolicy, 'contribution:read')
  contributions(
    @CurrentUser() actor: AuthUser,
    @Args() { filter, first, after }: ContributionsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ContributionConnection> {
    return this.service.list(actor, filter, first, after, undefined, requestedFields(info, ['nodes']));
  }

  @Query(() => Contribution)
  @Authorize(contributionsPolicy, 'contribution:read')
  contribution(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs): Promise<Contribution> {
    return this.service.get(actor, id);
  }

  @Query(() => [Contribution], { description: 'The contributions among these ids the reader may see, in that order.' })
  @Authorize(contributionsPolicy, 'contribution:read')
  contributionsByIds(@CurrentUser() actor: AuthUser, @Args() { ids }: IdsArgs): Promise<Contribution[]> {
    return this.service.getMany(actor, ids);
  }

  @Mutation(() => Contribution, { description: 'Adds a contribution for a province taking part in an open conversatorio.' })
  @Authorize(contributionsPolicy, 'contribution:create')
  createContribution(@CurrentUser() actor: AuthUser, @Args('input') input: CreateContributionInput): Promise<Contribution> {
    return this.service.create(actor, input);
  }

  @Mutation(() => Contribution, { description: 'The author edits their contribution while the conversatorio is open.' })
  @Authorize(contributionsPolicy, 'contribution:edit')
  updateContribution(
    @CurrentUser() actor: AuthUser,
    @Args() { id }: IdArgs,
    @Args('input') input: UpdateContributionInput,
  ): Promise<Contribution> {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => Contribution, { description: 'Endorses a contribution (once per person), or withdraws the endorsement.' })
  @Authorize(contributionsPolicy, 'contribution:endorse')
  endorseContribution(@CurrentUser() actor: AuthUser, @Args() { id, endorsed }: EndorseArgs): Promise<Contribution> {
    return this.service.setEndorsement(actor, id, endorsed);
  }

  @Mutation(() => Contribution, { description: 'Hides a contribution with a reason (moderation).' })
  @Authorize(contributionsPolicy, 'contribution:moderate')
  hideContribution(@CurrentUser() actor: AuthUser, @Args() { id, reason }: HideArgs): Promise<Contribution> {
    return this.service.setHidden(actor, id, true, reason);
  }

  @Mutation(() => Contribution, { description: 'Shows a hidden contribution again.' })
  @Authorize(contributionsPolicy, 'contribution:moderate')
  restoreContribution(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs): Promise<Contribution> {
    return this.service.setHidden(actor, id, false);
  }
}
