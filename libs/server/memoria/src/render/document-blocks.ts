import { isAllowedLinkHref } from '@ruta/shared-editor-schema';
import { messages } from '@ruta/shared-i18n';
import type { JSONContent } from '@tiptap/core';
import type { Memoria, MemoriaBlock, MemoriaSection } from '../memoria.model.js';

/**
 * The small intermediate both binary renderers (PDF and DOCX) work from: a `document` block's
 * ProseMirror JSON is walked here, once, into paragraphs of runs, headings, lists, quotes and
 * tables; the memoria's own blocks (tables, lists…) are turned into the same shapes, so each
 * renderer has one way to draw a table or a list.
 */

/** A piece of text with its marks. `href` is only ever an http, https or mailto URL. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  href?: string;
  /** A line break inside the paragraph (the run's text is then empty). */
  lineBreak?: boolean;
}

export interface FlowCell {
  blocks: FlowBlock[];
  header: boolean;
  colspan: number;
  rowspan: number;
  /** The grid column the cell starts at. */
  column: number;
}

export interface FlowTable {
  kind: 'table';
  /** Number of grid columns. */
  columns: number;
  /** Leading rows made only of header cells: repeated on each page. */
  headerRows: number;
  /** Each row holds only the cells that start in it (spanned positions are left out). */
  rows: FlowCell[][];
  /** Relative column weights, one per grid column; none means equal columns. */
  widths?: number[];
}

export type FlowBlock =
  /** `level` is relative to the document: 1 for its top headings; the renderers shift it. */
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[]; muted?: boolean }
  | { kind: 'list'; ordered: boolean; start: number; items: FlowBlock[][] }
  | { kind: 'quote'; blocks: FlowBlock[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  | { kind: 'facts'; entries: Array<{ label: string; value: string }> }
  | FlowTable;

/**
 * Characters XML 1.0 (and so Word) refuses and PDF fonts have no glyph for: C0 controls other than
 * newline (tab becomes spaces, carriage return goes), DEL, lone surrogates, U+FFFE and U+FFFF.
 */
const isUnsafe = (code: number) =>
  (code < 0x20 && code !== 0x0a) || code === 0x7f || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;

/** Text as both formats can hold it: no control characters, tabs as spaces. */
export function plain(text: string): string {
  let out = '';
  // Iterating by code point: a lone surrogate comes alone, a valid pair as one character.
  for (const character of text) {
    if (character === '\t') out += '    ';
    else if (!isUnsafe(character.codePointAt(0)!)) out += character;
  }
  return out;
}

/** A link target the binary formats may keep: http, https or mailto only (never a path, `javascript:` or `data:`). */
export function safeHref(href: unknown): string | undefined {
  if (!isAllowedLinkHref(href)) return undefined;
  const value = href.trim();
  return /^(https?|mailto):/i.test(value) ? value : undefined;
}

/** The text a link's URL adds after it ("text (url)"), or nothing when the text already says it. */
export function linkSuffix(text: string, href: string): string | undefined {
  const normalize = (value: string) =>
    value
      .trim()
      .replace(/^mailto:/i, '')
      .replace(/^https?:\/\//i, '')
      .replace(/\/$/, '')
      .toLowerCase();
  return normalize(text) === normalize(href) ? undefined : href;
}

/** Section numbers as they are printed: "1.", "1.1", "1.1.1". */
export interface NumberedSection {
  number: string;
  /** 1 for the memoria's top sections. */
  level: number;
  section: MemoriaSection;
}

export function numberSections(sections: MemoriaSection[], prefix: number[] = []): NumberedSection[] {
  return sections.flatMap((section, index) => {
    const path = [...prefix, index + 1];
    const number = path.length === 1 ? `${path[0]}.` : path.join('.');
    return [{ number, level: path.length, section }, ...numberSections(section.children, path)];
  });
}

/** A document heading's level once shifted below the section it sits in, capped at the deepest style. */
export function shiftedLevel(documentLevel: number, sectionLevel: number, deepest: number): number {
  return Math.min(Math.max(1, documentLevel) + sectionLevel, deepest);
}

/** The label of the cover's organizers line, in the memoria's language. */
export function organizersLabel(memoria: Memoria): string {
  return messages[memoria.language].memoria.organizers;
}

// ---------------------------------------------------------------------------------------------
// The document walker.

type Marks = Omit<Run, 'text' | 'lineBreak'>;

const textOf = (node: JSONContent): string =>
  node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : (node.content ?? []).map(textOf).join('');

function marksOf(node: JSONContent, inherited: Marks): Marks {
  const marks: Marks = { ...inherited };
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'bold':
        marks.bold = true;
        break;
      case 'italic':
        marks.italic = true;
        break;
      case 'underline':
        marks.underline = true;
        break;
      case 'strike':
        marks.strike = true;
        break;
      case 'code':
        marks.code = true;
        break;
      case 'link': {
        const href = safeHref(mark.attrs?.href);
        if (href) marks.href = href;
        else delete marks.href;
        break;
      }
    }
  }
  return marks;
}

/** The runs of an inline container (paragraph, heading…); unknown inline nodes give their text. */
function inlineRuns(nodes: JSONContent[] | undefined, inherited: Marks = {}): Run[] {
  const runs: Run[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'text') {
      const text = plain(node.text ?? '');
      if (text) runs.push({ text, ...marksOf(node, inherited) });
    } else if (node.type === 'hardBreak') {
      runs.push({ text: '', lineBreak: true });
    } else if (node.content) {
      runs.push(...inlineRuns(node.content, marksOf(node, inherited)));
    } else if (typeof node.text === 'string' && node.text) {
      runs.push({ text: plain(node.text), ...marksOf(node, inherited) });
    }
  }
  // Adjacent runs with the same marks are merged, so that a link's text is one piece.
  return runs.reduce<Run[]>((merged, run) => {
    const last = merged.at(-1);
    if (last && !last.lineBreak && !run.lineBreak && sameMarks(last, run)) last.text += run.text;
    else merged.push({ ...run });
    return merged;
  }, []);
}

