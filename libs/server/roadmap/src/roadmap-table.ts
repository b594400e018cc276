import { messages } from '@ruta/shared-i18n';
import type { ActionItem } from './action-item.model.js';
import type { Commitment } from './commitment.model.js';

const labels = messages.es;

/** One exported row per action item: Spanish headers, the ones the CSV import reads back. */
export const roadmapColumns = [
  'id',
  'titulo',
  'descripcion',
  'eje',
  'provincia_lider',
  'provincia_lider_nombre',
  'provincias_corresponsables',
  'competencia',
  'organizacion_responsable',
  'punto_focal',
  'prioridad',
  'inicio',
  'fin',
  'estado',
  'motivo_estado',
  'avance',
  'presupuesto_usd',
  'ods',
  'indicadores',
  'aportes_origen',
  'compromisos',
  'actualizado',
] as const;
export type RoadmapColumn = (typeof roadmapColumns)[number];

export type RoadmapRow = Record<RoadmapColumn, string | number | null>;

export function toRoadmapRow(item: ActionItem, commitments: Commitment[], sourceCount: number): RoadmapRow {
  return {
    id: item.id,
    titulo: item.title,
    descripcion: item.description,
    eje: item.theme.name,
    provincia_lider: item.leadProvince.code,
    provincia_lider_nombre: item.leadProvince.name,
    provincias_corresponsables: item.coProvinces.map((province) => province.code).join(';'),
    competencia: item.competency?.key ?? null,
    organizacion_responsable: item.responsibleOrganization?.shortName ?? item.responsibleOrganization?.name ?? null,
    punto_focal: item.focalPoint?.displayName ?? null,
    prioridad: labels.priority[item.priority],
    inicio: item.startDate,
    fin: item.dueDate,
    estado: labels.actionItemStatus[item.status],
    motivo_estado: item.statusReason,
    avance: item.progress,
    presupuesto_usd: item.budgetUsd,
    ods: item.sdgs.map((sdg) => sdg.number).join(';'),
    indicadores: item.indicators
      .map((indicator) => `${indicator.name}: ${indicator.baseline ?? '–'} → ${indicator.target ?? '–'} (${indicator.current ?? '–'})`)
      .join(' | '),
    aportes_origen: sourceCount,
    compromisos: commitments
      .map(
        (commitment) =>
          `${commitment.organization.shortName ?? commitment.organization.name}: ${labels.commitmentKind[commitment.kind]}, ${labels.commitmentStatus[commitment.status]}` +
          (commitment.amount !== null ? ` (${commitment.amount} ${commitment.currency})` : ''),
      )
      .join(' | '),
    actualizado: item.updatedAt.toISOString(),
  };
}

// What starts a formula: =, +, - and @, and their full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20),
// which spreadsheet programs accept too, after any whitespace (line breaks, no-break spaces) or quotes.
const STARTS_FORMULA = /^(?:[\t\r]|[\s"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
const SPLITS_INTO_FORMULA = /([;,])(?=[\s"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * A spreadsheet program runs a cell that starts with =, +, - or @ as a formula (CSV injection):
 * an apostrophe goes where such a cell would start — before text that starts so (or with a tab or
 * carriage return), and after a semicolon or comma followed by one, because a program that splits
 * on that character (semicolons in Ecuador's locale) starts a cell there whatever the quoting.
 * Numbers stay numbers. Both exports, CSV and XLSX, write every cell through it.
 */
export function spreadsheetSafe(value: string | number | null): string | number | null {
  if (typeof value !== 'string') return value;
  const split = value.replace(SPLITS_INTO_FORMULA, "$1'");
  return STARTS_FORMULA.test(split) ? `'${split}` : split;
}
