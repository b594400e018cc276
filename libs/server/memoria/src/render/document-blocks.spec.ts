import {
  documentBlocks,
  linkSuffix,
  memoriaFlow,
  numberSections,
  plain,
  safeHref,
  shiftedLevel,
  type FlowTable,
} from './document-blocks.js';

describe('documentBlocks', () => {
  it('turns paragraphs, headings and marks into runs, merging runs with the same marks', () => {
    const blocks = documentBlocks({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Acuerdos' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Niñez ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'rural', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'tachado', marks: [{ type: 'strike' }, { type: 'italic' }, { type: 'underline' }, { type: 'code' }] },
          ],
        },
        { type: 'paragraph', content: [] },
      ],
    });
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, runs: [{ text: 'Acuerdos' }] },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Niñez rural', bold: true },
          { text: '', lineBreak: true },
          { text: 'tachado', strike: true, italic: true, underline: true, code: true },
        ],
      },
    ]);
  });

  it('keeps only http, https and mailto links', () => {
    const link = (href: string) => ({ type: 'text', text: 'enlace', marks: [{ type: 'link', attrs: { href } }] });
    const [paragraph] = documentBlocks({
      type: 'paragraph',
      content: [
        link('https://example.org'),
        link('javascript:alert(1)'),
        link('java\tscript:alert(1)'),
        link('mailto:a@b.ec'),
        link('/ruta'),
        link('data:text/html,x'),
      ],
    });
    expect(paragraph).toEqual({
      kind: 'paragraph',
      runs: [
        { text: 'enlace', href: 'https://example.org' },
        { text: 'enlaceenlace' },
        { text: 'enlace', href: 'mailto:a@b.ec' },
        { text: 'enlaceenlace' },
      ],
    });
    expect(safeHref(' JavaScript:alert(1)')).toBeUndefined();
    expect(linkSuffix('www.congope.gob.ec', 'https://www.congope.gob.ec/')).toBeUndefined();
    expect(linkSuffix('info@congope.gob.ec', 'mailto:info@congope.gob.ec')).toBeUndefined();
    expect(linkSuffix('portal', 'https://www.congope.gob.ec')).toBe('https://www.congope.gob.ec');
  });

  it('nests lists and quotes, and gives an unknown node’s text as a paragraph', () => {
    const blocks = documentBlocks({
      type: 'doc',
      content: [
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'uno' }] },
                {
                  type: 'bulletList',
                  content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'dos' }] }] }],
                },
              ],
            },
          ],
        },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cita' }] }] },
        { type: 'mysteryWidget', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'misterio' }] }] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'a\u0000b\n' }] },
        { type: 'horizontalRule' },
      ],
    });
    expect(blocks).toEqual([
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [
            { kind: 'paragraph', runs: [{ text: 'uno' }] },
            { kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', runs: [{ text: 'dos' }] }]] },
          ],
        ],
      },
      { kind: 'quote', blocks: [{ kind: 'paragraph', runs: [{ text: 'cita' }] }] },
      { kind: 'paragraph', runs: [{ text: 'misterio' }] },
      { kind: 'code', text: 'ab' },
      { kind: 'rule' },
    ]);
  });

  it('lays table cells on a grid with their spans and a header row', () => {
    const cell = (type: string, text: string, attrs = {}) => ({
      type,
      attrs,
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    });
    const [table] = documentBlocks({
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'A'), cell('tableHeader', 'B'), cell('tableHeader', 'C')] },
        { type: 'tableRow', content: [cell('tableCell', 'alto', { rowspan: 2 }), cell('tableCell', 'ancho', { colspan: 2 })] },
        { type: 'tableRow', content: [cell('tableCell', 'x')] },
      ],
    }) as FlowTable[];
    expect(table.columns).toBe(3);
    expect(table.headerRows).toBe(1);
    expect(table.rows.map((row) => row.map((c) => [c.column, c.colspan, c.rowspan]))).toEqual([
      [
        [0, 1, 1],
        [1, 1, 1],
        [2, 1, 1],
      ],
      [
        [0, 1, 2],
        [1, 2, 1],
      ],
      [
        [1, 1, 1],
        [2, 1, 1],
      ],
    ]);
  });

  it('never throws on odd JSON', () => {
    expect(documentBlocks(null)).toEqual([]);
    expect(documentBlocks({})).toEqual([]);
    expect(
      documentBlocks({
        type: 'doc',
        content: [
          { type: 'table', content: [] },
          { type: 'heading', attrs: { level: 'x' }, content: [{ type: 'text', text: 'h' }] },
        ],
      }),
    ).toEqual([{ kind: 'heading', level: 1, runs: [{ text: 'h' }] }]);
  });
});

describe('memoria blocks and numbering', () => {
  it('numbers sections 1., 1.1, 1.1.1 and shifts document headings below them', () => {
    const leaf = (title: string, children: Parameters<typeof numberSections>[0] = []) => ({ id: title, title, blocks: [], children });
    expect(numberSections([leaf('a', [leaf('b', [leaf('c')])]), leaf('d')]).map(({ number, level }) => [number, level])).toEqual([
      ['1.', 1],
      ['1.1', 2],
      ['1.1.1', 3],
      ['2.', 1],
    ]);
    expect(shiftedLevel(1, 2, 5)).toBe(3);
    expect(shiftedLevel(4, 3, 5)).toBe(5);
  });

  it('makes a memoria table a grid with a header row and its weights', () => {
    const [table] = memoriaFlow({ kind: 'table', columns: ['A', 'B'], rows: [['1'], ['2', '3', '4']], widths: [2, 1] }) as FlowTable[];
    expect(table.columns).toBe(3);
    expect(table.headerRows).toBe(1);
    expect(table.widths).toBeUndefined();
    expect(table.rows.every((row) => row.length === 3)).toBe(true);
    expect(plain('a\u0007b\tc\uD800')).toBe('ab    c');
  });
});
