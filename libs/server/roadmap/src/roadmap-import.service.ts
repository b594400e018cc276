import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActionItemStatus, Priority, type FieldError } from '@ruta/shared-domain';
import { messages } from '@ruta/shared-i18n';
import { AppError, fieldError, flattenValidationErrors, type AuthUser } from '@ruta/server-core';
import { ThemeEntity } from '@ruta/server-events';
import { recordHistory } from '@ruta/server-history';
import { OrganizationEntity } from '@ruta/server-organizations';
import { CompetencyEntity, ProvinceEntity } from '@ruta/server-reference';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import type { DataSource, EntityManager } from 'typeorm';
import { ActionItemEntity } from './action-item.entity.js';
import { ProposeActionItemInput } from './action-item.inputs.js';
import { checkContent } from './action-item-content.js';
import { ActionItemWrites } from './action-item-writes.service.js';
import { roadmapPolicy } from './roadmap.policy.js';

export const MAX_IMPORT_ROWS = 1000;
const requiredColumns = ['titulo', 'eje', 'provincia_lider'] as const;

export interface RejectedRow {
  /** The line in the file (the header is line 1). */
  line: number;
  title: string;
  errors: FieldError[];
}

export interface ImportReport {
  dryRun: boolean;
  totalRows: number;
  imported: number;
  rejected: RejectedRow[];
  importedIds: string[];
}

/** Accent- and case-insensitive form of a name, for matching what people type against the reference data. */
const normalize = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();

const list = (value: string | undefined) =>
  (value ?? '')
    .split(/[;,|]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** Lookup tables from what a spreadsheet may say (codes, keys, names, labels) to identifiers. */
interface Lookups {
  themes: Map<string, string>;
  provinces: Map<string, string>;
  competencies: Map<string, string>;
  organizations: Map<string, string>;
  priorities: Map<string, Priority>;
  statuses: Map<string, ActionItemStatus>;
}

/**
 * CSV import of action items: every row is checked by the same rules as the form; if any row is
 * rejected nothing is imported and the report lists every rejected row with its reasons.
 */
@Injectable()
export class RoadmapImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actionItems: ActionItemWrites,
  ) {}

  async import(actor: AuthUser, csv: string, dryRun: boolean): Promise<ImportReport> {
    if (!roadmapPolicy.can(actor, 'roadmap:import')) throw AppError.forbidden();
    const records = readCsv(csv);
    const lookups = await this.lookups(this.dataSource.manager);
    const rows: Array<{ line: number; input: ProposeActionItemInput; status: ActionItemStatus }> = [];
    const rejected: RejectedRow[] = [];
    for (const { line, record } of records) {
      const { input, status, errors } = toInput(record, lookups);
      const instance = plainToInstance(ProposeActionItemInput, input);
      errors.push(...flattenValidationErrors(await validate(instance, { whitelist: true, forbidUnknownValues: true })));
      // Every reason at once; a field already refused (say, an unknown name) is not reported twice.
      const reported = new Set(errors.map((error) => error.field));
      const checked = await checkContent(this.dataSource.manager, instance);
      errors.push(...checked.filter((error) => !reported.has(error.field)));
      if (errors.length > 0) rejected.push({ line, title: record.titulo ?? '', errors });
      else rows.push({ line, input: instance, status });
    }
    const report = { dryRun, totalRows: records.length, imported: 0, rejected, importedIds: [] as string[] };
    if (dryRun || rejected.length > 0) return report;

    const ids = await this.dataSource.transaction(async (manager) => {
      const created: string[] = [];
      for (const row of rows) {
        const item = await this.actionItems.propose(actor, row.input, manager);
        if (row.status === ActionItemStatus.AGREED) {
          await manager.update(ActionItemEntity, item.id, { status: ActionItemStatus.AGREED });
          await recordHistory(manager, {
            entityType: 'action_item',
            entityId: item.id,
            actorId: actor.id,
            action: 'status',
            changes: { status: { before: ActionItemStatus.PROPOSED, after: ActionItemStatus.AGREED } },
          });
        }
        created.push(item.id);
      }
      return created;
    });
    return { ...report, imported: ids.length, importedIds: ids };
  }

  private async lookups(manager: EntityManager): Promise<Lookups> {
    const entries = <T>(pairs: Array<[string, T]>) => new Map(pairs.map(([key, value]) => [normalize(key), value]));
    const themes = await manager.find(ThemeEntity);
    const provinces = await manager.find(ProvinceEntity);
    const competencies = await manager.find(CompetencyEntity);
    const organizations = await manager.find(OrganizationEntity);
    const labelled = <T extends string>(values: readonly T[], labels: Array<Record<T, string>>) =>
      entries(values.flatMap((value) => [[value, value] as [string, T], ...labels.map((label) => [label[value], value] as [string, T])]));
    return {
      themes: entries(
        themes.flatMap((theme) => [
          [theme.key, theme.id],
          [theme.name, theme.id],
        ]),
      ),
      provinces: entries(
        provinces.flatMap((province) => [
          [province.code, province.code],
          [province.name, province.code],
        ]),
      ),
      competencies: entries(
        competencies.flatMap((competency) => [
          [competency.key, competency.key],
          [competency.name, competency.key],
        ]),
      ),
      organizations: entries(
        organizations.flatMap((organization) => [
          [organization.name, organization.id] as [string, string],
          ...(organization.shortName ? [[organization.shortName, organization.id] as [string, string]] : []),
        ]),
      ),
      priorities: labelled(Object.values(Priority), [messages.es.priority, messages.en.priority]),
      statuses: labelled(
        [ActionItemStatus.PROPOSED, ActionItemStatus.AGREED],
        [messages.es.actionItemStatus, messages.en.actionItemStatus],
      ),
    };
  }
}

