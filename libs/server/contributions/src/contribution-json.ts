import { jsonObject, PartialSelections, relatedJson } from '@ruta/server-core';
import { ConversatorioEntity } from '@ruta/server-conversatorios';
import { ThemeEntity } from '@ruta/server-events';
import { UserEntity } from '@ruta/server-identity';
import { ProvinceEntity } from '@ruta/server-reference';
import type { DataSource } from 'typeorm';
import { ContributionEntity } from './contribution.entity.js';

/**
 * One contribution as `read` selects it: its columns and its related rows, as JSON. The optional
 * parts (`CONTRIBUTION_PARTS`) are absent when the query did not ask for them, and so are the
 * model's fields made from them.
 */
export interface ContributionJson {
  contribution: Record<string, unknown>;
  conversatorio: { id: string; title: string };
  theme: Record<string, unknown>;
  province: ProvinceEntity;
  author: { id: string; displayName: string };
  endorsements: { total: number; mine: boolean };
}

/**
 * The parts of a contribution read only when a query asks for them (by model field): its body and
 * its related rows. The rest (ids, type, keys, flags, dates) is small and always read.
 */
export const CONTRIBUTION_PARTS = {
  body: ['body'],
  conversatorio: ['conversatorio'],
  province: ['province'],
  author: ['author'],
  endorsements: ['endorsementCount', 'endorsedByMe'],
} as const;
export type ContributionPart = keyof typeof CONTRIBUTION_PARTS;

/** What `read` selects for each contribution (`:reader` is the reader's id), built from the entities' metadata (once per service). */
export function contributionSelections(dataSource: DataSource) {
  const [contributions, conversatorios, themes, provinces, users] = [
    ContributionEntity,
    ConversatorioEntity,
    ThemeEntity,
    ProvinceEntity,
    UserEntity,
  ].map((entity) => dataSource.getMetadata(entity));
  const selections = new PartialSelections<ContributionPart>(CONTRIBUTION_PARTS, (parts) => {
    const columns = contributions.nonVirtualColumns
      .filter((column) => column.isSelect && (column.propertyName !== 'body' || parts.has('body')))
      .map((column) => column.propertyName);
    // Each related part as `'key', value` arguments of the row's json_build_object.
    const related: Record<Exclude<ContributionPart, 'body'>, string> = {
      conversatorio: `'conversatorio', ${jsonObject(conversatorios, 'conversatorio', ['id', 'title'])},
    'theme', ${relatedJson(themes, 't', 't.id = conversatorio.theme_id')}`,
      province: `'province', ${relatedJson(provinces, 'p', 'p.code = contribution.province_code')}`,
      author: `'author', ${relatedJson(users, 'u', 'u.id = contribution.author_id', ['id', 'displayName'])}`,
      endorsements: `'endorsements', (SELECT json_build_object('total', count(*), 'mine', coalesce(bool_or(e.user_id = :reader), false))
                       FROM contribution_endorsement e WHERE e.contribution_id = contribution.id)`,
    };
    return `json_build_object(${[
      `'contribution', ${jsonObject(contributions, 'contribution', columns)}`,
      ...Object.entries(related).flatMap(([part, pairs]) => (parts.has(part as ContributionPart) ? [pairs] : [])),
    ].join(',\n      ')})`;
  });
  return { selections, contributions, themes };
}
