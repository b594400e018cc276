import { Injectable } from '@nestjs/common';
import { ActionItemStatus, Priority, type RoadmapExportFormat } from '@ruta/shared-domain';
import { AppError, fieldError, type AuthUser, type Download } from '@ruta/server-core';
import { stringify } from 'csv-stringify/sync';
import writeXlsxFile from 'write-excel-file/node';
import { ActionItemsService } from './action-items.service.js';
import { ActionItemSort, type ActionItemFilter } from './action-item.inputs.js';
import { CommitmentsService } from './commitments.service.js';
import { roadmapColumns, spreadsheetSafe, toRoadmapRow, type RoadmapRow } from './roadmap-table.js';
import { SourcesService } from './sources.service.js';

const MAX_EXPORT_ROWS = 10_000;
const PAGE = 100;

/** The query of the roadmap list page, as its URL carries it. */
export interface RoadmapExportQuery {
  provincia?: string;
  eje?: string;
  estado?: string;
  prioridad?: string;
  organizacion?: string;
  competencia?: string;
  q?: string;
}

/**
 * The roadmap as a spreadsheet (CSV or XLSX): what the person may see, with the roadmap list's
 * filters (same query names as the page's URL). Served at `/exports/roadmap.<format>` by the
 * downloads library.
 */
@Injectable()
export class RoadmapExport {
  constructor(
    private readonly actionItems: ActionItemsService,
    private readonly commitments: CommitmentsService,
    private readonly sources: SourcesService,
  ) {}

  async file(actor: AuthUser, format: RoadmapExportFormat, query: RoadmapExportQuery): Promise<Download> {
    const rows = await this.rows(actor, toFilter(query));
    const name = { ascii: `hoja-de-ruta-${new Date().toISOString().slice(0, 10)}` };
    if (format === 'csv') {
      // A byte-order mark so that spreadsheet programs read the accents as UTF-8.
      const body =
        '\ufeff' +
        stringify(
          rows.map((row) => roadmapColumns.map((column) => spreadsheetSafe(row[column]))),
          { header: true, columns: [...roadmapColumns] },
        );
      return { format, body, name, noStore: true };
    }
    // A text cell of a workbook is no formula when it opens, but becomes one once someone edits it
    // or saves the sheet as CSV: the same neutralisation as the CSV.
    const body = await writeXlsxFile(
      [
        roadmapColumns.map((column) => ({ value: column, fontWeight: 'bold' as const })),
        ...rows.map((row) => roadmapColumns.map((column) => cell(spreadsheetSafe(row[column])))),
      ],
      { sheet: 'Hoja de ruta', stickyRowsCount: 1 },
    ).toBuffer();
    return { format, body, name, noStore: true };
  }

  private async rows(actor: AuthUser, filter: ActionItemFilter): Promise<RoadmapRow[]> {
    const rows: RoadmapRow[] = [];
    let after: string | null = null;
    do {
      const page = await this.actionItems.list(actor, filter, ActionItemSort.PRIORITY, PAGE, after);
      const ids = page.nodes.map((item) => item.id);
      const commitments = ids.length ? await this.commitments.forItems(actor, ids) : [];
      const sourceCounts = await this.sources.countFor(ids);
      for (const item of page.nodes) {
        rows.push(
          toRoadmapRow(
            item,
            commitments.filter((commitment) => commitment.actionItem.id === item.id),
            sourceCounts.get(item.id) ?? 0,
          ),
        );
      }
      after = page.pageInfo.hasNextPage && rows.length < MAX_EXPORT_ROWS ? page.pageInfo.endCursor : null;
    } while (after);
    return rows;
  }
}

function cell(value: string | number | null) {
  if (value === null || value === '') return null;
  return typeof value === 'number' ? { value, type: Number } : { value, type: String };
}

function toFilter(query: RoadmapExportQuery): ActionItemFilter {
  const filter: ActionItemFilter = {};
  const invalid: string[] = [];
  if (query.provincia) {
    if (/^\d{2}$/.test(query.provincia)) filter.provinceCode = query.provincia;
    else invalid.push('provincia');
  }
  const uuid = /^[0-9a-f-]{36}$/i;
  if (query.eje) {
    if (uuid.test(query.eje)) filter.themeId = query.eje;
    else invalid.push('eje');
  }
  if (query.organizacion) {
    if (uuid.test(query.organizacion)) filter.organizationId = query.organizacion;
    else invalid.push('organizacion');
  }
  if (query.estado) {
    const statuses = query.estado.split(',');
    if (statuses.every((status) => status in ActionItemStatus)) filter.statuses = statuses as ActionItemStatus[];
    else invalid.push('estado');
  }
  if (query.prioridad) {
    if (query.prioridad in Priority) filter.priority = query.prioridad as Priority;
    else invalid.push('prioridad');
  }
  if (query.competencia) filter.competencyKey = String(query.competencia).slice(0, 60);
  if (query.q) filter.text = String(query.q).slice(0, 200);
  if (invalid.length > 0) throw AppError.badInput(invalid.map((field) => fieldError(field, 'invalid')));
  return filter;
}
