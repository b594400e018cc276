import { Injectable } from '@nestjs/common';
import { HEADLINE, type AuthUser, type TextMatch } from '@ruta/server-core';
import { ContributionReads } from '@ruta/server-contributions';
import { DocumentsService } from '@ruta/server-documents';
import { ActionItemsService } from '@ruta/server-roadmap';
import { SearchHitKind, type SearchHit } from './search.model.js';

/**
 * One accent-insensitive Spanish search over contributions, action items and documents, each
 * asked of the feature that owns it (its own GIN index, its own visibility rule), merged by rank.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly contributions: ContributionReads,
    private readonly documents: DocumentsService,
    private readonly actionItems: ActionItemsService,
  ) {}

  async search(actor: AuthUser, text: string, first: number): Promise<SearchHit[]> {
    const [contributions, items, documents] = await Promise.all([
      this.contributions.search(text, first),
      this.actionItems
        .filtered(actor, { text, includeMerged: true })
        .select('item.id', 'id')
        .addSelect('item.title', 'title')
        .addSelect(
          `ts_headline('ruta_spanish', item.title || ' ' || item.description, websearch_to_tsquery('ruta_spanish', :text), :headline)`,
          'snippet',
        )
        .addSelect(`ts_rank(item.search_vector, websearch_to_tsquery('ruta_spanish', :text))`, 'rank')
        .setParameter('headline', HEADLINE)
        .orderBy('rank', 'DESC')
        .limit(first)
        .getRawMany<TextMatch>(),
      this.documents.search(text, first),
    ]);
    const hit = (kind: SearchHitKind, row: TextMatch, href: string): SearchHit => ({
      kind,
      id: row.id,
      title: row.title,
      snippet: row.snippet,
      href,
      rank: Number(row.rank),
    });
    return [
      ...contributions.map((row) => hit(SearchHitKind.CONTRIBUTION, row, `/conversatorios/${row.conversatorioId}`)),
      ...items.map((row) => hit(SearchHitKind.ACTION_ITEM, row, `/hoja-de-ruta/${row.id}`)),
      ...documents.map((row) => hit(SearchHitKind.DOCUMENT, row, `/documentos/${row.id}`)),
    ]
      .sort((a, b) => b.rank - a.rank)
      .slice(0, first);
  }
}
