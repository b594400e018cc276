import type { ActionItemFilter, ActionItemSort, ActionItemStatus, Priority } from '@ruta/web-data-access';

/**
 * The roadmap list's filters live in its URL (so that dashboards link to a filtered list, views
 * can be saved, and exports take the same query): `provincia`, `eje`, `estado` (comma list),
 * `prioridad`, `organizacion`, `competencia`, `q`, `orden`.
 */
export const filterParams = ['provincia', 'eje', 'estado', 'prioridad', 'organizacion', 'competencia', 'q', 'orden'] as const;

export const actionItemStatuses: ActionItemStatus[] = ['PROPOSED', 'AGREED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED'];
export const priorities: Priority[] = ['HIGH', 'MEDIUM', 'LOW'];
export const sorts: ActionItemSort[] = ['UPDATED', 'DUE_DATE', 'PRIORITY', 'PROGRESS', 'TITLE'];

export function filterFromParams(params: URLSearchParams): { filter: ActionItemFilter; sort: ActionItemSort } {
  const statuses = (params.get('estado') ?? '')
    .split(',')
    .filter((status): status is ActionItemStatus => (actionItemStatuses as string[]).includes(status));
  const priority = params.get('prioridad');
  const sort = params.get('orden');
  return {
    filter: {
      provinceCode: params.get('provincia') || undefined,
      themeId: params.get('eje') || undefined,
      statuses: statuses.length ? statuses : undefined,
      priority: (priorities as string[]).includes(priority ?? '') ? (priority as Priority) : undefined,
      organizationId: params.get('organizacion') || undefined,
      competencyKey: params.get('competencia') || undefined,
      text: params.get('q') || undefined,
    },
    sort: (sorts as string[]).includes(sort ?? '') ? (sort as ActionItemSort) : 'UPDATED',
  };
}

/** The list's query string without empty values, e.g. `estado=AGREED&orden=DUE_DATE`. */
export function cleanQuery(params: URLSearchParams): string {
  const clean = new URLSearchParams();
  for (const name of filterParams) {
    const value = params.get(name);
    if (value) clean.set(name, value);
  }
  return clean.toString();
}

/** A link to the roadmap list with these filters. */
export function roadmapHref(filters: Partial<Record<(typeof filterParams)[number], string>>): string {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = query.toString();
  return text ? `/hoja-de-ruta?${text}` : '/hoja-de-ruta';
}
