import { extractText, getDocumentProxy } from 'unpdf';
import { HOSTILE, SAMPLE_CONTRIBUTION, sampleMemoria } from '../../test/memoria-fixture.js';
import { renderMemoriaPdf } from './pdf.js';

/** PDF text with the line breaks of the layout as plain spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function read(buffer: Buffer) {
  // pdf.js takes the bytes over: it is given a copy.
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
  return { pages: totalPages, text: flat(text), info };
}

describe('renderMemoriaPdf', () => {
  const memoria = sampleMemoria();
  let buffer: Buffer;
  let pdf: Awaited<ReturnType<typeof read>>;

  beforeAll(async () => {
    const started = performance.now();
    buffer = await renderMemoriaPdf(memoria);
    console.info(`memoria PDF (sample): ${Math.round(performance.now() - started)} ms, ${buffer.length} bytes`);
    pdf = await read(buffer);
  });

  it('is a PDF with a cover, a table of contents and every section', () => {
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.pages).toBeGreaterThan(3);
    expect(pdf.text).toContain(memoria.title);
    expect(pdf.text).toContain(memoria.subtitle);
    expect(pdf.text).toContain('Organizan:');
    expect(pdf.text).toContain(memoria.versionLabel);
    expect(pdf.text).toContain(memoria.labels.contents);
    memoria.sections.forEach((section, index) => expect(pdf.text).toContain(`${index + 1}. ${section.title}`));
    expect(pdf.text).toContain('6.1 Azuay');
    expect(pdf.text).toContain('5.1.1 Relatoría');
  });

  it('lists the level-1 and level-2 headings with their page numbers in the table of contents', async () => {
    const first = await getDocumentProxy(new Uint8Array(buffer));
    const { text } = await extractText(first, { mergePages: false });
    const contents = flat(text[1]);
    expect(contents).toContain(memoria.labels.contents);
    expect(contents).toMatch(/1\. Presentación \d+/);
    expect(contents).toMatch(/6\.1 Azuay \d+/);
    expect(contents).not.toContain('5.1.1');
    // The page a heading is listed on is the page it is on.
    const listed = Number(/5\. Conversatorios (\d+)/.exec(contents)?.[1]);
    expect(flat(text[listed - 1])).toContain('5. Conversatorios');
  });

  it('numbers the pages after the cover', async () => {
    const first = await getDocumentProxy(new Uint8Array(buffer));
    const { text } = await extractText(first, { mergePages: false });
    expect(flat(text[0])).not.toContain(memoria.labels.page);
    expect(flat(text[1])).toContain(`${memoria.labels.page} 2 ${memoria.labels.of} ${pdf.pages}`);
    expect(flat(text[pdf.pages - 1])).toContain(`${memoria.labels.page} ${pdf.pages} ${memoria.labels.of} ${pdf.pages}`);
  });

  it('renders the conversatorios’ documents: accents, marks, lists, tables, links as text', () => {
    expect(pdf.text).toContain(SAMPLE_CONTRIBUTION);
    expect(pdf.text).toContain('Síntesis del diálogo');
    expect(pdf.text).toContain('Conformar la mesa técnica');
    expect(pdf.text).toContain('portal del CONGOPE (https://www.congope.gob.ec/foro)');
    // A link whose text is its URL is not repeated; `mailto:` links neither.
    expect(pdf.text).not.toContain('(https://www.congope.gob.ec)');
    expect(pdf.text).not.toContain('(mailto:');
    // An unknown node's text.
    expect(pdf.text).toContain('Nota de la secretaría');
  });

  it('keeps hostile strings as inert text', () => {
    expect(pdf.text).toContain(HOSTILE.script);
    expect(pdf.text).toContain(HOSTILE.formula);
    expect(pdf.text).toContain('ver detalle.');
    const raw = buffer.toString('latin1');
    expect(raw).not.toContain('javascript:');
    expect(raw).not.toContain('/JS');
    expect(raw).not.toContain('/JavaScript');
    // No remote link at all: only the table of contents' links inside the document.
    expect(raw).not.toContain('/URI');
  });

  it('has the metadata', () => {
    expect(pdf.info.Title).toBe(`${memoria.title} — ${memoria.subtitle}`);
    expect(pdf.info.Subject).toBe(memoria.scopeLabel);
    expect(pdf.info.Creator).toBe('Ruta');
  });

  it('loses no text of a table row taller than a page', async () => {
    const long = `${Array.from({ length: 2500 }, (_, index) => `palabra${index}`).join(' ')} ÚLTIMA`;
    const tall = sampleMemoria();
    tall.sections = [
      {
        id: 'tall',
        title: 'Fila larga',
        blocks: [
          {
            kind: 'table',
            columns: ['Acción', 'Detalle'],
            widths: [1, 3],
            rows: [
              ['Una', long],
              ['Dos', 'después'],
            ],
          },
        ],
        children: [],
      },
    ];
    const { text } = await read(await renderMemoriaPdf(tall));
    expect(text).toContain('palabra2499 ÚLTIMA');
    expect(text).toContain('después');
  });

  it('renders a large memoria (24 provinces × 30 items) with tables over many pages', async () => {
    const started = performance.now();
    const large = await renderMemoriaPdf(sampleMemoria({ large: true }));
    const elapsed = Math.round(performance.now() - started);
    const { pages, text } = await read(large);
    console.info(`memoria PDF (large): ${elapsed} ms, ${pages} pages, ${large.length} bytes`);
    expect(pages).toBeGreaterThan(100);
    expect(text).toContain('6.24 Santa Elena');
    expect(text).toContain('Santo Domingo de los Tsáchilas');
  });
});
