import type { JSONContent } from '@tiptap/core';

/**
 * The memoria de trabajo as one format-neutral model: assembled once from the live data, then
 * rendered to HTML, Markdown, PDF and DOCX. Everything in it is plain text or document JSON of the
 * shared editor schema; no renderer reads the database.
 */
export interface Memoria {
  language: 'es' | 'en';
  /** E.g. "Memoria de trabajo". */
  title: string;
  /** The forum's name. */
  subtitle: string;
  /** What the memoria covers, e.g. "Todo el foro", "Eje: Paradiplomacia", "Provincia: Azuay". */
  scopeLabel: string;
  /** E.g. "Borrador generado el 24 de noviembre de 2026" or "Versión 2 publicada el …". */
  versionLabel: string;
  cover: {
    /** Lines under the title: dates, modality. */
    lines: string[];
    /** "Organizan: …". */
    organizers: string[];
  };
  /** Labels of the fixed parts in the memoria's language. */
  labels: { contents: string; page: string; of: string };
  sections: MemoriaSection[];
}

/** A numbered part of the memoria (level 1), possibly with subsections (levels 2 and 3). */
export interface MemoriaSection {
  /** Stable anchor, e.g. `agenda`, `roadmap-province-01`. */
  id: string;
  title: string;
  blocks: MemoriaBlock[];
  children: MemoriaSection[];
}

export type MemoriaBlock =
  | { kind: 'paragraph'; text: string; emphasis?: boolean }
  | { kind: 'list'; items: string[] }
  /** A table; the first row of `rows` is NOT a header: `columns` is. Widths are relative weights. */
  | { kind: 'table'; columns: string[]; rows: string[][]; widths?: number[] }
  /** Label–value pairs (a speaker's organisation and role, an item's dates…). */
  | { kind: 'facts'; entries: Array<{ label: string; value: string }> }
  /**
   * A rich document (an outcome document, a ponencia) as JSON of the shared schema, already
   * resolved: mentions are text, action item blocks are paragraphs. Its headings start at level 1
   * and are shifted below the section they sit in by the renderers.
   */
  | { kind: 'document'; json: JSONContent };
