import JSZip from 'jszip';
import { renderMemoriaDocx } from './docx.js';
import { HOSTILE, SAMPLE_CONTRIBUTION, sampleMemoria } from '../../test/memoria-fixture.js';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text of each paragraph of a style, in order. */
function paragraphs(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)]
    .map(([, paragraph]) => paragraph)
    .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${style}"/>`))
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => text).join(''));
}

describe('renderMemoriaDocx', () => {
  const memoria = sampleMemoria();
  let zip: JSZip;
  let document: string;

  beforeAll(async () => {
    const started = performance.now();
    const buffer = await renderMemoriaDocx(memoria);
    console.info(`memoria DOCX (sample): ${Math.round(performance.now() - started)} ms, ${buffer.length} bytes`);
    zip = await JSZip.loadAsync(buffer);
    document = await zip.file('word/document.xml')!.async('string');
  });

  it('uses Word’s heading styles, numbered as in the PDF', () => {
    expect(paragraphs(document, 'Title')).toEqual([memoria.title]);
    expect(paragraphs(document, 'Heading1')).toEqual(memoria.sections.map((section, index) => escapeXml(`${index + 1}. ${section.title}`)));
    expect(paragraphs(document, 'Heading2')).toContain('6.1 Azuay');
    expect(paragraphs(document, 'Heading3')).toContain('5.1.1 Relatoría');
    // A document's headings go below the section they sit in (5.1.1 is level 3: its h1 is level 4).
    expect(paragraphs(document, 'Heading4')).toContain('Síntesis del diálogo');
    expect(document).toContain('<w:pageBreakBefore/>');
  });

  it('has a table of contents field of the level-1 and level-2 headings, refreshed when Word opens it', async () => {
    expect(document).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/);
    expect(document).toMatch(/<w:instrText[^>]*>TOC [^<]*\\h/);
    expect(paragraphs(document, 'TOCHeading')).toEqual([memoria.labels.contents]);
    expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:updateFields/>');
  });

  it('has real tables with a repeated header row and rows that do not split', () => {
    expect((document.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(10);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:cantSplit/>');
    expect(document).toContain('<w:gridSpan w:val="3"/>');
  });

  it('has lists, marks, links and the documents’ text', async () => {
    expect(document).toContain(escapeXml(SAMPLE_CONTRIBUTION));
    expect(document).toContain('<w:numPr>');
    expect(document).toContain('<w:strike/>');
    expect(document).toMatch(/<w:u w:val="single"\/>/);
    expect(await zip.file('word/numbering.xml')!.async('string')).toContain('w:val="bullet"');
    const relationships = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const targets = [...relationships.matchAll(/Type="[^"]*\/hyperlink" Target="([^"]*)"/g)].map(([, target]) => target);
    expect(targets).toContain('https://www.congope.gob.ec/foro');
    expect(targets).toContain('mailto:foro@congope.gob.ec');
    expect(targets.every((target) => /^(https?|mailto):/.test(target))).toBe(true);
  });

  it('has page numbers in the footer, not on the cover', async () => {
    const footers = await Promise.all(zip.file(/^word\/footer\d+\.xml$/).map((file) => file.async('string')));
    expect(footers.some((footer) => footer.includes('PAGE') && footer.includes('NUMPAGES') && footer.includes(memoria.labels.page))).toBe(
      true,
    );
    expect(document).toContain('<w:titlePg/>');
  });

  it('has the document properties', async () => {
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain(`<dc:title>${escapeXml(`${memoria.title} — ${memoria.subtitle}`)}</dc:title>`);
    expect(core).toContain(`<dc:subject>${memoria.scopeLabel}</dc:subject>`);
    expect(core).toContain('<dc:creator>Ruta</dc:creator>');
  });

  it('keeps hostile strings as inert text: no script, no formula, no javascript: link', async () => {
    expect(document).toContain(escapeXml(HOSTILE.script));
    expect(document).toContain(escapeXml(HOSTILE.formula));
    expect(document).not.toContain('<script');
    for (const file of Object.values(zip.files).filter((entry) => !entry.dir)) {
      expect(await file.async('string')).not.toMatch(/javascript:/i);
    }
    // Editable: no text boxes, no images.
    expect(document).not.toMatch(/<w:txbxContent|<w:drawing|<w:pict/);
  });

  it('renders a large memoria (24 provinces × 30 items)', async () => {
    const started = performance.now();
    const buffer = await renderMemoriaDocx(sampleMemoria({ large: true }));
    const elapsed = Math.round(performance.now() - started);
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    console.info(`memoria DOCX (large): ${elapsed} ms, ${buffer.length} bytes`);
    expect(paragraphs(xml, 'Heading2')).toContain('6.24 Santa Elena');
    expect((xml.match(/<w:tr>/g) ?? []).length).toBeGreaterThan(1400);
  });
});
