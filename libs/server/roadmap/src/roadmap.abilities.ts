import { Context, Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActionItemStatus, CommitmentStatus, commitmentTransitions, type CommitmentDirection } from '@ruta/shared-domain';
import { Abilities, CurrentUser, requestLoader, type AuthUser } from '@ruta/server-core';
import { ContributionAbilities } from '@ruta/server-contributions';
import type { DataSource } from 'typeorm';
import { ActionItem } from './action-item.model.js';
import { Commitment } from './commitment.model.js';
import { roadmapPolicy, type RoadmapSubject } from './roadmap.policy.js';

@ObjectType('ActionItemAbilities', { description: 'What the signed-in person may do with one action item.' })
export class ActionItemAbilities {
  @Field({ description: 'Edits its content (CONGOPE; its lead province’s technicians while it is proposed).' })
  edit: boolean;

  @Field({ description: 'Agrees, moves, merges and cancels it, and links its sources (CONGOPE).' })
  manage: boolean;

  @Field({ description: 'Asks a partner for a commitment on it (CONGOPE, while it is open).' })
  requestCommitment: boolean;

  @Field({ description: 'Offers its own organisation’s commitment on it (a partner, while it is open).' })
  offerCommitment: boolean;
}

@ObjectType('CommitmentAbilities', { description: 'What the signed-in person may do with one commitment, now.' })
export class CommitmentAbilities {
  @Field({ description: 'Accepts or declines it (the side that did not make it).' })
  review: boolean;

  @Field({ description: 'Withdraws it (the side that made it).' })
  withdraw: boolean;

  @Field({ description: 'Marks it fulfilled (CONGOPE, the partner concerned).' })
  fulfill: boolean;
}

interface ItemFacts {
  subject: RoadmapSubject;
  open: boolean;
}

interface CommitmentFacts {
  subject: RoadmapSubject;
  status: CommitmentStatus;
}

const CLOSED: ActionItemStatus[] = [ActionItemStatus.DONE, ActionItemStatus.CANCELLED];

/**
 * `viewerCan` on action items and commitments, by the roadmap policy the mutations check. The
 * facts the rules look at are read for every record of the request in one statement (a list's
 * page may not have asked for them).
 */
@Resolver(() => ActionItem)
export class ActionItemAbilitiesResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => ActionItemAbilities, {
    nullable: true,
    description: 'What the signed-in person may do with it; null when anonymous.',
  })
  async viewerCan(
    @Parent() item: ActionItem,
    @CurrentUser() viewer: AuthUser | null,
    @Context('req') request: object,
  ): Promise<ActionItemAbilities | null> {
    if (!viewer) return null;
    const { subject, open } = await requestLoader<string, ItemFacts>(request, 'actionItem.facts', (ids) => this.facts(ids)).load(item.id);
    const commitment = (direction: CommitmentDirection, organizationId: string | null): RoadmapSubject => ({
      ...subject,
      commitment: { organizationId: organizationId ?? '', direction, status: CommitmentStatus.PROPOSED },
    });
    return {
      edit: roadmapPolicy.can(viewer, 'actionItem:edit', subject),
      manage: roadmapPolicy.can(viewer, 'actionItem:manage', subject),
      requestCommitment: open && roadmapPolicy.can(viewer, 'commitment:request', commitment('REQUEST', null)),
      offerCommitment:
        open && viewer.organizationId !== null && roadmapPolicy.can(viewer, 'commitment:offer', commitment('OFFER', viewer.organizationId)),
    };
  }

  private async facts(ids: readonly string[]): Promise<ItemFacts[]> {
    const rows = (await this.dataSource.query(
      `SELECT i.id, i.lead_province_code AS "leadProvinceCode", i.status, i.agreed_at IS NOT NULL AS agreed, i.merged_into_id AS "mergedIntoId",
              array_prepend(i.lead_province_code::text, array(SELECT co.province_code::text FROM action_item_co_province co WHERE co.action_item_id = i.id)) AS "provinceCodes",
              array_remove(array_prepend(i.responsible_organization_id, array(SELECT c.organization_id FROM commitment c WHERE c.action_item_id = i.id)), NULL)::text[] AS "organizationIds"
         FROM action_item i WHERE i.id = ANY($1::uuid[])`,
      [ids],
    )) as Array<RoadmapSubject['item'] & { id: string; mergedIntoId: string | null }>;
    const byId = new Map(
      rows.map(({ id, mergedIntoId, ...item }) => [id, { subject: { item }, open: !mergedIntoId && !CLOSED.includes(item.status) }]),
    );
    return ids.map((id) => byId.get(id)!);
  }
}

