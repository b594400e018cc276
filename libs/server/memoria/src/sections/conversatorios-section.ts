import { ContributionType } from '@ruta/shared-domain';
import { messages } from '@ruta/shared-i18n';
import type { ContributionCount } from '@ruta/server-contributions';
import type { Conversatorio } from '@ruta/server-conversatorios';
import type { JSONContent } from '@tiptap/core';
import type { MemoriaBlock, MemoriaSection } from '../memoria.model.js';
import { section } from './section.js';

export interface ConversatoriosInput {
  /** In time order, their provinces by code. */
  conversatorios: Conversatorio[];
  /** Each conversatorio's outcome document, resolved; absent while empty. */
  outcomes: ReadonlyMap<string, JSONContent>;
  /** Public contributions by conversatorio, type and province. */
  counts: ContributionCount[];
  /** A province's memoria counts that province only. */
  provinceCode: string | null;
  language: 'es' | 'en';
  date: (value: Date, options: Intl.DateTimeFormatOptions) => string;
}

/** Each conversatorio in scope: its facts, its outcome document, and its contributions by type and province. */
export function conversatoriosSection({
  conversatorios,
  outcomes,
  counts,
  provinceCode,
  language,
  date,
}: ConversatoriosInput): MemoriaSection {
  const t = messages[language].memoria;
  const children = conversatorios.map((conversatorio) => {
    const blocks: MemoriaBlock[] = [
      ...(conversatorio.purpose ? [{ kind: 'paragraph' as const, text: conversatorio.purpose }] : []),
      {
        kind: 'facts',
        entries: [
          { label: t.conversatorioFacts.theme, value: conversatorio.theme.name },
          { label: t.conversatorioFacts.date, value: date(conversatorio.startsAt, { day: 'numeric', month: 'long', year: 'numeric' }) },
          ...(conversatorio.moderator ? [{ label: t.conversatorioFacts.moderator, value: conversatorio.moderator.displayName }] : []),
          { label: t.conversatorioFacts.provinces, value: conversatorio.provinces.map((province) => province.name).join(', ') },
        ],
      },
    ];
    const outcome = outcomes.get(conversatorio.id);
    const own = counts.filter((count) => count.conversatorioId === conversatorio.id);
    const provinces = conversatorio.provinces.filter((province) => !provinceCode || province.code === provinceCode);
    const types = Object.values(ContributionType).filter((type) => own.some((count) => count.type === type));
    const summary: MemoriaBlock =
      types.length === 0
        ? { kind: 'paragraph', text: '—' }
        : {
            kind: 'table',
            columns: [
              messages[language].conversatorios.province,
              ...types.map((type) => messages[language].contributionType[type]),
              t.total,
            ],
            rows: provinces.map((province) => {
              const cells = types.map(
                (type) => own.find((count) => count.type === type && count.provinceCode === province.code)?.count ?? 0,
              );
              return [province.name, ...cells.map(String), String(cells.reduce((sum, value) => sum + value, 0))];
            }),
          };
    return section(`conversatorio-${conversatorio.id}`, conversatorio.title, blocks, [
      section(
        `outcome-${conversatorio.id}`,
        t.outcome,
        outcome ? [{ kind: 'document', json: outcome }] : [{ kind: 'paragraph', text: t.noOutcome, emphasis: true }],
      ),
      section(`contributions-${conversatorio.id}`, t.contributionsSummary, [summary]),
    ]);
  });
  return section('conversatorios', t.conversatorios, [], children);
}
