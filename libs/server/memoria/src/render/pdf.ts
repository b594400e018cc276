import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Memoria, MemoriaSection } from '../memoria.model.js';
import {
  linkSuffix,
  memoriaFlow,
  numberSections,
  organizersLabel,
  plain,
  shiftedLevel,
  type FlowBlock,
  type FlowTable,
  type Run,
} from './document-blocks.js';
import {
  MARGIN,
  A4,
  TEXT_WIDTH,
  DEEPEST,
  ACCENT,
  RULE,
  MUTED,
  KEEP,
  HEADING_MARGINS,
  pdfText,
  styles,
  tableLayout,
  quoteLayout,
  factsLayout,
} from './pdf-style.js';

// pdfmake 0.3 on Node is a singleton (`module.exports = new pdfmake()`), configured once here: the
// Roboto files it ships, read from disk; no URL may ever be fetched and no other local file read.
const fontDirectory = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const fontFiles = {
  normal: path.join(fontDirectory, 'Roboto-Regular.ttf'),
  bold: path.join(fontDirectory, 'Roboto-Medium.ttf'),
  italics: path.join(fontDirectory, 'Roboto-Italic.ttf'),
  bolditalics: path.join(fontDirectory, 'Roboto-MediumItalic.ttf'),
};
const allowedFiles = new Set(Object.values(fontFiles));
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => allowedFiles.has(path.resolve(file)));

/** Runs as pdfmake inlines: marks as styles, a link as its text then its URL in parentheses. */
function inlines(runs: Run[]): ContentText[] {
  const out: ContentText[] = [];
  let linkText = '';
  runs.forEach((run, index) => {
    if (run.lineBreak) {
      out.push({ text: '\n' });
      return;
    }
    const decoration = [run.underline && 'underline', run.strike && 'lineThrough'].filter(
      (value): value is 'underline' | 'lineThrough' => !!value,
    );
    out.push({
      text: pdfText(run.text),
      bold: run.bold || undefined,
      italics: run.italic || undefined,
      // pdfmake draws one decoration per inline.
      decoration: decoration[0],
      background: run.code ? '#eef0f2' : undefined,
      color: run.href ? ACCENT : undefined,
    });
    // Plain text only, no clickable remote link: the PDF holds no /URI action at all.
    linkText = run.href ? linkText + run.text : '';
    if (run.href && runs[index + 1]?.href !== run.href) {
      const suffix = linkSuffix(linkText, run.href);
      if (suffix) out.push({ text: ` (${suffix})`, color: MUTED });
      linkText = '';
    }
  });
  return out;
}

function table(block: FlowTable, sectionLevel: number): Content {
  const body: TableCell[][] = block.rows.map((cells) => {
    const row: TableCell[] = Array.from({ length: block.columns }, () => ({ text: '' }));
    for (const cell of cells) {
      const content = cell.blocks.length ? flow(cell.blocks, sectionLevel, true) : [{ text: '' }];
      row[cell.column] = {
        stack: content,
        style: cell.header ? 'tableHeader' : undefined,
        colSpan: cell.colspan > 1 ? cell.colspan : undefined,
        rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
      };
    }
    return row;
  });
  const total = block.widths?.reduce((sum, width) => sum + width, 0);
  const widths =
    block.widths && total
      ? block.widths.map((width) => `${((width / total) * 100).toFixed(3)}%`)
      : Array.from({ length: block.columns }, () => '*');
  // Both keep rows in one piece (pdfmake's unbreakable blocks), which loses what a row taller than a page doesn't fit.
  const unbreakableRows = !hasTallRow(block);
  return {
    style: 'table',
    table: {
      headerRows: block.headerRows,
      keepWithHeaderRows: block.headerRows && unbreakableRows ? 1 : undefined,
      dontBreakRows: unbreakableRows,
      widths,
      body,
    },
    layout: tableLayout(block.headerRows),
  };
}

/** The length of each line of text the blocks hold, as written (before wrapping). */
function lineLengths(blocks: FlowBlock[]): number[] {
  return blocks.flatMap((block): number[] => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph': {
        const lines = [0];
        for (const run of block.runs) {
          if (run.lineBreak) lines.push(0);
          else lines[lines.length - 1] += run.text.length + (run.href ? run.href.length + 3 : 0);
        }
        return lines;
      }
      case 'code':
        return block.text.split('\n').map((line) => line.length);
      case 'list':
        return block.items.flatMap(lineLengths);
      case 'quote':
        return lineLengths(block.blocks);
      case 'facts':
        return block.entries.map((entry) => entry.label.length + entry.value.length + 2);
      case 'table':
        return block.rows.flatMap((cells) => cells.flatMap((cell) => lineLengths(cell.blocks)));
      case 'rule':
        return [0];
    }
  });
}

