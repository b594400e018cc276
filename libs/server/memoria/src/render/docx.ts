import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ILevelsOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { Memoria } from '../memoria.model.js';
import {
  memoriaFlow,
  numberSections,
  organizersLabel,
  plain,
  shiftedLevel,
  type FlowBlock,
  type FlowTable,
  type Run,
} from './document-blocks.js';

/** Twips (1/20 pt): A4, margins of 2.2 cm. */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = 1247;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN;
/** The deepest heading style, as in the PDF. */
const DEEPEST = 5;
const ACCENT = '0B4F8A';
const RULE = 'C8CCD0';
const MUTED = '555555';
/** Half-points. */
const BODY_SIZE = 21;
const TABLE_SIZE = 18;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const;
const heading = (level: number) => HEADINGS[Math.min(Math.max(level, 1), DEEPEST) - 1];

const BULLETS = 'memoria-bullets';
const bulletLevels: ILevelsOptions[] = Array.from({ length: 9 }, (_, level) => ({
  level,
  format: LevelFormat.BULLET,
  text: ['•', '◦', '▪'][level % 3],
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
}));
const orderedLevels = (start: number): ILevelsOptions[] =>
  Array.from({ length: 9 }, (_, level) => ({
    level,
    format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3],
    text: `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 300 } } },
  }));

/** Where a block is drawn: in a table cell (smaller text), in a quote, in a list item. */
interface Context {
  sectionLevel: number;
  /** Half-points; none lets the paragraph style decide (headings). */
  size?: number;
  inCell: boolean;
  quote: boolean;
  /** The list level of the blocks (−1 outside lists). */
  listLevel: number;
  /** A new `instance` for each ordered list, so that each starts at its own number. */
  nextInstance: () => number;
}

function textRuns(runs: Run[], context: Context, muted = false): ParagraphChild[] {
  return runs.map((run): ParagraphChild => {
    if (run.lineBreak) return new TextRun({ break: 1 });
    const options = {
      text: run.text,
      bold: run.bold || undefined,
      italics: run.italic || context.quote || undefined,
      underline: run.underline ? {} : undefined,
      strike: run.strike || undefined,
      size: context.size,
      color: context.quote || muted ? MUTED : undefined,
      font: run.code ? 'Consolas' : undefined,
      shading: run.code ? { type: ShadingType.CLEAR, fill: 'EEF0F2', color: 'auto' } : undefined,
    };
    // Only http, https and mailto links reach here (the walker drops the rest).
    return run.href
      ? new ExternalHyperlink({ link: run.href, children: [new TextRun({ ...options, style: 'Hyperlink' })] })
      : new TextRun(options);
  });
}

function paragraphOptions(context: Context): Partial<IParagraphOptions> {
  return {
    spacing: context.inCell ? { before: 0, after: 40 } : undefined,
    ...(context.quote ? { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: RULE, space: 8 } } } : {}),
  };
}

function table(block: FlowTable, context: Context): Table {
  const weights = block.widths ?? Array.from({ length: block.columns }, () => 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const available = context.inCell ? Math.round(TEXT_WIDTH / 2) : TEXT_WIDTH;
  const columnWidths = weights.map((weight) => Math.max(300, Math.floor((weight / total) * available)));
  const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
  const cellContext: Context = { ...context, size: TABLE_SIZE, inCell: true, quote: false, listLevel: -1 };
  return new Table({
    width: { size: columnWidths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: block.rows.map(
      (cells, rowIndex) =>
        new TableRow({
          tableHeader: rowIndex < block.headerRows || undefined,
          cantSplit: true,
          children: cells.map((cell) => {
            const content = flow(cell.blocks, cellContext, cell.header);
            return new TableCell({
              children: content.length ? content : [new Paragraph({ spacing: { before: 0, after: 0 } })],
              columnSpan: cell.colspan > 1 ? cell.colspan : undefined,
              rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
              shading: rowIndex < block.headerRows || cell.header ? { type: ShadingType.CLEAR, fill: 'EEF2F6', color: 'auto' } : undefined,
              margins: { top: 40, bottom: 40, left: 80, right: 80 },
            });
          }),
        }),
    ),
  });
}

/** Flow blocks as Word paragraphs and tables; `bold` makes every run bold (header cells). */
function flow(blocks: FlowBlock[], context: Context, bold = false): Array<Paragraph | Table> {
  const boldRuns = (runs: Run[]) => (bold ? runs.map((run) => ({ ...run, bold: true })) : runs);
  return blocks.flatMap((block): Array<Paragraph | Table> => {
    switch (block.kind) {
      case 'heading':
        return [
          new Paragraph({
            heading: heading(shiftedLevel(block.level, context.sectionLevel, DEEPEST)),
            children: textRuns(block.runs, { ...context, size: undefined }),
          }),
        ];
      case 'paragraph':
        return [
          new Paragraph({
            ...paragraphOptions(context),
            children: textRuns(boldRuns(block.runs), context, block.muted),
            ...(context.listLevel >= 0 ? { indent: { left: 360 * (context.listLevel + 1) } } : {}),
          }),
        ];
      case 'list': {
        const level = Math.min(context.listLevel + 1, 8);
        const instance = context.nextInstance();
        const reference = block.ordered
          ? block.start === 1
            ? 'memoria-ordered'
            : { reference: `memoria-ordered-from-${block.start}`, levels: orderedLevels(block.start) }
          : BULLETS;
        return block.items.flatMap((item) => {
          const [first, ...rest] = item;
          const head =
            first?.kind === 'paragraph'
              ? [
                  new Paragraph({
                    ...paragraphOptions(context),
                    children: textRuns(boldRuns(first.runs), context),
                    numbering: { reference, level, instance },
                    spacing: { after: 60 },
                  }),
                ]
              : [
                  new Paragraph({ numbering: { reference, level, instance }, spacing: { after: 0 } }),
                  ...flow([first], { ...context, listLevel: level }, bold),
                ];
          return [...head, ...flow(rest, { ...context, listLevel: level }, bold)];
        });
      }
      case 'quote':
        return flow(block.blocks, { ...context, quote: true }, bold);
      case 'code':
        return [
          new Paragraph({
            shading: { type: ShadingType.CLEAR, fill: 'F3F4F6', color: 'auto' },
            children: block.text
              .split('\n')
              .map((line, index) => new TextRun({ text: line, break: index ? 1 : undefined, font: 'Consolas', size: TABLE_SIZE })),
          }),
        ];
      case 'rule':
        return [
          new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 1 } }, spacing: { after: 200 } }),
        ];
      case 'facts':
        return block.entries.map(
          (entry, index) =>
            new Paragraph({
              spacing: { after: index === block.entries.length - 1 ? 160 : 40 },
              children: [
                new TextRun({ text: `${entry.label}: `, bold: true, size: context.size }),
                new TextRun({ text: entry.value || '—', size: context.size }),
              ],
            }),
        );
      case 'table':
        // A table right after another one would merge with it in Word: an empty paragraph separates them.
        return [table(block, context), new Paragraph({ spacing: { before: 0, after: 80 } })];
    }
  });
}

/** The memoria as an editable Word document: real heading styles, a TOC field, real tables and lists. */
export async function renderMemoriaDocx(memoria: Memoria): Promise<Buffer> {
  const { labels } = memoria;
  let instance = 0;
  const nextInstance = () => (instance += 1);

  const cover: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: plain(memoria.title), spacing: { before: 2800, after: 200 } }),
    new Paragraph({ children: [new TextRun({ text: plain(memoria.subtitle), size: 36 })], spacing: { after: 480 } }),
    new Paragraph({
      children: [new TextRun({ text: plain(memoria.scopeLabel), size: 26, bold: true, color: ACCENT })],
      spacing: { after: 360 },
    }),
    ...memoria.cover.lines
      .filter((line) => line.trim())
      .map((line) => new Paragraph({ children: [new TextRun({ text: plain(line), size: 23 })], spacing: { after: 80 } })),
    ...(memoria.cover.organizers.length
      ? [
          new Paragraph({
            spacing: { before: 560 },
            children: [
              new TextRun({ text: `${organizersLabel(memoria)}: `, bold: true, size: 22 }),
              new TextRun({ text: plain(memoria.cover.organizers.join(' · ')), size: 22 }),
            ],
          }),
        ]
      : []),
    new Paragraph({
      spacing: { before: 720 },
      children: [new TextRun({ text: plain(memoria.versionLabel), italics: true, color: MUTED, size: 20 })],
    }),
  ];

  const contents: FileChild[] = [
    new Paragraph({ style: 'TOCHeading', text: plain(labels.contents), pageBreakBefore: true }),
    new TableOfContents(plain(labels.contents), { hyperlink: true, headingStyleRange: '1-2' }),
  ];

  const body = numberSections(memoria.sections).flatMap(({ number, level, section }) => [
    new Paragraph({ heading: heading(level), text: `${number} ${plain(section.title)}`, pageBreakBefore: level === 1 || undefined }),
    ...flow(section.blocks.flatMap(memoriaFlow), {
      sectionLevel: level,
      size: BODY_SIZE,
      inCell: false,
      quote: false,
      listLevel: -1,
      nextInstance,
    }),
  ]);

  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: [`${plain(labels.page)} `, PageNumber.CURRENT, ` ${plain(labels.of)} `, PageNumber.TOTAL_PAGES],
            size: 17,
            color: MUTED,
          }),
        ],
      }),
    ],
  });

  // The outline level makes them headings for Word's navigation pane and TOC field whatever the style's name.
  const headingStyle = (level: number, size: number, options: { color?: string; italics?: boolean; before: number; after: number }) => ({
    run: { size, bold: true, color: options.color ?? '1A1A1A', italics: options.italics },
    paragraph: { spacing: { before: options.before, after: options.after }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
  });

  const document = new Document({
    creator: 'Ruta',
    lastModifiedBy: 'Ruta',
    title: plain(`${memoria.title} — ${memoria.subtitle}`),
    subject: plain(memoria.scopeLabel),
    description: plain(memoria.versionLabel),
    // Word refreshes the table of contents (and the page numbers) when it opens the file.
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: BODY_SIZE, color: '1A1A1A' }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { size: 60, bold: true, color: ACCENT }, paragraph: { spacing: { after: 200 } } },
        heading1: headingStyle(1, 34, { color: ACCENT, before: 0, after: 240 }),
        heading2: headingStyle(2, 28, { color: ACCENT, before: 320, after: 120 }),
        heading3: headingStyle(3, 25, { before: 240, after: 100 }),
        heading4: headingStyle(4, 23, { before: 200, after: 80 }),
        heading5: headingStyle(5, 21, { italics: true, color: '333333', before: 160, after: 60 }),
      },
      paragraphStyles: [
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 34, bold: true, color: ACCENT },
          paragraph: { spacing: { after: 240 } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: bulletLevels },
        { reference: 'memoria-ordered', levels: orderedLevels(1) },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: PAGE, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 567, footer: 567 } },
        },
        // The cover (the section's first page) has no footer.
        footers: { default: footer, first: new Footer({ children: [new Paragraph({})] }) },
        children: [...cover, ...contents, ...body],
      },
    ],
  });
  return Packer.toBuffer(document);
}
