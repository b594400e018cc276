import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommitmentDirection, CommitmentStatus, OrganizationKind, Role, commitmentTransitions, type FieldError } from '@ruta/shared-domain';
import {
  AppError,
  connection,
  decodeCursor,
  DomainEvents,
  encodeCursor,
  fieldError,
  fromJson,
  jsonObject,
  preparedRows,
  relatedJson,
  type AuthUser,
  type Connection,
} from '@ruta/server-core';
import { recordHistory } from '@ruta/server-history';
import { UserEntity } from '@ruta/server-identity';
import { OrganizationEntity } from '@ruta/server-organizations';
import { CooperationModalityEntity } from '@ruta/server-reference';
import { Brackets, type DataSource, type EntityManager, type EntityMetadata, type SelectQueryBuilder } from 'typeorm';
import { ActionItemEntity } from './action-item.entity.js';
import { ActionItemsService } from './action-items.service.js';
import type { CommitmentFilter, CommitmentInput, ReviewDecision } from './commitment.inputs.js';
import type { Commitment, SupportFigure } from './commitment.model.js';
import { CommitmentEntity } from './commitment.entity.js';
import { COMMITMENT_EVENTS, type CommitmentChange } from './commitment-events.js';
import { roadmapPolicy, type RoadmapSubject } from './roadmap.policy.js';

/** One commitment as `read` selects it: its columns and its related rows, as JSON. */
interface CommitmentJson {
  commitment: Record<string, unknown>;
  actionItem: CommitmentRow['actionItem'];
  organization: CommitmentRow['organization'];
  modality: CooperationModalityEntity | null;
  createdBy: Person;
  reviewedBy: Person | null;
}

type Person = { id: string; displayName: string };

/** What a commitment's model is made from. */
type CommitmentRow = Omit<CommitmentEntity, 'actionItem' | 'organization' | 'createdBy' | 'reviewedBy'> & {
  actionItem: Pick<ActionItemEntity, 'id' | 'title' | 'status' | 'leadProvinceCode'>;
  organization: Pick<OrganizationEntity, 'id' | 'name' | 'shortName'>;
  createdBy: Person;
  reviewedBy: Person | null;
};

const partnerKinds: OrganizationKind[] = [
  OrganizationKind.COOPERATION_AGENCY,
  OrganizationKind.INTERNATIONAL_NETWORK,
  OrganizationKind.MINISTRY,
  OrganizationKind.ACADEMIA,
  OrganizationKind.CIVIL_SOCIETY,
  OrganizationKind.OTHER,
];

/** The change a move to a status is, as commitment events name it. */
const CHANGE_OF: Record<Exclude<CommitmentStatus, 'PROPOSED'>, CommitmentChange> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  WITHDRAWN: 'withdrawn',
  FULFILLED: 'fulfilled',
};

