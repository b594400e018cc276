import type { CustomTableLayout, Style } from 'pdfmake/interfaces.js';
import { plain } from './document-blocks.js';

/** The memoria's printed look: page geometry, colours, heading spacing, glyph fallbacks, styles and table layouts. */

const CM = 72 / 2.54;
export const MARGIN = 2.2 * CM;
export const A4 = { width: 595.28, height: 841.89 };
export const TEXT_WIDTH = A4.width - 2 * MARGIN;
/** The deepest heading style: deeper document headings take it too. */
export const DEEPEST = 5;
export const ACCENT = '#0b4f8a';
export const RULE = '#c8ccd0';
export const MUTED = '#555555';

/** Space kept free under a heading: a heading never sits alone at the bottom of a page. */
export const KEEP = 48;
/** Top and bottom margins of the headings, by level. */
export const HEADING_MARGINS: Array<[number, number]> = [
  [0, 4],
  [14, 6],
  [12, 5],
  [10, 4],
  [8, 3],
];

/** Symbols the bundled Roboto has no glyph for, drawn with ones it has (anything else missing shows as a box). */
export const GLYPH_FALLBACKS: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '⇒': '=>',
  '↑': '^',
  '↓': 'v',
  '✓': '√',
  '✔': '√',
  '✗': '×',
  '✘': '×',
  '◦': '·',
  '▪': '■',
  '★': '*',
  '☆': '*',
  '♦': '•',
  '□': '[ ]',
  '▶': '>',
  '►': '>',
  '◀': '<',
  '◄': '<',
  '⚠': '(!)',
};
const MISSING_GLYPHS = new RegExp(`[${Object.keys(GLYPH_FALLBACKS).join('')}]`, 'gu');

/** Text as the PDF draws it: no control characters, no symbol without a glyph. */
export const pdfText = (text: string) => plain(text).replace(MISSING_GLYPHS, (character) => GLYPH_FALLBACKS[character]);

export const styles: Record<string, Style> = {
  h1: { fontSize: 17, bold: true, color: ACCENT },
  h2: { fontSize: 14, bold: true, color: ACCENT },
  h3: { fontSize: 12.5, bold: true },
  h4: { fontSize: 11.5, bold: true },
  h5: { fontSize: 10.5, bold: true, italics: true, color: '#333333' },
  paragraph: { margin: [0, 0, 0, 6] },
  table: { fontSize: 9, lineHeight: 1.15, margin: [0, 4, 0, 10] },
  tableHeader: { bold: true, color: '#1a1a1a' },
  facts: { margin: [0, 2, 0, 8] },
  code: { fontSize: 9, color: '#333333' },
  tocTitle: { fontSize: 17, bold: true, color: ACCENT, margin: [0, 0, 0, 14] },
  tocLevel1: { fontSize: 11, bold: true },
  tocLevel2: { fontSize: 10 },
  coverTitle: { fontSize: 30, bold: true, color: ACCENT, margin: [0, 0, 0, 10] },
  coverSubtitle: { fontSize: 18, margin: [0, 0, 0, 24] },
  coverScope: { fontSize: 13, bold: true, color: ACCENT, margin: [0, 0, 0, 18] },
  coverLine: { fontSize: 11.5, margin: [0, 0, 0, 4] },
  coverOrganizers: { fontSize: 11, margin: [0, 28, 0, 0] },
  coverVersion: { fontSize: 10, italics: true, color: MUTED, margin: [0, 36, 0, 0] },
};

export const tableLayout = (headerRows: number): CustomTableLayout => ({
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  fillColor: (rowIndex) => (rowIndex < headerRows ? '#eef2f6' : (rowIndex - headerRows) % 2 === 1 ? '#f8f9fb' : null),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
});

export const quoteLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: (index) => (index === 0 ? 2 : 0),
  vLineColor: () => RULE,
  paddingLeft: () => 10,
  paddingRight: () => 0,
  paddingTop: () => 1,
  paddingBottom: () => 1,
};

export const factsLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (index) => (index === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 1,
  paddingBottom: () => 1,
};
