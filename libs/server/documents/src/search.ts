import { Injectable } from '@nestjs/common';
import { Args, ArgsType, Field, Float, ID, Int, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Authorize, CurrentUser, definePolicy, signedIn, type AuthUser } from '@ruta/server-core';
import { ActionItemsService } from '@ruta/server-roadmap';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import type { DataSource } from 'typeorm';
import { CONTRIBUTION_SEARCH, HEADLINE, HIGHLIGHT_END, HIGHLIGHT_START } from './search-statements.js';

export const SearchHitKind = { CONTRIBUTION: 'CONTRIBUTION', ACTION_ITEM: 'ACTION_ITEM', DOCUMENT: 'DOCUMENT' } as const;
export type SearchHitKind = (typeof SearchHitKind)[keyof typeof SearchHitKind];
registerEnumType(SearchHitKind, { name: 'SearchHitKind' });

@ObjectType('SearchHit', { description: 'A contribution, action item or document matching a search.' })
export class SearchHit {
  @Field(() => SearchHitKind)
  kind: SearchHitKind;

  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: `Matching passage; matched words between ${HIGHLIGHT_START} and ${HIGHLIGHT_END}.` })
  snippet: string;

  @Field({ description: 'Where it is shown in the web app.' })
  href: string;

  @Field(() => Float)
  rank: number;
}

@ArgsType()
class SearchArgs {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  text: string;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number;
}

const searchPolicy = definePolicy<'search:run'>('search', { 'search:run': signedIn });

/**
 * One accent-insensitive Spanish search over contributions, action items and documents, each
 * through its own GIN index and its own visibility rules, merged by rank.
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actionItems: ActionItemsService,
  ) {}

  async search(actor: AuthUser, text: string, first: number): Promise<SearchHit[]> {
    const contributions = (await this.dataSource.query(CONTRIBUTION_SEARCH, [text, first, HEADLINE])) as Array<{
      id: string;
      title: string;
      conversatorioId: string;
      snippet: string;
      rank: number;
    }>;
    const documents = (await this.dataSource.query(
      `SELECT d.id, d.title, ts_headline('ruta_spanish', d.title || ' ' || d.plain_text, q, $3) AS snippet, ts_rank(d.search_vector, q) AS rank
         FROM document d, websearch_to_tsquery('ruta_spanish', $1) q
        WHERE d.search_vector @@ q
        ORDER BY rank DESC, d.id LIMIT $2`,
      [text, first, HEADLINE],
    )) as Array<{ id: string; title: string; snippet: string; rank: number }>;
    const items = (await this.actionItems
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
      .getRawMany()) as Array<{ id: string; title: string; snippet: string; rank: number }>;

    return [
      ...contributions.map((row) => ({
        kind: SearchHitKind.CONTRIBUTION,
        id: row.id,
        title: row.title,
        snippet: row.snippet,
        href: `/conversatorios/${row.conversatorioId}`,
        rank: Number(row.rank),
      })),
      ...items.map((row) => ({
        kind: SearchHitKind.ACTION_ITEM,
        id: row.id,
        title: row.title,
        snippet: row.snippet,
        href: `/hoja-de-ruta/${row.id}`,
        rank: Number(row.rank),
      })),
      ...documents.map((row) => ({
        kind: SearchHitKind.DOCUMENT,
        id: row.id,
        title: row.title,
        snippet: row.snippet,
        href: `/documentos/${row.id}`,
        rank: Number(row.rank),
      })),
    ]
      .sort((a, b) => b.rank - a.rank)
      .slice(0, first);
  }
}

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => [SearchHit], { description: 'Accent-insensitive Spanish search over contributions, action items and documents.' })
  @Authorize(searchPolicy, 'search:run')
  search(@CurrentUser() actor: AuthUser, @Args() { text, first }: SearchArgs): Promise<SearchHit[]> {
    return this.service.search(actor, text, first);
  }
}