/** Parses the file: header row, `,` or `;` separated (whichever the header uses), UTF-8 with or without BOM. */
function readCsv(csv: string): Array<{ line: number; record: Record<string, string> }> {
  const header = csv.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  let parsed: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    parsed = parse(csv, {
      bom: true,
      columns: (names: string[]) => names.map((name) => normalize(name)),
      delimiter,
      skip_empty_lines: true,
      trim: true,
      info: true,
      max_record_size: 64_000,
    }) as typeof parsed;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw AppError.badInput([fieldError('csv', 'csvUnreadable', { line })]);
  }
  if (parsed.length === 0) throw AppError.badInput([fieldError('csv', 'csvEmpty')]);
  if (parsed.length > MAX_IMPORT_ROWS) throw AppError.badInput([fieldError('csv', 'csvTooManyRows', { max: MAX_IMPORT_ROWS })]);
  const missing = requiredColumns.filter((column) => !(column in parsed[0].record));
  if (missing.length > 0) throw AppError.badInput([fieldError('csv', 'csvMissingColumns', { columns: missing.join(', ') })]);
  return parsed.map(({ record, info }) => ({ line: info.lines, record }));
}

/** A row as the proposal input it stands for, with the names it could not resolve. */
function toInput(record: Record<string, string>, lookups: Lookups) {
  const errors: FieldError[] = [];
  const resolve = <T>(field: string, value: string | undefined, table: Map<string, T>): T | undefined => {
    if (!value) return undefined;
    const found = table.get(normalize(value));
    if (found === undefined) errors.push(fieldError(field, 'unknownName', { value }));
    return found;
  };
  const number = (field: string, value: string | undefined): number | undefined => {
    if (!value) return undefined;
    const parsed = Number(value.replace(/\s/g, '').replace(/,(\d{1,2})$/, '.$1'));
    if (Number.isNaN(parsed)) errors.push(fieldError(field, 'invalid'));
    return parsed;
  };
  const themeId = resolve('themeId', record.eje, lookups.themes);
  const leadProvinceCode = resolve('leadProvinceCode', record.provincia_lider, lookups.provinces);
  if (!record.eje) errors.push(fieldError('themeId', 'required'));
  if (!record.provincia_lider) errors.push(fieldError('leadProvinceCode', 'required'));
  const input = {
    title: record.titulo ?? '',
    description: record.descripcion ?? '',
    themeId: themeId ?? '00000000-0000-0000-0000-000000000000',
    leadProvinceCode: leadProvinceCode ?? '00',
    coProvinceCodes: list(record.provincias_corresponsables).flatMap((value) => resolve('coProvinceCodes', value, lookups.provinces) ?? []),
    competencyKey: resolve('competencyKey', record.competencia, lookups.competencies) ?? null,
    responsibleOrganizationId: resolve('responsibleOrganizationId', record.organizacion_responsable, lookups.organizations) ?? null,
    priority: resolve('priority', record.prioridad, lookups.priorities) ?? Priority.MEDIUM,
    startDate: record.inicio || null,
    dueDate: record.fin || null,
    budgetUsd: number('budgetUsd', record.presupuesto_usd) ?? null,
    sdgNumbers: list(record.ods).map((value) => number('sdgNumbers', value) ?? 0),
    indicators: [],
    sourceContributionIds: [],
  };
  const status = resolve('status', record.estado, lookups.statuses) ?? ActionItemStatus.PROPOSED;
  return { input, status, errors };
}
