import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import {
  AppError,
  Authorize,
  CurrentUser,
  groupInOrder,
  IdArgs,
  requestedFields,
  requestLoader,
  type AuthUser,
  type RequestWithUser,
} from '@ruta/server-core';
import { Contribution, ContributionsService } from '@ruta/server-contributions';
import { ActionItemHistoryService } from './action-item-history.service.js';
import {
  ActionItemsArgs,
  LinkSourcesArgs,
  MergeActionItemsArgs,
  ProposeActionItemInput,
  UpdateActionItemInput,
} from './action-item.inputs.js';
import { ActionItem, ActionItemConnection, ActionItemRef, HistoryEntry } from './action-item.model.js';
import { ActionItemMerges } from './action-item-merge.service.js';
import { ActionItemWrites } from './action-item-writes.service.js';
import { ACTION_ITEM_EVENTS, ActionItemsService, type ActionItemEventPayload } from './action-items.service.js';
import { Commitment, SupportFigure } from './commitment.model.js';
import { CommitmentsService } from './commitments.service.js';
import { roadmapPolicy } from './roadmap.policy.js';
import { SOURCE_LINKS, SourcesService } from './sources.service.js';
import { ActionItemEvent } from './action-item-events.model.js';
import { UnlinkSourceArgs, ActionItemEventsArgs } from './action-items.args.js';

interface Context {
  req: RequestWithUser;
}

@Resolver(() => ActionItem)
export class ActionItemsResolver {
  constructor(
    private readonly service: ActionItemsService,
    private readonly writes: ActionItemWrites,
    private readonly merges: ActionItemMerges,
    private readonly contributions: ContributionsService,
    private readonly commitments: CommitmentsService,
    private readonly history: ActionItemHistoryService,
    private readonly pubSub: PubSubEngine,
  ) {}