/**
 * `dontBreakRows` keeps each row on one page (and `keepWithHeaderRows` the header with the first
 * row), but pdfmake drops what doesn't fit when such a block is taller than a page: when a row may
 * come near that (its wrapped lines estimated generously), the table's rows may break instead.
 */
function hasTallRow(block: FlowTable): boolean {
  const weights = block.widths ?? Array.from({ length: block.columns }, () => 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const columnWidth = weights.map((weight) => (weight / total) * TEXT_WIDTH);
  const lineHeight = 9 * 1.15 * 1.2;
  const averageCharacter = 9 * 0.55;
  const limit = (A4.height - 2 * MARGIN) * 0.6;
  return block.rows.some((cells) =>
    cells.some((cell) => {
      const width = columnWidth.slice(cell.column, cell.column + cell.colspan).reduce((sum, value) => sum + value, 0) - 8;
      const perLine = Math.max(1, Math.floor(width / averageCharacter));
      const lines = lineLengths(cell.blocks).reduce((sum, length) => sum + Math.max(1, Math.ceil(length / perLine)), 0);
      return (lines * lineHeight) / cell.rowspan > limit;
    }),
  );
}

/** Flow blocks as pdfmake content; `sectionLevel` is the level of the section the blocks sit in. */
function flow(blocks: FlowBlock[], sectionLevel: number, compact = false): Content[] {
  return blocks.map((block, index): Content => {
    const last = index === blocks.length - 1;
    switch (block.kind) {
      case 'heading': {
        const level = shiftedLevel(block.level, sectionLevel, DEEPEST);
        const [top, bottom] = HEADING_MARGINS[level - 1];
        const node: Content = { text: inlines(block.runs), style: `h${level}`, headlineLevel: level, margin: [0, top, 0, bottom] };
        return compact ? node : keptWithNext([node]);
      }
      case 'paragraph':
        return {
          text: inlines(block.runs),
          style: compact ? undefined : 'paragraph',
          color: block.muted ? MUTED : undefined,
          margin: compact ? [0, 0, 0, last ? 0 : 3] : undefined,
        };
      case 'list': {
        const items = block.items.map((item): Content =>
          item.length === 1 ? flow(item, sectionLevel, true)[0] : { stack: flow(item, sectionLevel, true) },
        );
        const margin: [number, number, number, number] = [compact ? 0 : 4, 0, 0, compact && last ? 0 : 6];
        return block.ordered ? { ol: items, start: block.start, margin } : { ul: items, margin };
      }
      case 'quote':
        return {
          table: { widths: ['*'], body: [[{ stack: flow(block.blocks, sectionLevel, true), color: MUTED, italics: true }]] },
          layout: quoteLayout,
          margin: [8, 2, 0, compact && last ? 0 : 8],
        };
      case 'code':
        return {
          table: { widths: ['*'], body: [[{ text: pdfText(block.text), style: 'code', preserveLeadingSpaces: true }]] },
          layout: {
            ...quoteLayout,
            fillColor: () => '#f3f4f6',
            vLineWidth: () => 0,
            paddingLeft: () => 6,
            paddingTop: () => 4,
            paddingBottom: () => 4,
          },
          margin: [0, 2, 0, compact && last ? 0 : 8],
        };
      case 'rule':
        return {
          canvas: [{ type: 'line', x1: 0, y1: 0, x2: compact ? 60 : TEXT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: RULE }],
          margin: [0, 6, 0, 8],
        };
      case 'facts':
        return {
          table: {
            widths: ['auto', '*'],
            body: block.entries.map((entry) => [{ text: `${pdfText(entry.label)}:`, bold: true }, { text: pdfText(entry.value) || '—' }]),
          },
          layout: factsLayout,
          style: compact ? undefined : 'facts',
        };
      case 'table':
        return table(block, sectionLevel);
    }
  });
}

function section(entry: { number: string; level: number; section: MemoriaSection }): Content[] {
  const level = Math.min(entry.level, DEEPEST);
  const [top, bottom] = HEADING_MARGINS[level - 1];
  const heading: Content = {
    text: `${entry.number} ${pdfText(entry.section.title)}`,
    style: `h${level}`,
    headlineLevel: level,
    margin: [0, top, 0, bottom],
    tocItem: entry.level <= 2 ? true : undefined,
    tocStyle: entry.level === 1 ? 'tocLevel1' : 'tocLevel2',
    tocMargin: entry.level === 1 ? [0, 6, 0, 1] : [14, 0.5, 0, 0.5],
  };
  const rule: Content[] =
    entry.level === 1
      ? [{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 1, lineColor: ACCENT }], margin: [0, 0, 0, 12] }]
      : [];
  // A heading straight above a subsection's heading keeps room for that heading and its first lines too.
  const keep = entry.section.blocks.length === 0 && entry.section.children.length > 0 ? 2 * KEEP : KEEP;
  return [keptWithNext([heading, ...rule], entry.level === 1, keep), ...flow(entry.section.blocks.flatMap(memoriaFlow), entry.level)];
}

