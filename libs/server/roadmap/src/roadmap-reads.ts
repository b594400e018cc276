import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActionItemStatus, CommitmentKind, CommitmentStatus } from '@ruta/shared-domain';
import type { DataSource, EntityManager } from 'typeorm';
import { publicActionItemSql } from './visibility/action-item-visibility.js';

export interface PublicActionItem {
  id: string;
  title: string;
  status: ActionItemStatus;
  progress: number;
  themeId: string;
  leadProvinceCode: string;
  /** Lead first, then the co-responsible provinces. */
  provinceCodes: string[];
}

/** An item as a document block shows it; `title` is null unless the item is public. */
export interface ActionItemBlockSummary {
  id: string;
  title: string | null;
  status: ActionItemStatus;
  progress: number;
}

export interface SupportCount {
  actionItemId: string;
  kind: CommitmentKind;
  status: CommitmentStatus;
  count: number;
}

/**
 * What other features read of the roadmap without a person (documents, the memoria, and next the
 * public portal and open data): public items only, by the one visibility rule.
 */
@Injectable()
export class RoadmapReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The public items of a theme, a province (lead or co-responsible), or all, not merged away, by title. */
  async publicItems(scope: { themeId?: string | null; provinceCode?: string | null } = {}): Promise<PublicActionItem[]> {
    return (await this.dataSource.query(
      `SELECT i.id, i.title, i.status, i.progress, i.theme_id AS "themeId", i.lead_province_code AS "leadProvinceCode",
              array_prepend(i.lead_province_code::text, coalesce(array_agg(co.province_code::text) FILTER (WHERE co.province_code IS NOT NULL), '{}')) AS "provinceCodes"
         FROM action_item i LEFT JOIN action_item_co_province co ON co.action_item_id = i.id
        WHERE ${publicActionItemSql('i')} AND i.merged_into_id IS NULL AND ($1::uuid IS NULL OR i.theme_id = $1)
        GROUP BY i.id
       HAVING $2::text IS NULL OR i.lead_province_code = $2 OR bool_or(co.province_code = $2)
        ORDER BY i.title`,
      [scope.themeId ?? null, scope.provinceCode ?? null],
    )) as PublicActionItem[];
  }

  /**
   * The items document blocks name. A document is read by more people than may see a proposal,
   * so a block shows a proposal's status and progress but not its title.
   */
  async blockSummaries(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ActionItemBlockSummary[]> {
    if (ids.length === 0) return [];
    return (await manager.query(
      `SELECT i.id, CASE WHEN ${publicActionItemSql('i')} THEN i.title END AS title, i.status, i.progress
         FROM action_item i WHERE i.id = ANY($1::uuid[])`,
      [ids],
    )) as ActionItemBlockSummary[];
  }

  /** The support of these items by kind and status: accepted and fulfilled commitments, without partners or amounts. */
  async publicSupport(actionItemIds: readonly string[]): Promise<SupportCount[]> {
    if (actionItemIds.length === 0) return [];
    return (await this.dataSource.query(
      `SELECT c.action_item_id AS "actionItemId", c.kind, c.status, count(*)::int AS count FROM commitment c
        WHERE c.action_item_id = ANY($1::uuid[]) AND c.status IN ('ACCEPTED', 'FULFILLED')
        GROUP BY c.action_item_id, c.kind, c.status ORDER BY c.action_item_id, c.kind, c.status`,
      [actionItemIds],
    )) as SupportCount[];
  }

  /** The organisations with a commitment on a public item. */
  async organizationIdsOnPublicItems(): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT c.organization_id AS id FROM commitment c JOIN action_item i ON i.id = c.action_item_id WHERE ${publicActionItemSql('i')}`,
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }
}