const sameMarks = (a: Run, b: Run) =>
  !!a.bold === !!b.bold &&
  !!a.italic === !!b.italic &&
  !!a.underline === !!b.underline &&
  !!a.strike === !!b.strike &&
  !!a.code === !!b.code &&
  a.href === b.href;

const hasText = (runs: Run[]) => runs.some((run) => run.text.trim() !== '');

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : NaN;
  return Number.isFinite(number) ? Math.min(max, Math.max(min, Math.trunc(number))) : fallback;
}

function walkTable(node: JSONContent): FlowTable | null {
  const rowNodes = (node.content ?? []).filter((row) => row.type === 'tableRow' || row.content?.length);
  if (rowNodes.length === 0) return null;
  // Lay the cells on a grid, so that row spans push the next rows' cells to the right columns.
  const occupied: boolean[][] = rowNodes.map(() => []);
  const rows: FlowCell[][] = rowNodes.map((rowNode, rowIndex) => {
    const cells: FlowCell[] = [];
    let column = 0;
    for (const cellNode of rowNode.content ?? []) {
      while (occupied[rowIndex][column]) column += 1;
      const colspan = clampInt(cellNode.attrs?.colspan, 1, 50, 1);
      const rowspan = clampInt(cellNode.attrs?.rowspan, 1, rowNodes.length - rowIndex, 1);
      for (let r = rowIndex; r < rowIndex + rowspan; r += 1) for (let c = column; c < column + colspan; c += 1) occupied[r][c] = true;
      const blocks =
        cellNode.type === 'tableCell' || cellNode.type === 'tableHeader' ? walkBlocks(cellNode.content) : walkBlocks([cellNode]);
      cells.push({ blocks, header: cellNode.type === 'tableHeader', colspan, rowspan, column });
      column += colspan;
    }
    return cells;
  });
  const columns = Math.max(1, ...occupied.map((row) => row.length));
  // Ragged rows are completed with empty cells, so that every row fills the grid.
  rows.forEach((cells, rowIndex) => {
    for (let column = 0; column < columns; column += 1) {
      if (!occupied[rowIndex][column]) {
        occupied[rowIndex][column] = true;
        cells.push({ blocks: [], header: false, colspan: 1, rowspan: 1, column });
      }
    }
    cells.sort((a, b) => a.column - b.column);
  });
  // A first row of header cells (and more rows after it) is the header repeated on each page.
  const headerRows = rows.length > 1 && rows[0].every((cell) => cell.header && cell.rowspan === 1) ? 1 : 0;
  return { kind: 'table', columns, headerRows, rows };
}