/**
 * Keeping a heading with what follows without pdfmake's `pageBreakBefore` (which lays the whole
 * document out again for each heading it moves: 5× slower on a long memoria): the heading is an
 * unbreakable block with `keep` points of empty space under it, so it moves to the next page when
 * that space isn't there, and the next node is pulled back up by as much (see `pullUp`).
 */
const kept = new WeakMap<object, number>();

function keptWithNext(nodes: Content[], newPage = false, keep = KEEP): Content {
  const last = nodes.at(-1) as { margin: [number, number, number, number] };
  last.margin = [last.margin[0], last.margin[1], last.margin[2], last.margin[3] + keep];
  const block: Content = { stack: nodes, unbreakable: true, pageBreak: newPage ? 'before' : undefined };
  kept.set(block, keep);
  return block;
}

/** The node after each kept heading, pulled back up by the space kept under the heading. */
function pullUp(nodes: Content[]): Content[] {
  return nodes.map((node, index) =>
    index > 0 && kept.has(nodes[index - 1] as object) ? { stack: [node], margin: [0, -kept.get(nodes[index - 1] as object)!, 0, 0] } : node,
  );
}

function cover(memoria: Memoria): Content[] {
  return [
    { text: pdfText(memoria.title), style: 'coverTitle', margin: [0, 150, 0, 10] },
    { text: pdfText(memoria.subtitle), style: 'coverSubtitle' },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 2, lineColor: ACCENT }], margin: [0, 0, 0, 18] },
    { text: pdfText(memoria.scopeLabel), style: 'coverScope' },
    ...memoria.cover.lines.filter((line) => line.trim()).map((line): Content => ({ text: pdfText(line), style: 'coverLine' })),
    ...(memoria.cover.organizers.length
      ? [
          {
            text: [{ text: `${organizersLabel(memoria)}: `, bold: true }, { text: pdfText(memoria.cover.organizers.join(' · ')) }],
            style: 'coverOrganizers',
          },
        ]
      : []),
    { text: pdfText(memoria.versionLabel), style: 'coverVersion', pageBreak: 'after' },
  ];
}

/** The memoria as an A4 PDF: cover, table of contents with page numbers, numbered sections. */
export async function renderMemoriaPdf(memoria: Memoria): Promise<Buffer> {
  const { labels } = memoria;
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    language: memoria.language,
    displayTitle: true,
    info: { title: plain(`${memoria.title} — ${memoria.subtitle}`), subject: plain(memoria.scopeLabel), creator: 'Ruta', producer: 'Ruta' },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25, color: '#1a1a1a' },
    styles,
    footer: (currentPage, pageCount) =>
      currentPage === 1
        ? null
        : {
            text: `${pdfText(labels.page)} ${currentPage} ${pdfText(labels.of)} ${pageCount}`,
            alignment: 'right',
            fontSize: 8.5,
            color: MUTED,
            margin: [MARGIN, MARGIN / 2 - 4, MARGIN, 0],
          },
    content: [
      ...cover(memoria),
      {
        toc: { title: { text: pdfText(labels.contents), style: 'tocTitle' }, numberStyle: { fontSize: 10 }, outlines: true },
      },
      ...pullUp(numberSections(memoria.sections).flatMap(section)),
    ],
  };
  pdfmake.setFonts({ Roboto: { ...fontFiles } });
  return pdfmake.createPdf(definition).getBuffer();
}