  @Query(() => ActionItemConnection, { description: 'The hoja de ruta, filtered, searched and sorted.' })
  @Authorize(roadmapPolicy, 'actionItem:read')
  actionItems(
    @CurrentUser() actor: AuthUser,
    @Args() { filter, sort, first, after }: ActionItemsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ActionItemConnection> {
    return this.service.list(actor, filter, sort, first, after, requestedFields(info, ['nodes']));
  }

  @Query(() => ActionItem)
  @Authorize(roadmapPolicy, 'actionItem:read')
  actionItem(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs): Promise<ActionItem> {
    return this.service.get(actor, id);
  }

  @Mutation(() => ActionItem, { description: 'Proposes an action item, possibly from contributions (technicians: their own province).' })
  @Authorize(roadmapPolicy, 'actionItem:propose')
  proposeActionItem(@CurrentUser() actor: AuthUser, @Args('input') input: ProposeActionItemInput): Promise<ActionItem> {
    return this.writes.propose(actor, input);
  }

  @Mutation(() => ActionItem, { description: 'Changes an action item on the version seen; a stale version gets VERSION_CONFLICT.' })
  @Authorize(roadmapPolicy, 'actionItem:edit')
  updateActionItem(
    @CurrentUser() actor: AuthUser,
    @Args() { id }: IdArgs,
    @Args('input') input: UpdateActionItemInput,
  ): Promise<ActionItem> {
    return this.writes.update(actor, id, input);
  }

  @Mutation(() => ActionItem, { description: 'Merges one item into another; returns the item that stays.' })
  @Authorize(roadmapPolicy, 'actionItem:manage')
  mergeActionItems(@CurrentUser() actor: AuthUser, @Args() args: MergeActionItemsArgs): Promise<ActionItem> {
    return this.merges.merge(actor, args.targetId, args.targetVersion, args.absorbedId, args.absorbedVersion);
  }

  @Mutation(() => ActionItem, { description: 'Links contributions to an item as its sources.' })
  @Authorize(roadmapPolicy, 'actionItem:manage')
  linkContributions(@CurrentUser() actor: AuthUser, @Args() { id, contributionIds }: LinkSourcesArgs): Promise<ActionItem> {
    return this.writes.linkSources(actor, id, contributionIds);
  }

  @Mutation(() => ActionItem, { description: 'Removes a contribution from an item’s sources.' })
  @Authorize(roadmapPolicy, 'actionItem:manage')
  unlinkContribution(@CurrentUser() actor: AuthUser, @Args() { id, contributionId }: UnlinkSourceArgs): Promise<ActionItem> {
    return this.writes.unlinkSource(actor, id, contributionId);
  }

  @Subscription(() => ActionItemEvent, {
    description: 'Live changes to the given action items, each as the subscriber may see it.',
    // Only the items asked for, and only those the subscriber may see now: knowing an id is not
    // enough to learn when a foreign proposal changes.
    filter(this: ActionItemsResolver, payload: ActionItemEventPayload, variables: { ids: string[] }, context: Context) {
      if (!variables.ids.includes(payload.actionItemId)) return false;
      return this.service.get(context.req.user!, payload.actionItemId).then(
        () => true,
        () => false,
      );
    },
    async resolve(this: ActionItemsResolver, payload: ActionItemEventPayload, _args: unknown, context: Context) {
      const actionItem = await this.service.get(context.req.user!, payload.actionItemId).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
        throw error;
      });
      return { actionItemId: payload.actionItemId, actionItem };
    },
  })
  @Authorize(roadmapPolicy, 'actionItem:read')
  actionItemChanged(@Args() _args: ActionItemEventsArgs) {
    return this.pubSub.asyncIterableIterator<ActionItemEventPayload>(ACTION_ITEM_EVENTS);
  }

  @ResolveField(() => [Contribution], { description: 'The contributions it came from (those the reader may see).' })
  sources(@Parent() item: ActionItem, @CurrentUser() actor: AuthUser, @Info() info: GraphQLResolveInfo): Promise<Contribution[]> {
    const fields = requestedFields(info);
    // One loader per set of fields asked for (aliases may ask for different ones).
    const name = `actionItem.sources:${fields ? [...fields].sort().join(',') : '*'}`;
    return requestLoader<string, Contribution[]>(actor, name, async (ids) => {
      const linked = await this.contributions.linkedFrom(actor, SOURCE_LINKS, ids, fields);
      return groupInOrder(ids, linked, (link) => link.ownerId).map((group) => group.map((link) => link.contribution));
    }).load(item.id);
  }

  @ResolveField('commitments', () => [Commitment], {
    description: 'Its commitments the reader may see (partners: their own organisation’s).',
  })
  commitmentsOf(@Parent() item: ActionItem, @CurrentUser() actor: AuthUser): Promise<Commitment[]> {
    return this.loaders(actor).commitments.load(item.id);
  }

  @ResolveField('support', () => [SupportFigure], {
    description: 'The support it has (accepted and fulfilled commitments) by kind, without partners or amounts: for everyone who sees it.',
  })
  supportOf(@Parent() item: ActionItem, @CurrentUser() actor: AuthUser): Promise<SupportFigure[]> {
    return this.loaders(actor).support.load(item.id);
  }

  @ResolveField('history', () => [HistoryEntry], { description: 'Its changes, and those of the items it absorbed, newest first.' })
  historyOf(@Parent() item: ActionItem, @CurrentUser() actor: AuthUser): Promise<HistoryEntry[]> {
    return this.loaders(actor).history.load(item.id);
  }

  @ResolveField(() => [ActionItemRef], { description: 'Items merged into this one.' })
  absorbed(@Parent() item: ActionItem, @CurrentUser() actor: AuthUser): Promise<ActionItemRef[]> {
    return this.loaders(actor).absorbed.load(item.id);
  }

  /** Per-request batched loaders: one SQL statement per relation, whatever the page size. */
  private loaders(actor: AuthUser) {
    const key = actor;
    return {
      commitments: requestLoader<string, Commitment[]>(key, 'actionItem.commitments', async (ids) =>
        groupInOrder(ids, await this.commitments.forItems(actor, ids), (commitment) => commitment.actionItem.id),
      ),
      support: requestLoader<string, SupportFigure[]>(key, 'actionItem.support', async (ids) => {
        const byItem = await this.commitments.supportOf(ids);
        return ids.map((id) => byItem.get(id) ?? []);
      }),
      history: requestLoader<string, HistoryEntry[]>(key, 'actionItem.history', async (ids) =>
        groupInOrder(ids, await this.history.forItems(actor, ids), (entry) => entry.ownerId),
      ),
      absorbed: requestLoader<string, ActionItemRef[]>(key, 'actionItem.absorbed', async (ids) => {
        const rows = await this.service
          .filtered(actor, { includeMerged: true })
          .andWhere('item.mergedIntoId IN (:...ids)', { ids })
          .getMany();
        return groupInOrder(ids, rows, (row) => row.mergedIntoId!).map((group) =>
          group.map(({ id, title, status }) => ({ id, title, status })),
        );
      }),
    };
  }
}

/** Contribution → the action items it fed: the chain is navigable both ways. */
@Resolver(() => Contribution)
export class ContributionActionItemsResolver {
  constructor(
    private readonly service: ActionItemsService,
    private readonly sources: SourcesService,
  ) {}

  @ResolveField(() => [ActionItemRef], { description: 'The roadmap action items that came from it (those the reader may see).' })
  actionItems(@Parent() contribution: Contribution, @CurrentUser() actor: AuthUser): Promise<ActionItemRef[]> {
    return requestLoader<string, ActionItemRef[]>(actor, 'contribution.actionItems', async (ids) => {
      const links = await this.sources.forContributions(ids);
      const visible = new Map(
        (await this.service.getMany(actor, [...new Set(links.map((link) => link.actionItemId))])).map((item) => [item.id, item]),
      );
      return groupInOrder(ids, links, (link) => link.contributionId).map((group) =>
        group.flatMap((link) => {
          const item = visible.get(link.actionItemId);
          return item ? [{ id: item.id, title: item.title, status: item.status }] : [];
        }),
      );
    }).load(contribution.id);
  }
}
