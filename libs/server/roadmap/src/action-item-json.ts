import { jsonObject, PartialSelections, relatedJson } from '@ruta/server-core';
import { ThemeEntity } from '@ruta/server-events';
import { UserEntity } from '@ruta/server-identity';
import { OrganizationEntity } from '@ruta/server-organizations';
import { CompetencyEntity, ProvinceEntity } from '@ruta/server-reference';
import type { DataSource } from 'typeorm';
import { ActionItemEntity } from './action-item.entity.js';

/**
 * One item as `read` selects it: the item's columns and its related rows, as JSON. The optional
 * parts (`ITEM_PARTS`) are absent when the query did not ask for them, and so are the model's
 * fields made from them.
 */
export interface ItemJson {
  item: Record<string, unknown>;
  theme: Record<string, unknown>;
  leadProvince: ProvinceEntity;
  coProvinces: ProvinceEntity[];
  competency: CompetencyEntity | null;
  responsibleOrganization: Record<string, unknown> | null;
  focalPoint: { id: string; displayName: string } | null;
  proposedBy: { id: string; displayName: string };
  mergedInto: Pick<ActionItemEntity, 'id' | 'title' | 'status' | 'agreedAt'> | null;
}

/**
 * The parts of an item read only when a query asks for them (by model field): its long columns and
 * its related rows. The rest (ids, status, dates, version…) is small and always read.
 */
export const ITEM_PARTS = {
  description: ['description'],
  indicators: ['indicators'],
  theme: ['theme'],
  coProvinces: ['coProvinces'],
  competency: ['competency'],
  responsibleOrganization: ['responsibleOrganization'],
  focalPoint: ['focalPoint'],
  proposedBy: ['proposedBy'],
  mergedInto: ['mergedInto'],
} as const;
export type ItemPart = keyof typeof ITEM_PARTS;

/** What `read` selects for each item, from the entities' metadata (built once per service). */
export function itemSelections(dataSource: DataSource) {
  const [items, themes, provinces, competencies, organizations, users] = [
    ActionItemEntity,
    ThemeEntity,
    ProvinceEntity,
    CompetencyEntity,
    OrganizationEntity,
    UserEntity,
  ].map((entity) => dataSource.getMetadata(entity));
  const person = (condition: string) => relatedJson(users, 'u', condition, ['id', 'displayName']);
  const selections = new PartialSelections<ItemPart>(ITEM_PARTS, (parts) => {
    const columns = items.nonVirtualColumns
      .filter((column) => column.isSelect && !(column.propertyName in ITEM_PARTS && !parts.has(column.propertyName as ItemPart)))
      .map((column) => column.propertyName);
    // Each related part as `'key', value` arguments of the row's json_build_object.
    const related: Record<Exclude<ItemPart, 'description' | 'indicators'>, string> = {
      theme: `'theme', ${relatedJson(themes, 't', 't.id = item.theme_id')}`,
      coProvinces: `'coProvinces', (SELECT coalesce(json_agg(${jsonObject(provinces, 'p')} ORDER BY p.code), '[]')
                       FROM action_item_co_province co JOIN ${provinces.tablePath} p ON p.code = co.province_code
                      WHERE co.action_item_id = item.id)`,
      competency: `'competency', ${relatedJson(competencies, 'k', 'k.key = item.competency_key')}`,
      responsibleOrganization: `'responsibleOrganization', ${relatedJson(organizations, 'o', 'o.id = item.responsible_organization_id')}`,
      focalPoint: `'focalPoint', ${person('u.id = item.focal_point_id')}`,
      proposedBy: `'proposedBy', ${person('u.id = item.proposed_by_id')}`,
      mergedInto: `'mergedInto', ${relatedJson(items, 'm', 'm.id = item.merged_into_id', ['id', 'title', 'status', 'agreedAt'])}`,
    };
    return `json_build_object(${[
      `'item', ${jsonObject(items, 'item', columns)}`,
      `'leadProvince', ${relatedJson(provinces, 'p', 'p.code = item.lead_province_code')}`,
      ...Object.entries(related).flatMap(([part, pairs]) => (parts.has(part as ItemPart) ? [pairs] : [])),
    ].join(',\n      ')})`;
  });
  return { selections, items, themes, organizations };
}
