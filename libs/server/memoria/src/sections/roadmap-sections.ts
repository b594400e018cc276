import { messages } from '@ruta/shared-i18n';
import type { PublicActionItem, SupportCount } from '@ruta/server-roadmap';
import type { MemoriaBlock, MemoriaSection } from '../memoria.model.js';
import { section } from './section.js';

export interface RoadmapInput {
  items: PublicActionItem[];
  support: SupportCount[];
  /** The provinces to list (a province's memoria: that one), by code. */
  provinces: Array<{ code: string; name: string }>;
  themes: Array<{ id: string; key: string; name: string }>;
  /** A province's memoria lists its province even without items. */
  scopeProvinceCode: string | null;
  language: 'es' | 'en';
}

/**
 * The roadmap by province and by theme: each public item with its status, progress and support —
 * "kind (status)" of its accepted and fulfilled commitments, without partners or amounts, which is
 * what everyone who reads an item may know of its support.
 */
export function roadmapSections({ items, support, provinces, themes, scopeProvinceCode, language }: RoadmapInput): MemoriaSection[] {
  const t = messages[language].memoria;
  const supportOf = new Map<string, string[]>();
  for (const row of support) {
    const times = row.count > 1 ? ` ×${row.count}` : '';
    const entry = `${messages[language].commitmentKind[row.kind]}${times} (${messages[language].commitmentStatus[row.status]})`;
    supportOf.set(row.actionItemId, [...(supportOf.get(row.actionItemId) ?? []), entry]);
  }
  const themeName = new Map(themes.map((theme) => [theme.id, theme.name]));
  const provinceName = new Map(provinces.map((province) => [province.code, province.name]));
  const table = (rows: PublicActionItem[], first: 'theme' | 'province'): MemoriaBlock =>
    rows.length === 0
      ? { kind: 'paragraph', text: t.noItems, emphasis: true }
      : {
          kind: 'table',
          columns: [
            t.roadmapColumns.item,
            first === 'theme' ? t.roadmapColumns.theme : t.roadmapColumns.province,
            t.roadmapColumns.status,
            t.roadmapColumns.progress,
            t.roadmapColumns.commitments,
          ],
          widths: [5, 2.5, 1.8, 1.2, 4],
          rows: rows.map((item) => [
            item.title,
            (first === 'theme' ? themeName.get(item.themeId) : provinceName.get(item.leadProvinceCode)) ?? '—',
            messages[language].actionItemStatus[item.status],
            `${item.progress} %`,
            supportOf.get(item.id)?.join('; ') || '—',
          ]),
        };
  return [
    section(
      'roadmap-by-province',
      t.roadmapByProvince,
      [],
      provinces
        .filter((province) =>
          scopeProvinceCode ? province.code === scopeProvinceCode : items.some((item) => item.provinceCodes.includes(province.code)),
        )
        .map((province) =>
          section(`roadmap-province-${province.code}`, province.name, [
            table(
              items.filter((item) => item.provinceCodes.includes(province.code)),
              'theme',
            ),
          ]),
        ),
    ),
    section(
      'roadmap-by-theme',
      t.roadmapByTheme,
      [],
      themes.map((theme) =>
        section(`roadmap-theme-${theme.key}`, theme.name, [
          table(
            items.filter((item) => item.themeId === theme.id),
            'province',
          ),
        ]),
      ),
    ),
  ];
}
