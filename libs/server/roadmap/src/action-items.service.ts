import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@ruta/shared-domain';
import {
  AppError,
  connection,
  decodeOffsetCursor,
  DomainEvents,
  encodeOffsetCursor,
  fromJson,
  preparedRows,
  type AuthUser,
  type Connection,
} from '@ruta/server-core';
import { ThemeEntity } from '@ruta/server-events';
import { OrganizationEntity } from '@ruta/server-organizations';
import { ReferenceService } from '@ruta/server-reference';
import { Brackets, type DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { ActionItemEntity } from './action-item.entity.js';
import { currentContent } from './action-item-content.js';
import { itemSelections, type ItemJson } from './action-item-json.js';
import { ActionItemSort, type ActionItemFilter } from './action-item.inputs.js';
import type { ActionItem } from './action-item.model.js';
import { roadmapPolicy } from './roadmap.policy.js';
import { actionItemVisibilitySql, itemInProvinceSql } from './visibility/action-item-visibility.js';

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

/**
 * The action items of the hoja de ruta as the actor may see them: lists, one item, visible ids,
 * the filtered query other reads build on. Writes are `ActionItemWrites` and `ActionItemMerges`.
 */
@Injectable()
export class ActionItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly reference: ReferenceService,
  ) {}

  private selections?: ReturnType<typeof itemSelections>;

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
    const { selections, items, themes, organizations } = (this.selections ??= itemSelections(this.dataSource));
    const rows = await preparedRows<{ row: ItemJson }>(manager, query.select(selections.for(fields), 'row'));
    const sdgs = await this.reference.listSdgs();
    // An item merged into a proposal names it only to those who may see that proposal.
    const proposedTargets = rows.flatMap(({ row }) => (row.mergedInto && !row.mergedInto.agreedAt ? [row.mergedInto.id] : []));
    const visibleTargets = new Set(proposedTargets.length > 0 ? await this.visibleIds(actor, proposedTargets, manager) : []);
    return rows.map(({ row: json }) => {
      const row = fromJson<ActionItemEntity>(items, json.item);
      // The item's own columns under their names (a new column reaches the model by itself), then its related rows.
      return {
        ...row,
        theme: json.theme && fromJson<ThemeEntity>(themes, json.theme),
        competency: json.competency,
        leadProvince: json.leadProvince,
        coProvinces: json.coProvinces,
        responsibleOrganization: json.responsibleOrganization && fromJson<OrganizationEntity>(organizations, json.responsibleOrganization),
        focalPoint: json.focalPoint,
        sdgs: sdgs.filter((sdg) => row.sdgNumbers.includes(sdg.number)),
        proposedBy: json.proposedBy,
        mergedInto:
          json.mergedInto && (json.mergedInto.agreedAt || visibleTargets.has(json.mergedInto.id))
            ? { id: json.mergedInto.id, title: json.mergedInto.title, status: json.mergedInto.status }
            : null,
      };
    });
  }

  /** The values a conflicting writer is shown (the writers of this feature use it): the item as it is now. */
  async currentValues(actor: AuthUser, id: string, manager: EntityManager): Promise<Record<string, unknown>> {
    if (!(await this.filtered(actor, { includeMerged: true }, manager).andWhere('item.id = :id', { id }).getExists()))
      throw AppError.notFound();
    const row = await manager.findOneOrFail(ActionItemEntity, { where: { id }, relations: { coProvinces: true } });
    return {
      id: row.id,
      version: row.version,
      ...currentContent(row),
      coProvinceCodes: row.coProvinces.map((province) => province.code).sort(),
      status: row.status,
      statusReason: row.statusReason,
      progress: row.progress,
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /** Locks the row for the change; NOT_FOUND when the actor may not see it. */
  async loadForChange(actor: AuthUser, manager: EntityManager, id: string): Promise<ActionItemEntity> {
    const visible = await this.filtered(actor, { includeMerged: true }, manager).andWhere('item.id = :id', { id }).getExists();
    if (!visible) throw AppError.notFound();
    await manager.query('SELECT 1 FROM action_item WHERE id = $1 FOR UPDATE', [id]);
    return manager.findOneOrFail(ActionItemEntity, { where: { id }, relations: { coProvinces: true } });
  }
}
