import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActionItemStatus, Priority, Role, canMoveActionItem, statusesNeedingReason, type FieldError } from '@ruta/shared-domain';
import {
  AppError,
  connection,
  decodeOffsetCursor,
  DomainEvents,
  encodeOffsetCursor,
  fieldError,
  fromJson,
  jsonObject,
  PartialSelections,
  preparedRows,
  relatedJson,
  type AuthUser,
  type Connection,
} from '@ruta/server-core';
import { ContributionsService } from '@ruta/server-contributions';
import { ThemeEntity } from '@ruta/server-events';
import { diffFields, recordHistory } from '@ruta/server-history';
import { UserEntity } from '@ruta/server-identity';
import { OrganizationEntity } from '@ruta/server-organizations';
import { CompetencyEntity, ProvinceEntity, ReferenceService } from '@ruta/server-reference';
import {
  Brackets,
  In,
  type DataSource,
  type EntityManager,
  type EntityMetadata,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import { ActionItemEntity, ActionItemSourceEntity } from './action-item.entity.js';
import { actionItemVisibilitySql, itemInProvinceSql } from './visibility/action-item-visibility.js';
import {
  ActionItemSort,
  type ActionItemContentInput,
  type ActionItemFilter,
  type ProposeActionItemInput,
  type UpdateActionItemInput,
} from './action-item.inputs.js';
import type { ActionItem } from './action-item.model.js';
import { roadmapPolicy, type RoadmapSubject } from './roadmap.policy.js';

/**
 * One item as `read` selects it: the item's columns and its related rows, as JSON. The optional
 * parts (`ITEM_PARTS`) are absent when the query did not ask for them, and so are the model's
 * fields made from them.
 */
interface ItemJson {
  item: Record<string, unknown>;
  theme: Record<string, unknown>;
  leadProvince: ProvinceEntity;
  coProvinces: ProvinceEntity[];
  competency: CompetencyEntity | null;
  responsibleOrganization: Record<string, unknown> | null;
  focalPoint: { id: string; displayName: string } | null;
  proposedBy: { id: string; displayName: string };
  mergedInto: Pick<ActionItemEntity, 'id' | 'title' | 'status' | 'agreedAt'> | null;
}

/**
 * The parts of an item read only when a query asks for them (by model field): its long columns and
 * its related rows. The rest (ids, status, dates, version…) is small and always read.
 */
const ITEM_PARTS = {
  description: ['description'],
  indicators: ['indicators'],
  theme: ['theme'],
  coProvinces: ['coProvinces'],
  competency: ['competency'],
  responsibleOrganization: ['responsibleOrganization'],
  focalPoint: ['focalPoint'],
  proposedBy: ['proposedBy'],
  mergedInto: ['mergedInto'],
} as const;
type ItemPart = keyof typeof ITEM_PARTS;

export const ACTION_ITEM_EVENTS = 'action-item-events';

/** The reason an absorbed item is cancelled with. */
export const MERGED_REASON = 'Fusionada con otra acción';

/** `item` is led or shared by the province `:ownProvince`. */
const OWN_PROVINCE_SQL = itemInProvinceSql('item', 'ownProvince');
export interface ActionItemEventPayload {
  actionItemId: string;
}

declare module '@ruta/server-core' {
  interface DomainEventMap {
    [ACTION_ITEM_EVENTS]: ActionItemEventPayload;
  }
}

type ContentFields = Pick<
  ActionItemEntity,
  | 'title'
  | 'description'
  | 'themeId'
  | 'competencyKey'
  | 'leadProvinceCode'
  | 'responsibleOrganizationId'
  | 'focalPointId'
  | 'priority'
  | 'startDate'
  | 'dueDate'
  | 'indicators'
  | 'budgetUsd'
  | 'sdgNumbers'
>;

const sortOrders: Record<ActionItemSort, Array<[string, 'ASC' | 'DESC', ('NULLS FIRST' | 'NULLS LAST')?]>> = {
  UPDATED: [['item.updatedAt', 'DESC']],
  DUE_DATE: [['item.dueDate', 'ASC', 'NULLS LAST']],
  // HIGH, MEDIUM, LOW is the enum's declaration order, which PostgreSQL sorts by.
  PRIORITY: [
    ['item.priority', 'ASC'],
    ['item.dueDate', 'ASC', 'NULLS LAST'],
  ],
  PROGRESS: [['item.progress', 'DESC']],
  TITLE: [['item.title', 'ASC']],
};

/** The action items of the hoja de ruta: proposed, edited, moved through their statuses, merged. */
@Injectable()
export class ActionItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contributions: ContributionsService,
    private readonly events: DomainEvents,
    private readonly reference: ReferenceService,
  ) {}

  private itemSelections?: {
    selections: PartialSelections<ItemPart>;
    items: EntityMetadata;
    themes: EntityMetadata;
    organizations: EntityMetadata;
  };

  /**
   * One page of the items the actor may see: one statement whatever the page size (and one more
   * for the count, when asked). `fields`: the model fields the query asks for (`requestedFields`);
   * the others may be left out.
   */
  async list(
    actor: AuthUser,
    filter: ActionItemFilter = {},
    sort: ActionItemSort = ActionItemSort.UPDATED,
    first = 20,
    after?: string | null,
    fields?: ReadonlySet<string>,
  ): Promise<Connection<ActionItem>> {
    const base = this.filtered(actor, filter);
    const offset = after ? decodeOffsetCursor(after) : 0;
    const page = base.clone();
    for (const [column, direction, nulls] of sortOrders[sort]) page.addOrderBy(column, direction, nulls);
    const rows = await this.read(
      actor,
      page
        .addOrderBy('item.id', 'ASC')
        .offset(offset)
        .limit(first + 1),
      { fields },
    );
    const nodes = rows.slice(0, first);
    return connection(
      nodes,
      { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeOffsetCursor(offset + nodes.length) : null },
      () => base.clone().getCount(),
    );
  }

  /** The ids among `ids` of the items (merged ones included) the actor may see. */
  async visibleIds(actor: AuthUser, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (ids.length === 0) return [];
    if (roadmapPolicy.can(actor, 'actionItem:manage')) return [...ids];
    const rows = await this.filtered(actor, { includeMerged: true }, manager)
      .select('item.id', 'id')
      .andWhere('item.id = ANY(CAST(:visibleIds AS uuid[]))', { visibleIds: ids })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** One item, if the actor may see it. */
  async get(actor: AuthUser, id: string, manager?: EntityManager): Promise<ActionItem> {
    const [item] = await this.read(actor, this.filtered(actor, { includeMerged: true }, manager).andWhere('item.id = :id', { id }), {
      manager,
    });
    if (!item) throw AppError.notFound();
    return item;
  }

  /** The items among `ids` the actor may see, in the order asked. */
  async getMany(actor: AuthUser, ids: readonly string[]): Promise<ActionItem[]> {
    if (ids.length === 0) return [];
    const rows = await this.read(
      actor,
      this.filtered(actor, { includeMerged: true }).andWhere('item.id = ANY(CAST(:ids AS uuid[]))', { ids }),
    );
    const models = new Map(rows.map((model) => [model.id, model]));
    return ids.flatMap((id) => models.get(id) ?? []);
  }

  /** Proposes an item, possibly from contributions; technicians for their own province. */
  async propose(actor: AuthUser, input: ProposeActionItemInput, manager?: EntityManager): Promise<ActionItem> {
    const run = async (transaction: EntityManager) => {
      const errors = await this.checkContent(transaction, input);
      const sources = await this.contributions.getMany(actor, input.sourceContributionIds, transaction);
      if (sources.length !== input.sourceContributionIds.length) errors.push(fieldError('sourceContributionIds', 'unknownValue'));
      if (actor.role === Role.TECHNICIAN && sources.some((source) => source.province.code !== actor.provinceCode))
        errors.push(fieldError('sourceContributionIds', 'notOwnProvince'));
      if (errors.length > 0) throw AppError.badInput(errors);
      if (!roadmapPolicy.can(actor, 'actionItem:propose', this.subject(input.leadProvinceCode, [], ActionItemStatus.PROPOSED)))
        throw AppError.forbidden();

      const { id } = await transaction.save(
        transaction.create(ActionItemEntity, {
          ...this.contentFields(input),
          status: ActionItemStatus.PROPOSED,
          proposedById: actor.id,
        }),
      );
      await this.setCoProvinces(transaction, id, [], input.coProvinceCodes);
      await this.insertSources(transaction, id, input.sourceContributionIds, actor.id);
      await recordHistory(transaction, {
        entityType: 'action_item',
        entityId: id,
        actorId: actor.id,
        action: 'created',
        changes: { ...input },
      });
      await this.announce(transaction, id);
      return this.get(actor, id, transaction);
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /**
   * Changes the fields given, on the version the actor saw: a stale version gets VERSION_CONFLICT
   * with the current values. Status moves follow the transitions; blocking and cancelling need a
   * reason; DONE completes the progress. Every change is recorded in the history.
   */
  async update(actor: AuthUser, id: string, input: UpdateActionItemInput): Promise<ActionItem> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await this.loadForChange(actor, manager, id);
      const subject = this.subject(
        current.leadProvinceCode,
        current.coProvinces.map((p) => p.code),
        current.status,
      );
      const { expectedVersion, status, statusReason, progress, coProvinceCodes, ...content } = input;
      const touchesContent = Object.values(content).some((value) => value !== undefined) || coProvinceCodes !== undefined;
      const touchesState = status !== undefined || progress !== undefined || statusReason !== undefined;
      if (touchesContent && !roadmapPolicy.can(actor, 'actionItem:edit', subject)) throw AppError.forbidden();
      if (touchesState && !roadmapPolicy.can(actor, 'actionItem:manage', subject)) throw AppError.forbidden();
      if (
        content.leadProvinceCode !== undefined &&
        !roadmapPolicy.can(actor, 'actionItem:propose', {
          ...subject,
          item: { ...subject.item, leadProvinceCode: content.leadProvinceCode },
        })
      )
        throw AppError.forbidden();
      if (current.version !== expectedVersion) throw AppError.versionConflict(await this.currentValues(actor, id, manager));

      const next = {
        ...this.currentContent(current),
        ...this.contentFields({ ...this.currentContent(current), ...definedOnly(content) } as ActionItemContentInput),
      };
      const nextCo = coProvinceCodes ?? current.coProvinces.map((p) => p.code);
      const errors = await this.checkContent(manager, { ...next, coProvinceCodes: nextCo } as ActionItemContentInput);
      const state = { status: current.status, statusReason: current.statusReason, progress: current.progress };
      if (status !== undefined && status !== current.status) {
        if (current.mergedIntoId || !canMoveActionItem(current.status, status))
          errors.push(fieldError('status', 'invalidTransition', { from: current.status, to: status }));
        state.status = status;
        state.statusReason = statusesNeedingReason.has(status) ? (statusReason ?? null) : null;
        if (statusesNeedingReason.has(status) && !statusReason) errors.push(fieldError('statusReason', 'required'));
        if (status === ActionItemStatus.DONE) state.progress = 100;
      } else if (statusReason !== undefined && statusesNeedingReason.has(current.status)) {
        if (!statusReason) errors.push(fieldError('statusReason', 'required'));
        state.statusReason = statusReason;
      }
      if (progress !== undefined) state.progress = progress;
      if (errors.length > 0) throw AppError.badInput(errors);

      const result = await manager
        .createQueryBuilder()
        .update(ActionItemEntity)
        .set({ ...next, ...state })
        .where('id = :id AND version = :version', { id, version: expectedVersion })
        .execute();
      if (result.affected !== 1) throw AppError.versionConflict(await this.currentValues(actor, id, manager));
      const before = {
        ...this.currentContent(current),
        coProvinceCodes: current.coProvinces.map((p) => p.code).sort(),
        status: current.status,
        statusReason: current.statusReason,
        progress: current.progress,
      };
      await this.setCoProvinces(
        manager,
        id,
        current.coProvinces.map((p) => p.code),
        nextCo,
      );
      await recordHistory(manager, {
        entityType: 'action_item',
        entityId: id,
        actorId: actor.id,
        action: state.status !== current.status ? 'status' : 'updated',
        changes: diffFields(before, { ...next, coProvinceCodes: [...nextCo].sort(), ...state }),
      });
      await this.announce(manager, id);
      return this.get(actor, id, manager);
    });
    return updated;
  }

  /**
   * Merges `absorbedId` into `targetId`: the target gains the absorbed item's sources, provinces
   * and commitments; the absorbed item is cancelled and points to the target. Both keep their
   * source links and history; nothing is deleted. Both versions are checked.
   */
  async merge(actor: AuthUser, targetId: string, targetVersion: number, absorbedId: string, absorbedVersion: number): Promise<ActionItem> {
    if (targetId === absorbedId) throw AppError.badInput([fieldError('absorbedId', 'sameItem')]);
    const merged = await this.dataSource.transaction(async (manager) => {
      const target = await this.loadForChange(actor, manager, targetId);
      const absorbed = await this.loadForChange(actor, manager, absorbedId);
      if (!roadmapPolicy.can(actor, 'actionItem:manage')) throw AppError.forbidden();
      const errors: FieldError[] = [];
      const closed = [ActionItemStatus.DONE, ActionItemStatus.CANCELLED] as ActionItemStatus[];
      if (target.mergedIntoId || closed.includes(target.status)) errors.push(fieldError('targetId', 'itemClosed'));
      if (absorbed.mergedIntoId || closed.includes(absorbed.status)) errors.push(fieldError('absorbedId', 'itemClosed'));
      if (errors.length > 0) throw AppError.badInput(errors);
      if (target.version !== targetVersion) throw AppError.versionConflict(await this.currentValues(actor, targetId, manager));
      if (absorbed.version !== absorbedVersion) throw AppError.versionConflict(await this.currentValues(actor, absorbedId, manager));

      // The reason names no title: the absorbed item may be seen by people who may not see the target.
      const reason = MERGED_REASON;
      const absorbedResult = await manager
        .createQueryBuilder()
        .update(ActionItemEntity)
        .set({ status: ActionItemStatus.CANCELLED, statusReason: reason, mergedIntoId: targetId })
        .where('id = :id AND version = :version', { id: absorbedId, version: absorbedVersion })
        .execute();
      const targetResult = await manager
        .createQueryBuilder()
        .update(ActionItemEntity)
        .set({ title: target.title })
        .where('id = :id AND version = :version', { id: targetId, version: targetVersion })
        .execute();
      if (absorbedResult.affected !== 1 || targetResult.affected !== 1)
        throw AppError.versionConflict(await this.currentValues(actor, targetId, manager));

      const addedSources = (await manager.query(
        `INSERT INTO action_item_source (action_item_id, contribution_id, linked_by_id)
           SELECT $1, contribution_id, $3 FROM action_item_source WHERE action_item_id = $2
         ON CONFLICT DO NOTHING RETURNING contribution_id`,
        [targetId, absorbedId, actor.id],
      )) as Array<{ contribution_id: string }>;
      const targetProvinces = new Set([target.leadProvinceCode, ...target.coProvinces.map((p) => p.code)]);
      const addedProvinces = [absorbed.leadProvinceCode, ...absorbed.coProvinces.map((p) => p.code)].filter(
        (code) => !targetProvinces.has(code),
      );
      await this.setCoProvinces(manager, targetId, [], addedProvinces);
      const movedCommitments = (await manager.query(
        `UPDATE commitment SET action_item_id = $1, version = version + 1, updated_at = now() WHERE action_item_id = $2 RETURNING id`,
        [targetId, absorbedId],
      )) as [Array<{ id: string }>, number];
      const commitmentIds = movedCommitments[0].map((row) => row.id);
      for (const commitmentId of commitmentIds) {
        await recordHistory(manager, {
          entityType: 'commitment',
          entityId: commitmentId,
          actorId: actor.id,
          action: 'moved',
          changes: { actionItemId: { before: absorbedId, after: targetId } },
        });
      }
      await recordHistory(manager, {
        entityType: 'action_item',
        entityId: targetId,
        actorId: actor.id,
        action: 'absorbed',
        changes: {
          absorbedId,
          absorbedTitle: absorbed.title,
          sourcesAdded: addedSources.map((row) => row.contribution_id),
          provincesAdded: addedProvinces,
          commitmentsMoved: commitmentIds,
        },
      });
      await recordHistory(manager, {
        entityType: 'action_item',
        entityId: absorbedId,
        actorId: actor.id,
        action: 'merged',
        changes: {
          mergedIntoId: { before: null, after: targetId },
          status: { before: absorbed.status, after: ActionItemStatus.CANCELLED },
          statusReason: { before: absorbed.statusReason, after: reason },
        },
      });
      await this.announce(manager, targetId);
      await this.announce(manager, absorbedId);
      return this.get(actor, targetId, manager);
    });
    return merged;
  }

  /** Links contributions to an item as its sources (analysts and administrators). */
  async linkSources(actor: AuthUser, id: string, contributionIds: string[]): Promise<ActionItem> {
    const linked = await this.dataSource.transaction(async (manager) => {
      await this.loadForChange(actor, manager, id);
      if (!roadmapPolicy.can(actor, 'actionItem:manage')) throw AppError.forbidden();
      const found = await this.contributions.getMany(actor, contributionIds, manager);
      if (found.length !== contributionIds.length) throw AppError.badInput([fieldError('contributionIds', 'unknownValue')]);
      const added = await this.insertSources(manager, id, contributionIds, actor.id);
      if (added.length > 0) {
        await recordHistory(manager, {
          entityType: 'action_item',
          entityId: id,
          actorId: actor.id,
          action: 'sourcesLinked',
          changes: { contributionIds: added },
        });
      }
      await this.announce(manager, id);
      return this.get(actor, id, manager);
    });
    return linked;
  }

  /** Removes a contribution from an item's sources (analysts and administrators). */
  async unlinkSource(actor: AuthUser, id: string, contributionId: string): Promise<ActionItem> {
    const unlinked = await this.dataSource.transaction(async (manager) => {
      await this.loadForChange(actor, manager, id);
      if (!roadmapPolicy.can(actor, 'actionItem:manage')) throw AppError.forbidden();
      const result = await manager.delete(ActionItemSourceEntity, { actionItemId: id, contributionId });
      if (result.affected !== 1) throw AppError.badInput([fieldError('contributionId', 'unknownValue')]);
      await recordHistory(manager, {
        entityType: 'action_item',
        entityId: id,
        actorId: actor.id,
        action: 'sourceUnlinked',
        changes: { contributionId },
      });
      await this.announce(manager, id);
      return this.get(actor, id, manager);
    });
    return unlinked;
  }

  /** Records, in the change's transaction, that an item changed: subscribers (documents, lists) hear it after the commit. */
  async announce(manager: EntityManager, actionItemId: string): Promise<void> {
    await this.events.record(manager, ACTION_ITEM_EVENTS, { actionItemId });
  }

  /**
   * Whether an organisation's commitments on the items of a query are the actor's to see
   * (`commitment:see`): all of them for analysts and that organisation's partners, those on their
   * provinces' items for technicians (`ownProvince`), none for anyone else.
   */
  private commitmentsVisibleOn(actor: AuthUser, organizationId: string): 'all' | 'ownProvince' | null {
    if (roadmapPolicy.can(actor, 'actionItem:manage')) return 'all';
    if (actor.role === Role.PARTNER && actor.organizationId === organizationId) return 'all';
    if (actor.role === Role.TECHNICIAN && actor.provinceCode) return 'ownProvince';
    return null;
  }

  /** Restricts a query on `item` to what the actor may see (the visibility rule's SQL twin). */
  restrictToVisible(query: SelectQueryBuilder<ObjectLiteral>, actor: AuthUser): void {
    const visible = actionItemVisibilitySql(actor, 'item');
    if (visible) query.andWhere(visible.sql, visible.parameters);
  }

  /** The items matching a filter that the actor may see. */
  filtered(
    actor: AuthUser,
    filter: ActionItemFilter,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<ActionItemEntity> {
    const query = manager.getRepository(ActionItemEntity).createQueryBuilder('item');
    this.restrictToVisible(query, actor);
    if (!filter.includeMerged) query.andWhere('item.mergedIntoId IS NULL');
    if (filter.provinceCode) {
      query.andWhere(
        new Brackets((where) =>
          where
            .where('item.leadProvinceCode = :provinceCode', { provinceCode: filter.provinceCode })
            .orWhere(
              'EXISTS (SELECT 1 FROM action_item_co_province co WHERE co.action_item_id = item.id AND co.province_code = :provinceCode)',
            ),
        ),
      );
    }
    if (filter.themeId) query.andWhere('item.themeId = :themeId', { themeId: filter.themeId });
    if (filter.statuses?.length) query.andWhere('item.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.priority) query.andWhere('item.priority = :priority', { priority: filter.priority });
    if (filter.competencyKey) query.andWhere('item.competencyKey = :competencyKey', { competencyKey: filter.competencyKey });
    if (filter.organizationId) {
      // Through commitments only where the actor may see that organisation's commitments
      // (commitment:see): another partner's offers never show which items it supports.
      const throughCommitments = this.commitmentsVisibleOn(actor, filter.organizationId);
      query.andWhere(
        new Brackets((where) => {
          where.where('item.responsibleOrganizationId = :organizationId', { organizationId: filter.organizationId });
          if (throughCommitments) {
            where.orWhere(
              `(EXISTS (SELECT 1 FROM commitment c WHERE c.action_item_id = item.id AND c.organization_id = :organizationId AND c.status IN ('PROPOSED', 'ACCEPTED', 'FULFILLED'))${throughCommitments === 'ownProvince' ? ` AND ${OWN_PROVINCE_SQL}` : ''})`,
              throughCommitments === 'ownProvince' ? { ownProvince: actor.provinceCode } : {},
            );
          }
        }),
      );
    }
    if (filter.text?.trim()) {
      query.andWhere(`item.search_vector @@ websearch_to_tsquery('ruta_spanish', :text)`, { text: filter.text.trim() });
    }
    return query;
  }

  /**
   * The items a query selects, in its order, with theme, provinces, competency, organisation,
   * people and the item it was merged into: one statement, each row built as JSON by PostgreSQL.
   * With `fields`, only the parts they need (the model's other fields are then undefined).
   */
  private async read(
    actor: AuthUser,
    query: SelectQueryBuilder<ActionItemEntity>,
    { manager = this.dataSource.manager, fields }: { manager?: EntityManager; fields?: ReadonlySet<string> } = {},
  ): Promise<ActionItem[]> {
    const { selections, items, themes, organizations } = this.itemJson();
    const rows = await preparedRows<{ row: ItemJson }>(manager, query.select(selections.for(fields), 'row'));
    const sdgs = await this.reference.listSdgs();
    // An item merged into a proposal names it only to those who may see that proposal.
    const proposedTargets = rows.flatMap(({ row }) => (row.mergedInto && !row.mergedInto.agreedAt ? [row.mergedInto.id] : []));
    const visibleTargets = new Set(proposedTargets.length > 0 ? await this.visibleIds(actor, proposedTargets, manager) : []);
    return rows.map(({ row: json }) => {
      const row = fromJson<ActionItemEntity>(items, json.item);
      return {
        id: row.id,
        title: row.title,
        description: row.description,
        theme: json.theme && fromJson<ThemeEntity>(themes, json.theme),
        competency: json.competency,
        leadProvince: json.leadProvince,
        coProvinces: json.coProvinces,
        responsibleOrganization: json.responsibleOrganization && fromJson<OrganizationEntity>(organizations, json.responsibleOrganization),
        focalPoint: json.focalPoint,
        priority: row.priority,
        startDate: row.startDate,
        dueDate: row.dueDate,
        status: row.status,
        statusReason: row.statusReason,
        progress: row.progress,
        indicators: row.indicators,
        budgetUsd: row.budgetUsd,
        sdgs: sdgs.filter((sdg) => row.sdgNumbers.includes(sdg.number)),
        proposedBy: json.proposedBy,
        mergedInto:
          json.mergedInto && (json.mergedInto.agreedAt || visibleTargets.has(json.mergedInto.id))
            ? { id: json.mergedInto.id, title: json.mergedInto.title, status: json.mergedInto.status }
            : null,
        version: row.version,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      };
    });
  }

  /** What `read` selects for each item, built once from the entities' metadata. */
  private itemJson() {
    if (this.itemSelections) return this.itemSelections;
    const [items, themes, provinces, competencies, organizations, users] = [
      ActionItemEntity,
      ThemeEntity,
      ProvinceEntity,
      CompetencyEntity,
      OrganizationEntity,
      UserEntity,
    ].map((entity) => this.dataSource.getMetadata(entity));
    const person = (condition: string) => relatedJson(users, 'u', condition, ['id', 'displayName']);
    const selections = new PartialSelections<ItemPart>(ITEM_PARTS, (parts) => {
      const columns = items.nonVirtualColumns
        .filter((column) => column.isSelect && !(column.propertyName in ITEM_PARTS && !parts.has(column.propertyName as ItemPart)))
        .map((column) => column.propertyName);
      // Each related part as `'key', value` arguments of the row's json_build_object.
      const related: Record<Exclude<ItemPart, 'description' | 'indicators'>, string> = {
        theme: `'theme', ${relatedJson(themes, 't', 't.id = item.theme_id')}`,
        coProvinces: `'coProvinces', (SELECT coalesce(json_agg(${jsonObject(provinces, 'p')} ORDER BY p.code), '[]')
                         FROM action_item_co_province co JOIN ${provinces.tablePath} p ON p.code = co.province_code
                        WHERE co.action_item_id = item.id)`,
        competency: `'competency', ${relatedJson(competencies, 'k', 'k.key = item.competency_key')}`,
        responsibleOrganization: `'responsibleOrganization', ${relatedJson(organizations, 'o', 'o.id = item.responsible_organization_id')}`,
        focalPoint: `'focalPoint', ${person('u.id = item.focal_point_id')}`,
        proposedBy: `'proposedBy', ${person('u.id = item.proposed_by_id')}`,
        mergedInto: `'mergedInto', ${relatedJson(items, 'm', 'm.id = item.merged_into_id', ['id', 'title', 'status', 'agreedAt'])}`,
      };
      return `json_build_object(${[
        `'item', ${jsonObject(items, 'item', columns)}`,
        `'leadProvince', ${relatedJson(provinces, 'p', 'p.code = item.lead_province_code')}`,
        ...Object.entries(related).flatMap(([part, pairs]) => (parts.has(part as ItemPart) ? [pairs] : [])),
      ].join(',\n      ')})`;
    });
    return (this.itemSelections = { selections, items, themes, organizations });
  }

  /** The values a conflicting writer is shown: the item as it is now, as the actor may see it. */
  private async currentValues(actor: AuthUser, id: string, manager: EntityManager): Promise<Record<string, unknown>> {
    const item = await this.get(actor, id, manager);
    return {
      id: item.id,
      version: item.version,
      title: item.title,
      description: item.description,
      status: item.status,
      statusReason: item.statusReason,
      progress: item.progress,
      priority: item.priority,
      startDate: item.startDate,
      dueDate: item.dueDate,
      budgetUsd: item.budgetUsd,
      leadProvinceCode: item.leadProvince.code,
      coProvinceCodes: item.coProvinces.map((province) => province.code),
      themeId: item.theme.id,
      competencyKey: item.competency?.key ?? null,
      responsibleOrganizationId: item.responsibleOrganization?.id ?? null,
      focalPointId: item.focalPoint?.id ?? null,
      indicators: item.indicators,
      sdgNumbers: item.sdgs.map((sdg) => sdg.number),
      updatedAt: item.updatedAt.toISOString(),
    };
  }

  /** Locks the row for the change; NOT_FOUND when the actor may not see it. */
  private async loadForChange(actor: AuthUser, manager: EntityManager, id: string): Promise<ActionItemEntity> {
    const visible = await this.filtered(actor, { includeMerged: true }, manager).andWhere('item.id = :id', { id }).getExists();
    if (!visible) throw AppError.notFound();
    await manager.query('SELECT 1 FROM action_item WHERE id = $1 FOR UPDATE', [id]);
    return manager.findOneOrFail(ActionItemEntity, { where: { id }, relations: { coProvinces: true } });
  }

  private subject(leadProvinceCode: string, coProvinceCodes: string[], status: ActionItemStatus): RoadmapSubject {
    return { item: { leadProvinceCode, provinceCodes: [leadProvinceCode, ...coProvinceCodes], status, organizationIds: [] } };
  }

  private currentContent(row: ActionItemEntity): ContentFields {
    return {
      title: row.title,
      description: row.description,
      themeId: row.themeId,
      competencyKey: row.competencyKey,
      leadProvinceCode: row.leadProvinceCode,
      responsibleOrganizationId: row.responsibleOrganizationId,
      focalPointId: row.focalPointId,
      priority: row.priority,
      startDate: row.startDate,
      dueDate: row.dueDate,
      indicators: row.indicators,
      budgetUsd: row.budgetUsd,
      sdgNumbers: row.sdgNumbers,
    };
  }

  private contentFields(input: Omit<ActionItemContentInput, 'coProvinceCodes'>): ContentFields {
    return {
      title: input.title,
      description: input.description ?? '',
      themeId: input.themeId,
      competencyKey: input.competencyKey ?? null,
      leadProvinceCode: input.leadProvinceCode,
      responsibleOrganizationId: input.responsibleOrganizationId ?? null,
      focalPointId: input.focalPointId ?? null,
      priority: input.priority ?? Priority.MEDIUM,
      startDate: input.startDate ?? null,
      dueDate: input.dueDate ?? null,
      indicators: (input.indicators ?? []).map((indicator) => ({
        name: indicator.name,
        unit: indicator.unit ?? null,
        baseline: indicator.baseline ?? null,
        target: indicator.target ?? null,
        current: indicator.current ?? null,
      })),
      budgetUsd: input.budgetUsd ?? null,
      sdgNumbers: [...(input.sdgNumbers ?? [])].sort((a, b) => a - b),
    };
  }

  /** The references an item's content names must exist; dates must be in order. */
  async checkContent(manager: EntityManager, input: ActionItemContentInput): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (!(await manager.existsBy(ThemeEntity, { id: input.themeId }))) errors.push(fieldError('themeId', 'unknownValue'));
    if (input.competencyKey && !(await manager.existsBy(CompetencyEntity, { key: input.competencyKey })))
      errors.push(fieldError('competencyKey', 'unknownValue'));
    const codes = [input.leadProvinceCode, ...(input.coProvinceCodes ?? [])];
    const known = await manager.countBy(ProvinceEntity, { code: In(codes) });
    if (known !== new Set(codes).size || codes.length !== new Set(codes).size) {
      if (!(await manager.existsBy(ProvinceEntity, { code: input.leadProvinceCode })))
        errors.push(fieldError('leadProvinceCode', 'unknownValue'));
      else errors.push(fieldError('coProvinceCodes', 'unknownValue'));
    }
    if (input.responsibleOrganizationId && !(await manager.existsBy(OrganizationEntity, { id: input.responsibleOrganizationId })))
      errors.push(fieldError('responsibleOrganizationId', 'unknownValue'));
    if (input.focalPointId) {
      const person = await manager.findOneBy(UserEntity, { id: input.focalPointId });
      if (!person || (person.role !== Role.ANALYST && person.role !== Role.ADMIN))
        errors.push(fieldError('focalPointId', 'focalPointRole'));
    }
    if (input.startDate && input.dueDate && input.dueDate < input.startDate) errors.push(fieldError('dueDate', 'endsBeforeStart'));
    return errors;
  }

  private async setCoProvinces(manager: EntityManager, id: string, before: string[], after: string[]): Promise<void> {
    const added = after.filter((code) => !before.includes(code));
    const removed = before.filter((code) => !after.includes(code));
    if (added.length || removed.length)
      await manager.createQueryBuilder().relation(ActionItemEntity, 'coProvinces').of(id).addAndRemove(added, removed);
  }

  /** Links sources that are not linked yet; returns the ones added. */
  private async insertSources(manager: EntityManager, id: string, contributionIds: string[], actorId: string): Promise<string[]> {
    if (contributionIds.length === 0) return [];
    const rows = (await manager.query(
      `INSERT INTO action_item_source (action_item_id, contribution_id, linked_by_id)
         SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING RETURNING contribution_id`,
      [id, contributionIds, actorId],
    )) as Array<{ contribution_id: string }>;
    return rows.map((row) => row.contribution_id);
  }

  /** The organisations linked to items (responsible or with a commitment), for the policy's subject. */
  async organizationIdsOf(manager: EntityManager, id: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT responsible_organization_id AS id FROM action_item WHERE id = $1 AND responsible_organization_id IS NOT NULL
       UNION SELECT organization_id FROM commitment WHERE action_item_id = $1`,
      [id],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
