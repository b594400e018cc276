import { Priority, Role, type ActionItemStatus, type FieldError } from '@ruta/shared-domain';
import { fieldError } from '@ruta/server-core';
import { ThemeEntity } from '@ruta/server-events';
import { UserEntity } from '@ruta/server-identity';
import { OrganizationEntity } from '@ruta/server-organizations';
import { CompetencyEntity, ProvinceEntity } from '@ruta/server-reference';
import { In, type EntityManager } from 'typeorm';
import { ActionItemEntity } from './action-item.entity.js';
import type { ActionItemContentInput } from './action-item.inputs.js';
import type { RoadmapSubject } from './roadmap.policy.js';

/** An item's content rules: its fields as stored, the references they must name, its provinces and sources. */

export type ContentFields = Pick<
  ActionItemEntity,
  | 'title'
  | 'description'
  | 'themeId'
  | 'competencyKey'
  | 'leadProvinceCode'
  | 'responsibleOrganizationId'
  | 'focalPointId'
  | 'priority'
  | 'startDate'
  | 'dueDate'
  | 'indicators'
  | 'budgetUsd'
  | 'sdgNumbers'
>;

/** What the roadmap policy looks at in an item being proposed or changed. */
export function itemSubject(leadProvinceCode: string, coProvinceCodes: string[], status: ActionItemStatus): RoadmapSubject {
  return { item: { leadProvinceCode, provinceCodes: [leadProvinceCode, ...coProvinceCodes], status, organizationIds: [] } };
}

export function currentContent(row: ActionItemEntity): ContentFields {
  return {
    title: row.title,
    description: row.description,
    themeId: row.themeId,
    competencyKey: row.competencyKey,
    leadProvinceCode: row.leadProvinceCode,
    responsibleOrganizationId: row.responsibleOrganizationId,
    focalPointId: row.focalPointId,
    priority: row.priority,
    startDate: row.startDate,
    dueDate: row.dueDate,
    indicators: row.indicators,
    budgetUsd: row.budgetUsd,
    sdgNumbers: row.sdgNumbers,
  };
}

export function contentFields(input: Omit<ActionItemContentInput, 'coProvinceCodes'>): ContentFields {
  return {
    title: input.title,
    description: input.description ?? '',
    themeId: input.themeId,
    competencyKey: input.competencyKey ?? null,
    leadProvinceCode: input.leadProvinceCode,
    responsibleOrganizationId: input.responsibleOrganizationId ?? null,
    focalPointId: input.focalPointId ?? null,
    priority: input.priority ?? Priority.MEDIUM,
    startDate: input.startDate ?? null,
    dueDate: input.dueDate ?? null,
    indicators: (input.indicators ?? []).map((indicator) => ({
      name: indicator.name,
      unit: indicator.unit ?? null,
      baseline: indicator.baseline ?? null,
      target: indicator.target ?? null,
      current: indicator.current ?? null,
    })),
    budgetUsd: input.budgetUsd ?? null,
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
