import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser } from '@ruta/server-core';
import { historyOf } from '@ruta/server-history';
import { UsersService } from '@ruta/server-identity';
import type { DataSource } from 'typeorm';
import type { HistoryEntry } from './action-item.model.js';
import { ActionItemsService } from './action-items.service.js';
import { CommitmentsService } from './commitments.service.js';

type Owned = HistoryEntry & { ownerId: string };

interface Row {
  id: string;
  entityId: string;
  action: string;
  changes: Record<string, unknown>;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  ownerId: string;
}

const COMMITMENT_ACTIONS = new Set(['commitmentRequested', 'commitmentOffered']);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
const targetOf = (changes: Record<string, unknown>): string | null => {
  const mergedInto = changes.mergedIntoId as { after?: unknown } | undefined;
  return typeof mergedInto?.after === 'string' ? mergedInto.after : null;
};

/**
 * The history shown on an item's page: its own changes and those of the items it absorbed. A
 * history entry is a reading path like any other: each follows the visibility of the record it
 * talks about — a commitment's entry only for those who may see that commitment, an absorbed
 * item's entries (and its title) only for those who may see that item, the target of a merge
 * only for those who may see the target.
 */
@Injectable()
export class ActionItemHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actionItems: ActionItemsService,
    private readonly commitments: CommitmentsService,
    private readonly users: UsersService,
  ) {}

  /** Entries of several items at once, newest first, each tagged with the item whose page shows it. */
  async forItems(actor: AuthUser, itemIds: readonly string[]): Promise<Owned[]> {
    // The items' own entries and those of the items they absorbed; each shown on its owner's page.
    const absorbed = (await this.dataSource.query(
      'SELECT id, merged_into_id AS "ownerId" FROM action_item WHERE merged_into_id = ANY($1::uuid[]) AND NOT id = ANY($1::uuid[])',
      [itemIds],
    )) as Array<{ id: string; ownerId: string }>;
    const ownerOf = new Map([...itemIds.map((id) => [id, id] as const), ...absorbed.map((row) => [row.id, row.ownerId] as const)]);
    const entries = await historyOf(this.dataSource.manager, 'action_item', [...ownerOf.keys()]);
    const names = await this.users.displayNames([...new Set(entries.flatMap((entry) => entry.actorId ?? []))]);
    const rows: Row[] = entries.map((entry) => ({
      ...entry,
      actorName: entry.actorId ? (names.get(entry.actorId) ?? null) : null,
      ownerId: ownerOf.get(entry.entityId)!,
    }));

    // Everything the entries point at, checked at once with each record's own rule.
    const itemsNamed = new Set<string>();
    const commitmentsNamed = new Set<string>();
    for (const row of rows) {
      if (row.entityId !== row.ownerId) itemsNamed.add(row.entityId);
      if (row.action === 'absorbed' && typeof row.changes.absorbedId === 'string') itemsNamed.add(row.changes.absorbedId);
      const target = row.action === 'merged' ? targetOf(row.changes) : null;
      if (target) itemsNamed.add(target);
      if (COMMITMENT_ACTIONS.has(row.action) && typeof row.changes.commitmentId === 'string')
        commitmentsNamed.add(row.changes.commitmentId);
      for (const id of ids(row.changes.commitmentsMoved)) commitmentsNamed.add(id);
    }
    const [visibleItems, visibleCommitments] = await Promise.all([
      this.actionItems.visibleIds(actor, [...itemsNamed]).then((found) => new Set(found)),
      this.commitments.visibleIds(actor, [...commitmentsNamed]).then((found) => new Set(found)),
    ]);

    return rows.flatMap((row) => {
      if (row.entityId !== row.ownerId && !visibleItems.has(row.entityId)) return [];
      if (COMMITMENT_ACTIONS.has(row.action) && !visibleCommitments.has(String(row.changes.commitmentId))) return [];
      const changes = { ...row.changes };
      if (row.action === 'absorbed') {
        if (!visibleItems.has(String(changes.absorbedId))) {
          delete changes.absorbedId;
          delete changes.absorbedTitle;
        }
        if ('commitmentsMoved' in changes)
          changes.commitmentsMoved = ids(changes.commitmentsMoved).filter((id) => visibleCommitments.has(id));
      }
      const target = row.action === 'merged' ? targetOf(changes) : null;
      if (target && !visibleItems.has(target)) delete changes.mergedIntoId;
      return [
        {
          id: row.id,
          entityId: row.entityId,
          ownerId: row.ownerId,
          action: row.action,
          at: row.at,
          actor: row.actorId ? { id: row.actorId, displayName: row.actorName ?? '' } : null,
          changes: Object.entries(changes).map(([field, value]) => {
            const isDiff = typeof value === 'object' && value !== null && 'before' in value && 'after' in value;
            const { before, after } = isDiff ? (value as { before: unknown; after: unknown }) : { before: undefined, after: value };
            return {
              field,
              before: before === undefined ? null : JSON.stringify(before),
              after: after === undefined ? null : JSON.stringify(after),
            };
          }),
        },
      ];
    });
  }
}
