import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from 'typeorm';
import { HistoryEntryEntity } from './history-entry.entity.js';

export interface HistoryRecord {
  entityType: string;
  entityId: string;
  actorId: string | null;
  action: string;
  changes?: Record<string, unknown>;
}

/** Records a change, in the same transaction as the change itself. */
export async function recordHistory(manager: EntityManager, record: HistoryRecord): Promise<void> {
  await manager.save(manager.create(HistoryEntryEntity, { ...record, changes: record.changes ?? {} }));
}

/**
 * The fields that differ between two versions of a record, as `{ field: { before, after } }`.
 * Values are compared by content: a JSON column read back from PostgreSQL (jsonb orders its keys
 * its own way) equals the same value built in code.
 */
export function diffFields<T extends object>(before: T, after: Partial<T>): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [field, value] of Object.entries(after)) {
    const previous = (before as Record<string, unknown>)[field];
    if (!isDeepStrictEqual(previous, value)) changes[field] = { before: previous, after: value };
  }
  return changes;
}

export interface StoredHistoryEntry {
  id: string;
  entityId: string;
  action: string;
  changes: Record<string, unknown>;
  at: Date;
  actorId: string | null;
}

/** The entries of these records of one type, newest first. */
export async function historyOf(manager: EntityManager, entityType: string, entityIds: readonly string[]): Promise<StoredHistoryEntry[]> {
  if (entityIds.length === 0) return [];
  return (await manager.query(
    `SELECT id, entity_id AS "entityId", action, changes, at, actor_id AS "actorId" FROM history_entry
      WHERE entity_type = $1 AND entity_id = ANY($2::uuid[]) ORDER BY at DESC, id DESC`,
    [entityType, entityIds],
  )) as StoredHistoryEntry[];
}