/** Commitments: asked of or offered by partners on action items, reviewed by the other side, fulfilled. */
@Injectable()
export class CommitmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actionItems: ActionItemsService,
    private readonly events: DomainEvents,
  ) {}

  private commitmentSelection?: { selection: string; commitments: EntityMetadata };

  /** One page of the commitments the actor may see, newest first. */
  async list(actor: AuthUser, filter: CommitmentFilter = {}, first = 20, after?: string | null): Promise<Connection<Commitment>> {
    const base = this.filtered(actor, filter);
    const page = base
      .clone()
      .orderBy('commitment.createdAt', 'DESC')
      .addOrderBy('commitment.id', 'DESC')
      .limit(first + 1);
    if (after) {
      const cursor = decodeCursor(after);
      page.andWhere('(commitment.createdAt, commitment.id) < (:cursorAt, :cursorId)', { cursorAt: cursor.sortKey, cursorId: cursor.id });
    }
    const rows = await this.read(actor, page);
    const last = rows.slice(0, first).at(-1);
    return connection(
      rows.slice(0, first),
      { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.createdAt, last.id) : null },
      () => base.clone().getCount(),
    );
  }

  /** The commitments of several items the actor may see, one statement (for the items' field). */
  async forItems(actor: AuthUser, itemIds: readonly string[]): Promise<Commitment[]> {
    return this.read(
      actor,
      this.filtered(actor, {})
        .andWhere('commitment.actionItemId = ANY(CAST(:itemIds AS uuid[]))', { itemIds })
        .orderBy('commitment.createdAt', 'ASC')
        .addOrderBy('commitment.id', 'ASC'),
    );
  }

  async get(actor: AuthUser, id: string, manager?: EntityManager): Promise<Commitment> {
    const [commitment] = await this.read(actor, this.filtered(actor, {}, manager).andWhere('commitment.id = :id', { id }), manager);
    if (!commitment) throw AppError.notFound();
    return commitment;
  }

  /** An analyst asks a partner for support (REQUEST), or a partner offers it (OFFER). */
  async propose(actor: AuthUser, direction: CommitmentDirection, input: CommitmentInput): Promise<Commitment> {
    const created = await this.dataSource.transaction(async (manager) => {
      const item = await this.actionItems.get(actor, input.actionItemId, manager).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') throw AppError.badInput([fieldError('actionItemId', 'unknownValue')]);
        throw error;
      });
      const errors: FieldError[] = [];
      const organization = await manager.findOneBy(OrganizationEntity, { id: input.organizationId });
      if (!organization) errors.push(fieldError('organizationId', 'unknownValue'));
      else if (!partnerKinds.includes(organization.kind)) errors.push(fieldError('organizationId', 'notAPartner'));
      if (input.modalityKey && !(await manager.existsBy(CooperationModalityEntity, { key: input.modalityKey })))
        errors.push(fieldError('modalityKey', 'unknownValue'));
      if ((input.amount ?? null) !== null && !input.currency) errors.push(fieldError('currency', 'required'));
      if ((input.amount ?? null) === null && input.currency) errors.push(fieldError('amount', 'required'));
      if (item.mergedInto || item.status === 'DONE' || item.status === 'CANCELLED') errors.push(fieldError('actionItemId', 'itemClosed'));
      if (errors.length > 0) throw AppError.badInput(errors);
      const action = direction === CommitmentDirection.REQUEST ? 'commitment:request' : 'commitment:offer';
      const subject: RoadmapSubject = {
        item: { leadProvinceCode: item.leadProvince.code, provinceCodes: [], status: item.status, organizationIds: [] },
        commitment: { organizationId: input.organizationId, direction, status: CommitmentStatus.PROPOSED },
      };
      if (!roadmapPolicy.can(actor, action, subject)) throw AppError.forbidden();

      const { id } = await manager.save(
        manager.create(CommitmentEntity, {
          actionItemId: input.actionItemId,
          organizationId: input.organizationId,
          kind: input.kind,
          direction,
          modalityKey: input.modalityKey ?? null,
          description: input.description,
          amount: input.amount ?? null,
          currency: input.currency ?? null,
          createdById: actor.id,
        }),
      );
      await recordHistory(manager, {
        entityType: 'commitment',
        entityId: id,
        actorId: actor.id,
        action: 'created',
        changes: { ...input, direction },
      });
      await recordHistory(manager, {
        entityType: 'action_item',
        entityId: input.actionItemId,
        actorId: actor.id,
        action: direction === CommitmentDirection.REQUEST ? 'commitmentRequested' : 'commitmentOffered',
        changes: { commitmentId: id },
      });
      await this.actionItems.announce(manager, input.actionItemId);
      await this.events.record(manager, COMMITMENT_EVENTS, {
        commitmentId: id,
        actionItemId: input.actionItemId,
        organizationId: input.organizationId,
        direction,
        change: direction === CommitmentDirection.REQUEST ? 'requested' : 'offered',
        actorId: actor.id,
        comment: null,
      });
      return this.get(actor, id, manager);
    });
    return created;
  }

  /**
   * The support each item has, by kind: its accepted and fulfilled commitments counted, whoever made
   * them (no partner, no amount), for everyone who may see the item. One statement.
   */
  async supportOf(itemIds: readonly string[]): Promise<Map<string, SupportFigure[]>> {
    const rows = (await this.dataSource.query(
      `SELECT action_item_id AS "itemId", kind, status, count(*)::int AS count FROM commitment
        WHERE action_item_id = ANY($1::uuid[]) AND status IN ('ACCEPTED', 'FULFILLED')
        GROUP BY action_item_id, kind, status ORDER BY action_item_id, kind, status`,
      [itemIds],
    )) as Array<SupportFigure & { itemId: string }>;
    const byItem = new Map<string, SupportFigure[]>();
    for (const { itemId, ...figure } of rows) byItem.set(itemId, [...(byItem.get(itemId) ?? []), figure]);
    return byItem;
  }

  /** The ids among `ids` of the commitments the actor may see. */
  async visibleIds(actor: AuthUser, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.filtered(actor, {})
      .select('commitment.id', 'id')
      .andWhere('commitment.id = ANY(CAST(:visibleIds AS uuid[]))', { visibleIds: ids })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** The other side accepts or declines (a reason is required to decline). */
  review(actor: AuthUser, id: string, expectedVersion: number, decision: ReviewDecision, comment?: string | null): Promise<Commitment> {
    if (decision === CommitmentStatus.DECLINED && !comment) throw AppError.badInput([fieldError('comment', 'required')]);
    return this.move(actor, id, expectedVersion, decision, 'commitment:review', comment ?? null);
  }

  /** Its author takes back a proposed commitment. */
  withdraw(actor: AuthUser, id: string, expectedVersion: number, comment?: string | null): Promise<Commitment> {
    return this.move(actor, id, expectedVersion, CommitmentStatus.WITHDRAWN, 'commitment:withdraw', comment ?? null);
  }

  /** An accepted commitment is delivered. */
  fulfill(actor: AuthUser, id: string, expectedVersion: number, comment?: string | null): Promise<Commitment> {
    return this.move(actor, id, expectedVersion, CommitmentStatus.FULFILLED, 'commitment:fulfill', comment ?? null);
  }

  private async move(
    actor: AuthUser,
    id: string,
    expectedVersion: number,
    to: CommitmentStatus,
    action: 'commitment:review' | 'commitment:withdraw' | 'commitment:fulfill',
    comment: string | null,
  ): Promise<Commitment> {
    const moved = await this.dataSource.transaction(async (manager) => {
      await this.get(actor, id, manager);
      const current = await manager.findOneOrFail(CommitmentEntity, { where: { id }, relations: { actionItem: true } });
      const subject: RoadmapSubject = {
        item: {
          leadProvinceCode: current.actionItem.leadProvinceCode,
          provinceCodes: [],
          status: current.actionItem.status,
          organizationIds: [],
        },
        commitment: { organizationId: current.organizationId, direction: current.direction, status: current.status },
      };
      if (!roadmapPolicy.can(actor, action, subject)) throw AppError.forbidden();
      if (!commitmentTransitions[current.status].includes(to))
        throw AppError.badInput([fieldError('status', 'invalidTransition', { from: current.status, to })]);
      const review = action === 'commitment:review' ? { reviewComment: comment, reviewedById: actor.id, reviewedAt: new Date() } : {};
      const result = await manager
        .createQueryBuilder()
        .update(CommitmentEntity)
        .set({ status: to, ...review })
        .where('id = :id AND version = :version', { id, version: expectedVersion })
        .execute();
      if (result.affected !== 1) {
        const now = await this.get(actor, id, manager);
        throw AppError.versionConflict({ id, version: now.version, status: now.status, reviewComment: now.reviewComment });
      }
      await recordHistory(manager, {
        entityType: 'commitment',
        entityId: id,
        actorId: actor.id,
        action: to.toLowerCase(),
        changes: { status: { before: current.status, after: to }, ...(comment ? { comment } : {}) },
      });
      await this.actionItems.announce(manager, current.actionItemId);
      await this.events.record(manager, COMMITMENT_EVENTS, {
        commitmentId: id,
        actionItemId: current.actionItemId,
        organizationId: current.organizationId,
        direction: current.direction,
        change: CHANGE_OF[to as Exclude<CommitmentStatus, 'PROPOSED'>],
        actorId: actor.id,
        comment,
      });
      return this.get(actor, id, manager);
    });
    return moved;
  }

  /** The commitments the actor may see: analysts all; partners their organisation's; technicians their provinces' items'. */
  private filtered(
    actor: AuthUser,
    filter: CommitmentFilter,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<CommitmentEntity> {
    const query = manager
      .getRepository(CommitmentEntity)
      .createQueryBuilder('commitment')
      .innerJoinAndSelect('commitment.actionItem', 'item');
    const staff = roadmapPolicy.can(actor, 'actionItem:manage');
    if (!staff) {
      if (actor.role === Role.PARTNER && actor.organizationId) {
        query.andWhere('commitment.organizationId = :ownOrganization', { ownOrganization: actor.organizationId });
      } else if (actor.role === Role.TECHNICIAN && actor.provinceCode) {
        query.andWhere(
          new Brackets((where) =>
            where
              .where('item.leadProvinceCode = :ownProvince', { ownProvince: actor.provinceCode })
              .orWhere(
                'EXISTS (SELECT 1 FROM action_item_co_province co WHERE co.action_item_id = item.id AND co.province_code = :ownProvince)',
              ),
          ),
        );
        this.actionItems.restrictToVisible(query, actor);
      } else {
        query.andWhere('false');
      }
    }
    if (filter.organizationId) query.andWhere('commitment.organizationId = :organizationId', { organizationId: filter.organizationId });
    if (filter.actionItemId) query.andWhere('commitment.actionItemId = :actionItemId', { actionItemId: filter.actionItemId });
    if (filter.statuses?.length) query.andWhere('commitment.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.awaitingMyReview) {
      query.andWhere(`commitment.status = 'PROPOSED'`);
      if (actor.role === Role.PARTNER) query.andWhere(`commitment.direction = 'REQUEST'`);
      else if (staff) query.andWhere(`commitment.direction = 'OFFER'`);
      else query.andWhere('false');
    }
    return query;
  }

  /**
   * The commitments a query selects (its alias `item` is their action item), in its order, with
   * organisation, modality and people: one statement, each row built as JSON by PostgreSQL.
   */
  private async read(
    actor: AuthUser,
    query: SelectQueryBuilder<CommitmentEntity>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Commitment[]> {
    const { selection, commitments } = this.commitmentJson();
    const rows = await preparedRows<{ row: CommitmentJson }>(manager, query.select(selection, 'row'));
    return rows.map(({ row: json }) =>
      this.toModel(actor, {
        ...fromJson<CommitmentEntity>(commitments, json.commitment),
        actionItem: json.actionItem,
        organization: json.organization,
        modality: json.modality,
        createdBy: json.createdBy,
        reviewedBy: json.reviewedBy,
      }),
    );
  }

  /** What `read` selects for each commitment, built once from the entities' metadata. */
  private commitmentJson() {
    if (this.commitmentSelection) return this.commitmentSelection;
    const [commitments, items, organizations, modalities, users] = [
      CommitmentEntity,
      ActionItemEntity,
      OrganizationEntity,
      CooperationModalityEntity,
      UserEntity,
    ].map((entity) => this.dataSource.getMetadata(entity));
    const person = (condition: string) => relatedJson(users, 'u', condition, ['id', 'displayName']);
    const selection = `json_build_object(
      'commitment', ${jsonObject(commitments, 'commitment')},
      'actionItem', ${jsonObject(items, 'item', ['id', 'title', 'status', 'leadProvinceCode'])},
      'organization', ${relatedJson(organizations, 'o', 'o.id = commitment.organization_id', ['id', 'name', 'shortName'])},
      'modality', ${relatedJson(modalities, 'm', 'm.key = commitment.modality_key')},
      'createdBy', ${person('u.id = commitment.created_by_id')},
      'reviewedBy', ${person('u.id = commitment.reviewed_by_id')}
    )`;
    return (this.commitmentSelection = { selection, commitments });
  }

  private toModel(actor: AuthUser, row: CommitmentRow): Commitment {
    const subject: RoadmapSubject = {
      item: { leadProvinceCode: row.actionItem.leadProvinceCode, provinceCodes: [], status: row.actionItem.status, organizationIds: [] },
      commitment: { organizationId: row.organizationId, direction: row.direction, status: row.status },
    };
    return {
      id: row.id,
      actionItem: { id: row.actionItem.id, title: row.actionItem.title, status: row.actionItem.status },
      organization: { id: row.organization.id, name: row.organization.name, shortName: row.organization.shortName },
      kind: row.kind,
      direction: row.direction,
      modality: row.modality,
      description: row.description,
      ...(roadmapPolicy.can(actor, 'commitment:seeAmount', subject)
        ? { amount: row.amount, currency: row.currency }
        : { amount: null, currency: null }),
      status: row.status,
      reviewComment: row.reviewComment,
      reviewedBy: row.reviewedBy ? { id: row.reviewedBy.id, displayName: row.reviewedBy.displayName } : null,
      reviewedAt: row.reviewedAt,
      createdBy: { id: row.createdBy.id, displayName: row.createdBy.displayName },
      awaitingMyReview: row.status === CommitmentStatus.PROPOSED && roadmapPolicy.can(actor, 'commitment:review', subject),
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }
}
