import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, fieldError, type AuthUser, type Connection } from '@ruta/server-core';
import { ContributionsService, publicContributionSql, type Contribution, type ContributionFilter } from '@ruta/server-contributions';
import type { DataSource } from 'typeorm';
import { ActionItemsService } from './action-items.service.js';
import type { ActionItem } from './action-item.model.js';

/** Below this trigram similarity two texts are not worth suggesting as duplicates. */
const SIMILARITY_THRESHOLD = 0.2;
const SUGGESTIONS = 8;

export interface QueueCell {
  themeId: string;
  themeName: string;
  provinceCode: string;
  provinceName: string;
  count: number;
}

/** Consolidation for analysts: what is not on the roadmap yet, and what looks alike. */
@Injectable()
export class ConsolidationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contributions: ContributionsService,
    private readonly actionItems: ActionItemsService,
  ) {}

  /** Contributions not hidden by moderation and not linked to any action item, newest first. */
  queue(actor: AuthUser, filter: ContributionFilter, first: number, after?: string | null): Promise<Connection<Contribution>> {
    return this.contributions.list(actor, filter, first, after, (query) =>
      query
        .andWhere(publicContributionSql('contribution'))
        .andWhere('NOT EXISTS (SELECT 1 FROM action_item_source s WHERE s.contribution_id = contribution.id)'),
    );
  }

  /** How many visible contributions wait, per theme and province. */
  async summary(): Promise<QueueCell[]> {
    return (await this.dataSource.query(
      `SELECT t.id AS "themeId", t.name AS "themeName", p.code AS "provinceCode", p.name AS "provinceName", count(*)::int AS count
         FROM contribution c
         JOIN conversatorio cv ON cv.id = c.conversatorio_id
         JOIN theme t ON t.id = cv.theme_id
         JOIN province p ON p.code = c.province_code
        WHERE ${publicContributionSql('c')}
          AND NOT EXISTS (SELECT 1 FROM action_item_source s WHERE s.contribution_id = c.id)
        GROUP BY t.id, t.name, t.position, p.code, p.name
        ORDER BY t.position, p.code`,
    )) as QueueCell[];
  }

  /**
   * Contributions and action items whose text resembles the given contribution's (or the given
   * text), by PostgreSQL trigram similarity, best first.
   */
  async suggestions(
    actor: AuthUser,
    source: { contributionId?: string | null; text?: string | null },
  ): Promise<{
    contributions: Array<{ contribution: Contribution; similarity: number }>;
    actionItems: Array<{ actionItem: ActionItem; similarity: number }>;
  }> {
    const text = source.contributionId ? (await this.contributions.get(actor, source.contributionId)).body : source.text?.trim();
    if (!text) throw AppError.badInput([fieldError('text', 'required')]);
    const [contributionRows, itemRows] = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(SIMILARITY_THRESHOLD)]);
      const contributions = (await manager.query(
        `SELECT c.id, similarity(c.body, $1) AS similarity FROM contribution c
          WHERE c.body % $1 AND ${publicContributionSql('c')} AND c.id IS DISTINCT FROM $2::uuid
          ORDER BY similarity DESC, id LIMIT $3`,
        [text, source.contributionId ?? null, SUGGESTIONS],
      )) as Array<{ id: string; similarity: number }>;
      const items = (await manager.query(
        `SELECT id, greatest(similarity(title, $1), similarity(description, $1)) AS similarity FROM action_item
          WHERE (title % $1 OR description % $1) AND merged_into_id IS NULL
          ORDER BY similarity DESC, id LIMIT $2`,
        [text, SUGGESTIONS],
      )) as Array<{ id: string; similarity: number }>;
      return [contributions, items];
    });
    const contributions = await this.contributions.getMany(
      actor,
      contributionRows.map((row) => row.id),
    );
    const items = await this.actionItems.getMany(
      actor,
      itemRows.map((row) => row.id),
    );
    const scoreOf = (rows: Array<{ id: string; similarity: number }>, id: string) =>
      Number(rows.find((row) => row.id === id)?.similarity ?? 0);
    return {
      contributions: contributions.map((contribution) => ({ contribution, similarity: scoreOf(contributionRows, contribution.id) })),
      actionItems: items.map((actionItem) => ({ actionItem, similarity: scoreOf(itemRows, actionItem.id) })),
    };
  }
}
