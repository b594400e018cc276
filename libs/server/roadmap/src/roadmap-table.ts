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

/**
 * A spreadsheet program runs a cell that starts with =, +, - or @ as a formula (CSV injection):
 * text that starts so is prefixed with an apostrophe. Numbers stay numbers.
 */
export function spreadsheetSafe(value: string | number | null): string | number | null {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
