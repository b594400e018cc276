import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { HistoryEntry } from './action-item.model.js';

type Owned = HistoryEntry & { ownerId: string };

/** The history shown on an item's page: its own changes and those of the items it absorbed. */
@Injectable()
export class ActionItemHistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Entries of several items at once, newest first, each tagged with the item whose page shows it. */
  async forItems(itemIds: readonly string[]): Promise<Owned[]> {
    const rows = (await this.dataSource.query(
      `SELECT h.id, h.entity_id AS "entityId", h.action, h.changes, h.at, u.id AS "actorId", u.display_name AS "actorName",
              CASE WHEN h.entity_id = ANY($1::uuid[]) THEN h.entity_id ELSE a.merged_into_id END AS "ownerId"
         FROM history_entry h
         JOIN action_item a ON a.id = h.entity_id
         LEFT JOIN app_user u ON u.id = h.actor_id
        WHERE h.entity_type = 'action_item' AND (h.entity_id = ANY($1::uuid[]) OR a.merged_into_id = ANY($1::uuid[]))
        ORDER BY h.at DESC, h.id DESC`,
      [itemIds],
    )) as Array<{
      id: string;
      entityId: string;
      action: string;
      changes: Record<string, unknown>;
      at: Date;
      actorId: string | null;
      actorName: string | null;
      ownerId: string;
    }>;
    return rows.map((row) => ({
      id: row.id,
      entityId: row.entityId,
      ownerId: row.ownerId,
      action: row.action,
      at: row.at,
      actor: row.actorId ? { id: row.actorId, displayName: row.actorName ?? '' } : null,
      changes: Object.entries(row.changes).map(([field, value]) => {
        const isDiff = typeof value === 'object' && value !== null && 'before' in value && 'after' in value;
        const { before, after } = isDiff ? (value as { before: unknown; after: unknown }) : { before: undefined, after: value };
        return {
          field,
          before: before === undefined ? null : JSON.stringify(before),
          after: after === undefined ? null : JSON.stringify(after),
        };
      }),
    }));
  }
}
