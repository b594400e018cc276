import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ContributionType } from '@ruta/shared-domain';
import { HEADLINE, type TextMatch } from '@ruta/server-core';
import type { DataSource } from 'typeorm';
import { CONTRIBUTION_SEARCH } from './search-statements.js';
import { publicContributionSql } from './visibility/contribution-visibility.js';

export interface ContributionCount {
  conversatorioId: string;
  type: ContributionType;
  provinceCode: string;
  count: number;
}

/** What other features read of the contributions, public parts only (outputs such as the memoria). */
@Injectable()
export class ContributionReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The public contributions of these conversatorios counted by type and province (one province, if given). */
  async publicCounts(conversatorioIds: readonly string[], provinceCode?: string | null): Promise<ContributionCount[]> {
    if (conversatorioIds.length === 0) return [];
    return (await this.dataSource.query(
      `SELECT c.conversatorio_id AS "conversatorioId", c.type, c.province_code AS "provinceCode", count(*)::int AS count FROM contribution c
        WHERE c.conversatorio_id = ANY($1::uuid[]) AND ${publicContributionSql('c')} AND ($2::text IS NULL OR c.province_code = $2)
        GROUP BY c.conversatorio_id, c.type, c.province_code`,
      [conversatorioIds, provinceCode ?? null],
    )) as ContributionCount[];
  }

  /** The public contributions matching a search (websearch syntax), best first. */
  async search(text: string, first: number): Promise<Array<TextMatch & { conversatorioId: string }>> {
    return (await this.dataSource.query(CONTRIBUTION_SEARCH, [text, first, HEADLINE])) as Array<TextMatch & { conversatorioId: string }>;
  }
}
