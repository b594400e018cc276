import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface SourceLink {
  actionItemId: string;
  contributionId: string;
}

/** Where an action item's sources are linked, for `ContributionsService.linkedFrom` (oldest link first). */
export const SOURCE_LINKS = {
  table: 'action_item_source',
  contributionColumn: 'contribution_id',
  ownerColumn: 'action_item_id',
  orderBy: 'linked_at',
} as const;

/** The links between action items and the contributions they came from, read in batches. */
@Injectable()
export class SourcesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Links of the given contributions, oldest first. */
  forContributions(contributionIds: readonly string[]): Promise<SourceLink[]> {
    return this.dataSource.query(
      `SELECT action_item_id AS "actionItemId", contribution_id AS "contributionId" FROM action_item_source
        WHERE contribution_id = ANY($1::uuid[]) ORDER BY linked_at, action_item_id`,
      [contributionIds],
    );
  }

  async countFor(itemIds: readonly string[]): Promise<Map<string, number>> {
    if (itemIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT action_item_id AS id, count(*)::int AS count FROM action_item_source WHERE action_item_id = ANY($1::uuid[]) GROUP BY action_item_id`,
      [itemIds],
    )) as Array<{ id: string; count: number }>;
    return new Map(rows.map((row) => [row.id, row.count]));
  }
}
