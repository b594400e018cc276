import { Priority, Role, type ActionItemStatus, type FieldError } from '@ruta/shared-domain';
import { fieldError } from '@ruta/server-core';
import { ThemeEntity } from '@ruta/server-events';
import { UserEntity } from '@ruta/server-identity';
import { OrganizationEntity } from '@ruta/server-organizations';
import { CompetencyEntity, ProvinceEntity } from '@ruta/server-reference';
import { getMetadataStorage } from 'class-validator';
import { In, type EntityManager } from 'typeorm';
import { ActionItemEntity } from './action-item.entity.js';
import { ActionItemContentInput } from './action-item.inputs.js';
import type { RoadmapSubject } from './roadmap.policy.js';

/** An item's content rules: its fields as stored, the references they must name, its provinces and sources. */

/**
 * An item's content: every field of `ActionItemContentInput` but its co-responsible provinces
 * (stored apart). Stored under the same names; a field added to the input and the entity is
 * content, checked for conflicts and in the history, with nothing to add here.
 */
type ContentKey = Exclude<keyof ActionItemContentInput, 'coProvinceCodes'>;
export type ContentFields = Pick<ActionItemEntity, ContentKey>;

const CONTENT_KEYS = [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(ActionItemContentInput, '', true, false)
      .map((metadata) => metadata.propertyName as ContentKey | 'coProvinceCodes'),
  ),
].filter((key): key is ContentKey => key !== 'coProvinceCodes');

/** What the roadmap policy looks at in an item being proposed or changed. */
export function itemSubject(leadProvinceCode: string, coProvinceCodes: string[], status: ActionItemStatus): RoadmapSubject {
  return { item: { leadProvinceCode, provinceCodes: [leadProvinceCode, ...coProvinceCodes], status, organizationIds: [] } };
}

export function currentContent(row: ActionItemEntity): ContentFields {
  return Object.fromEntries(CONTENT_KEYS.map((key) => [key, row[key]])) as ContentFields;
}

/** The content to store from an input: what it leaves out is empty (null), but for the defaults below. */
export function contentFields(input: Omit<ActionItemContentInput, 'coProvinceCodes'>): ContentFields {
  return {
    ...(Object.fromEntries(CONTENT_KEYS.map((key) => [key, input[key] ?? null])) as ContentFields),
    description: input.description ?? '',
    priority: input.priority ?? Priority.MEDIUM,
    indicators: (input.indicators ?? []).map((indicator) => ({
      name: indicator.name,
      unit: indicator.unit ?? null,
      baseline: indicator.baseline ?? null,
      target: indicator.target ?? null,
      current: indicator.current ?? null,
    })),
    sdgNumbers: [...(input.sdgNumbers ?? [])].sort((a, b) => a - b),
  };
}

/** The references an item's content names must exist; dates must be in order. */
export async function checkContent(manager: EntityManager, input: ActionItemContentInput): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (!(await manager.existsBy(ThemeEntity, { id: input.themeId }))) errors.push(fieldError('themeId', 'unknownValue'));
  if (input.competencyKey && !(await manager.existsBy(CompetencyEntity, { key: input.competencyKey })))
    errors.push(fieldError('competencyKey', 'unknownValue'));
  const codes = [input.leadProvinceCode, ...(input.coProvinceCodes ?? [])];
  const known = await manager.countBy(ProvinceEntity, { code: In(codes) });
  if (known !== new Set(codes).size || codes.length !== new Set(codes).size) {
    if (!(await manager.existsBy(ProvinceEntity, { code: input.leadProvinceCode })))
      errors.push(fieldError('leadProvinceCode', 'unknownValue'));
    else errors.push(fieldError('coProvinceCodes', 'unknownValue'));
  }
  if (input.responsibleOrganizationId && !(await manager.existsBy(OrganizationEntity, { id: input.responsibleOrganizationId })))
    errors.push(fieldError('responsibleOrganizationId', 'unknownValue'));
  if (input.focalPointId) {
    const person = await manager.findOneBy(UserEntity, { id: input.focalPointId });
    if (!person || (person.role !== Role.ANALYST && person.role !== Role.ADMIN)) errors.push(fieldError('focalPointId', 'focalPointRole'));
  }
  if (input.startDate && input.dueDate && input.dueDate < input.startDate) errors.push(fieldError('dueDate', 'endsBeforeStart'));
  return errors;
}

/** Sets an item's co-responsible provinces from `before` to `after`. */
export async function setCoProvinces(manager: EntityManager, id: string, before: string[], after: string[]): Promise<void> {
  const added = after.filter((code) => !before.includes(code));
  const removed = before.filter((code) => !after.includes(code));
  if (added.length || removed.length)
    await manager.createQueryBuilder().relation(ActionItemEntity, 'coProvinces').of(id).addAndRemove(added, removed);
}

/** Links sources that are not linked yet; returns the ones added. */
export async function insertSources(manager: EntityManager, id: string, contributionIds: string[], actorId: string): Promise<string[]> {
  if (contributionIds.length === 0) return [];
  const rows = (await manager.query(
    `INSERT INTO action_item_source (action_item_id, contribution_id, linked_by_id)
       SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING RETURNING contribution_id`,
    [id, contributionIds, actorId],
  )) as Array<{ contribution_id: string }>;
  return rows.map((row) => row.contribution_id);
}

/** The fields of a partial input that are given. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