@Resolver(() => Commitment)
export class CommitmentAbilitiesResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => CommitmentAbilities, {
    nullable: true,
    description: 'What the signed-in person may do with it now; null when anonymous.',
  })
  async viewerCan(
    @Parent() commitment: Commitment,
    @CurrentUser() viewer: AuthUser | null,
    @Context('req') request: object,
  ): Promise<CommitmentAbilities | null> {
    if (!viewer) return null;
    const { subject, status } = await requestLoader<string, CommitmentFacts>(request, 'commitment.facts', (ids) => this.facts(ids)).load(
      commitment.id,
    );
    const may = (action: 'commitment:review' | 'commitment:withdraw' | 'commitment:fulfill', to: CommitmentStatus) =>
      commitmentTransitions[status].includes(to) && roadmapPolicy.can(viewer, action, subject);
    return {
      review: may('commitment:review', CommitmentStatus.ACCEPTED),
      withdraw: may('commitment:withdraw', CommitmentStatus.WITHDRAWN),
      fulfill: may('commitment:fulfill', CommitmentStatus.FULFILLED),
    };
  }

  private async facts(ids: readonly string[]): Promise<CommitmentFacts[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.id, c.organization_id AS "organizationId", c.direction, c.status, i.lead_province_code AS "leadProvinceCode", i.status AS "itemStatus"
         FROM commitment c JOIN action_item i ON i.id = c.action_item_id WHERE c.id = ANY($1::uuid[])`,
      [ids],
    )) as Array<{
      id: string;
      organizationId: string;
      direction: CommitmentDirection;
      status: CommitmentStatus;
      leadProvinceCode: string;
      itemStatus: ActionItemStatus;
    }>;
    const byId = new Map(
      rows.map((row) => [
        row.id,
        {
          status: row.status,
          subject: {
            item: { leadProvinceCode: row.leadProvinceCode, provinceCodes: [], status: row.itemStatus, organizationIds: [] },
            commitment: { organizationId: row.organizationId, direction: row.direction, status: row.status },
          },
        },
      ]),
    );
    return ids.map((id) => byId.get(id)!);
  }
}

@Resolver(() => ContributionAbilities)
export class ContributionRoadmapAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'Proposes an action item from it (CONGOPE; technicians of its province).' })
  proposeActionItem(@Parent() { viewer, subject }: ContributionAbilities): boolean {
    return roadmapPolicy.can(viewer, 'actionItem:propose', {
      item: {
        leadProvinceCode: subject.provinceCode,
        provinceCodes: [subject.provinceCode],
        status: ActionItemStatus.PROPOSED,
        organizationIds: [],
      },
    });
  }
}

@Resolver(() => Abilities)
export class RoadmapAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'Proposes action items (for `proposalProvinceCode` only, when that is set).' })
  proposeActionItems(@Parent() { viewer }: Abilities): boolean {
    return roadmapPolicy.can(viewer, 'actionItem:propose');
  }

  @ResolveField(() => String, { nullable: true, description: 'The one province this person proposes for (a technician’s); null for any.' })
  proposalProvinceCode(@Parent() { viewer }: Abilities): string | null {
    const anyProvince = roadmapPolicy.can(viewer, 'actionItem:manage');
    return !anyProvince && roadmapPolicy.can(viewer, 'actionItem:propose') ? viewer.provinceCode : null;
  }

  @ResolveField(() => Boolean, { description: 'Agrees, edits, merges and cancels any action item (CONGOPE).' })
  manageRoadmap(@Parent() { viewer }: Abilities): boolean {
    return roadmapPolicy.can(viewer, 'actionItem:manage');
  }

  @ResolveField(() => Boolean, { description: 'Consolidates contributions into the roadmap.' })
  consolidateRoadmap(@Parent() { viewer }: Abilities): boolean {
    return roadmapPolicy.can(viewer, 'roadmap:consolidate');
  }

  @ResolveField(() => Boolean, { description: 'Imports action items from a spreadsheet.' })
  importRoadmap(@Parent() { viewer }: Abilities): boolean {
    return roadmapPolicy.can(viewer, 'roadmap:import');
  }

  @ResolveField(() => Boolean, { description: 'Asks partners for commitments (CONGOPE).' })
  requestCommitments(@Parent() { viewer }: Abilities): boolean {
    return roadmapPolicy.can(viewer, 'commitment:request');
  }

  @ResolveField(() => Boolean, { description: 'Offers its organisation’s commitments (partners).' })
  offerCommitments(@Parent() { viewer }: Abilities): boolean {
    return roadmapPolicy.can(viewer, 'commitment:offer');
  }

  @ResolveField(() => Boolean, { description: 'Has commitments to review: the commitments inbox (CONGOPE, partners).' })
  reviewCommitments(@Parent() { viewer }: Abilities): boolean {
    return roadmapPolicy.can(viewer, 'commitment:review');
  }
}