function walkNode(node: JSONContent): FlowBlock[] {
  switch (node.type) {
    case 'doc':
      return walkBlocks(node.content);
    case 'paragraph': {
      const runs = inlineRuns(node.content);
      return hasText(runs) ? [{ kind: 'paragraph', runs }] : [];
    }
    case 'heading': {
      const runs = inlineRuns(node.content);
      return hasText(runs) ? [{ kind: 'heading', level: clampInt(node.attrs?.level, 1, 6, 1), runs }] : [];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? [])
        .map((item) => (item.type === 'listItem' ? walkBlocks(item.content) : walkNode(item)))
        .filter((blocks) => blocks.length > 0);
      return items.length
        ? [{ kind: 'list', ordered: node.type === 'orderedList', start: clampInt(node.attrs?.start, 0, 1_000_000, 1), items }]
        : [];
    }
    case 'listItem':
      return walkBlocks(node.content);
    case 'blockquote': {
      const blocks = walkBlocks(node.content);
      return blocks.length ? [{ kind: 'quote', blocks }] : [];
    }
    case 'codeBlock': {
      const text = plain(textOf(node)).replace(/\n+$/, '');
      return text.trim() ? [{ kind: 'code', text }] : [];
    }
    case 'horizontalRule':
      return [{ kind: 'rule' }];
    case 'table': {
      const table = walkTable(node);
      return table ? [table] : [];
    }
    case 'text':
    case 'hardBreak': {
      const runs = inlineRuns([node]);
      return hasText(runs) ? [{ kind: 'paragraph', runs }] : [];
    }
    default: {
      // Anything else (a node type this renderer doesn't know): its text, as a paragraph.
      const text = plain(textOf(node)).trim();
      return text ? [{ kind: 'paragraph', runs: [{ text }] }] : [];
    }
  }
}

function walkBlocks(nodes: JSONContent[] | undefined): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  let inline: JSONContent[] = [];
  // Inline nodes sitting directly among blocks (malformed JSON) are gathered into one paragraph.
  const flush = () => {
    if (inline.length) blocks.push(...walkNode({ type: 'paragraph', content: inline }));
    inline = [];
  };
  for (const node of nodes ?? []) {
    if (node.type === 'text' || node.type === 'hardBreak') inline.push(node);
    else {
      flush();
      blocks.push(...walkNode(node));
    }
  }
  flush();
  return blocks;
}

/** A `document` block's JSON as flow blocks. Never throws on unexpected JSON. */
export function documentBlocks(json: JSONContent | null | undefined): FlowBlock[] {
  if (!json || typeof json !== 'object') return [];
  return walkNode(json);
}

/** A memoria block as flow blocks (a `document` block is walked). */
export function memoriaFlow(block: MemoriaBlock): FlowBlock[] {
  switch (block.kind) {
    case 'paragraph':
      return block.text.trim()
        ? [{ kind: 'paragraph', runs: [{ text: plain(block.text), italic: block.emphasis || undefined }], muted: block.emphasis }]
        : [];
    case 'list':
      return block.items.length
        ? [
            {
              kind: 'list',
              ordered: false,
              start: 1,
              items: block.items.map((item) => [{ kind: 'paragraph', runs: [{ text: plain(item) }] }]),
            },
          ]
        : [];
    case 'facts':
      return block.entries.length
        ? [{ kind: 'facts', entries: block.entries.map((entry) => ({ label: plain(entry.label), value: plain(entry.value) })) }]
        : [];
    case 'table': {
      const columns = Math.max(block.columns.length, ...block.rows.map((row) => row.length), 1);
      const row = (texts: string[], header: boolean): FlowCell[] =>
        Array.from({ length: columns }, (_, column) => ({
          blocks: texts[column]?.trim() ? [{ kind: 'paragraph', runs: [{ text: plain(texts[column]) }] }] : [],
          header,
          colspan: 1,
          rowspan: 1,
          column,
        }));
      const widths =
        block.widths?.length === columns && block.widths.every((width) => Number.isFinite(width) && width > 0) ? block.widths : undefined;
      return [
        {
          kind: 'table',
          columns,
          headerRows: 1,
          rows: [row(block.columns, true), ...block.rows.map((cells) => row(cells, false))],
          widths,
        },
      ];
    }
    case 'document':
      return documentBlocks(block.json);
  }
}
