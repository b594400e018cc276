import { conversatorioId, demoContributionId, seedId } from '@ruta/server-seed';
import JSZip from 'jszip';
import * as Y from 'yjs';
import { messages } from '@ruta/shared-i18n';
import { extractText, getDocumentProxy } from 'unpdf';
import { sessionFor } from '../support/actors.js';
import { connect, eventually, ticketFor, type CollaborationClient } from '../support/collaboration-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Job {
  id: string;
  status: string;
  progress: number;
  error: string | null;
  readyFormats: string[];
  downloads: { pdf: string; docx: string; html: string; markdown: string } | null;
}
const JOB_FIELDS = 'id status progress error readyFormats downloads { pdf docx html markdown }';

describe('the memoria de trabajo', () => {
  let api: TestApp;
  let analyst: string;
  const clients: CollaborationClient[] = [];

  const generate = async (variables: Record<string, unknown> = {}) => {
    const { data, errors } = await api.gql<{ generateMemoria: Job }>(
      `mutation ($scope: MemoriaScopeKind, $themeId: ID, $provinceCode: String, $language: String) {
         generateMemoria(scope: $scope, themeId: $themeId, provinceCode: $provinceCode, language: $language) { ${JOB_FIELDS} } }`,
      { token: analyst, variables },
    );
    expect(errors).toBeUndefined();
    let job = data!.generateMemoria;
    expect(job.readyFormats).toEqual([]);
    expect(job.downloads).toBeNull();
    // Each format is downloadable as soon as it is stored: HTML and Markdown first, then PDF, then DOCX.
    const seen: string[][] = [];
    await eventually(async () => {
      job = (
        await api.gql<{ memoriaJob: Job }>(`query ($id: ID!) { memoriaJob(id: $id) { ${JOB_FIELDS} } }`, {
          token: analyst,
          variables: { id: job.id },
        })
      ).data!.memoriaJob;
      seen.push(job.readyFormats);
      // The links come with the first stored format, before the job is done.
      expect(job.downloads === null).toBe(job.readyFormats.length === 0);
      if (job.readyFormats.includes('html')) expect((await download(job.downloads!.html, analyst)).status).toBe(200);
      return job.status === 'DONE' || job.status === 'FAILED';
    }, 60_000);
    expect(job.error).toBeNull();
    expect(job).toMatchObject({ status: 'DONE', progress: 100, readyFormats: ['html', 'md', 'pdf', 'docx'] });
    const order = ['', 'html,md', 'html,md,pdf', 'html,md,pdf,docx'];
    for (const formats of seen) expect(order).toContain(formats.join(','));
    return job;
  };
  const download = async (path: string, token?: string) =>
    fetch(`${api.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    api = await startTestApp();
    analyst = await sessionFor(api, 'analista@demo.ruta.ec');
    // Hostile text where people type: a contribution and the outcome document.
    await api.db.query('UPDATE contribution SET body = body || $2 WHERE id = $1', [
      demoContributionId(0),
      ' <script>alert(1)</script><img src=x onerror=alert(1)>',
    ]);
    const { data } = await api.gql<{ conversatorioDocument: { id: string } }>(
      'query ($id: ID!) { conversatorioDocument(conversatorioId: $id) { id } }',
      {
        token: analyst,
        variables: { id: conversatorioId('cooperacion-descentralizada') },
      },
    );
    // The demo keynote's speaker, with a bio and the talk's recording.
    const admin = await sessionFor(api, 'admin@demo.ruta.ec');
    const speaker = await api.gql<{ createSpeaker: { id: string } }>(
      'mutation { createSpeaker(input: { name: "Lucía Andrade", jobTitle: "Coordinadora de redes", bio: "Quince años en cooperación entre gobiernos locales." }) { id } }',
      { token: admin },
    );
    await api.gql(
      'mutation ($id: ID!, $speakerId: ID!) { updateSessionSpeaker(id: $id, input: { role: KEYNOTE_SPEAKER, durationMinutes: 30, speakerId: $speakerId, recordingUrl: "https://video.example.org/1" }) { id } }',
      {
        token: admin,
        variables: { id: seedId('slot:cooperacion-descentralizada:keynote:0'), speakerId: speaker.data!.createSpeaker.id },
      },
    );
    const ticket = await ticketFor(api, analyst, data!.conversatorioDocument.id);
    const editor = connect(api.baseUrl, ticket.documentName, ticket.token);
    clients.push(editor);
    await editor.synced;
    editor.write(
      'Acuerdo <script>alert("x")</script> con enlace javascript:alert(1) e imagen <img src="https://evil.example/x.png" onerror="alert(1)">',
    );
    // Blocks written through the Yjs protocol by a hostile or broken editor: ids that are not UUIDs,
    // or name no item. Content from the editor is untrusted: the memoria shows them as unavailable.
    const fragment = editor.doc.getXmlFragment('default');
    for (const id of ['no-es-un-uuid', '', '00000000-0000-4000-8000-000000000000', "x'); DROP TABLE action_item; --"]) {
      const block = new Y.XmlElement('actionItem');
      block.setAttribute('actionItemId', id);
      fragment.push([block]);
    }
    await editor.saved();
    editor.close();
  }, 60_000);
  afterAll(async () => {
    for (const client of clients) client.close();
    await api.close();
  });

  it('generates the forum memoria in the background, in PDF, DOCX, HTML and Markdown from the same content', async () => {
    const job = await generate();
    const pdf = await download(job.downloads!.pdf, analyst);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true });
    expect(totalPages).toBeGreaterThan(5);
    for (const heading of [
      'Memoria de trabajo',
      'Contenido',
      'Presentación',
      'Agenda',
      'Conversatorios',
      'Hoja de ruta por provincia',
      'Anexos',
    ]) {
      expect(text).toContain(heading);
    }
    // The outcome document's text (with its accents) is in; so is the roadmap's agreed work.
    expect(text).toContain('Síntesis del conversatorio');
    // The ponencias: the keynote's speaker, bio, recording and the summary written in the editor.
    expect(text).toContain('Ponencias');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Lucía Andrade');
    expect(flat).toContain('Quince años en cooperación entre gobiernos locales.');
    expect(flat).toContain('https://video.example.org/1');
    expect(flat).toContain('construye sobre competencias propias');
    expect(flat).toContain('El resumen de esta ponencia aún no se ha escrito.');
    // (Table cells wrap: compare with the line breaks taken out.)
    expect(text.replace(/\s+/g, ' ')).toContain('Intercambio andino sobre manejo de páramos y cuencas hídricas');

    const docx = await JSZip.loadAsync(Buffer.from(await (await download(job.downloads!.docx, analyst)).arrayBuffer()));
    const documentXml = await docx.file('word/document.xml')!.async('string');
    expect(documentXml).toMatch(/w:pStyle w:val="Heading1"/);
    expect(documentXml).toContain('Presentación');
    expect(documentXml).toContain('Síntesis del conversatorio');

    const html = await (await download(job.downloads!.html, analyst)).text();
    expect(html).toContain('<h2 id="presentation" class="section">');
    expect(html).toContain('Síntesis del conversatorio');
    const markdown = await (await download(job.downloads!.markdown, analyst)).text();
    expect(markdown).toContain('## 1. Presentación');
    // Support is public by kind only: no partner's name, no proposals, no amounts (the demo roadmap has AECID's and GIZ's).
    expect(markdown).toMatch(/\((Aceptado|Cumplido)\)/);
    expect(markdown).not.toMatch(/(AECID|GIZ): /);
    expect(markdown).not.toMatch(/\(Por revisar\)/);
    // The malformed and unknown action item blocks of the outcome document: shown as unavailable.
    expect(markdown.split(messages.es.documents.actionItemUnavailable).length - 1).toBeGreaterThanOrEqual(4);
  }, 90_000);

  it('writes no script, event handler or remote resource into the HTML, whatever was typed', async () => {
    const job = await generate();
    const html = await (await download(job.downloads!.html, analyst)).text();
    expect(html).toContain('Acuerdo');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img|<iframe|<object|<embed|<link/i);
    // No attribute that runs code or fetches something: handlers, src, external hrefs, CSS urls.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    for (const tag of tags) {
      expect(tag).not.toMatch(/\son\w+\s*=/i);
      expect(tag).not.toMatch(/\ssrc\s*=/i);
      expect(tag).not.toMatch(/href\s*=\s*"(?!#)/i);
    }
    // Nothing to fetch from the stylesheet either. (Typed text such as "javascript:…" stays inert text.)
    expect(html).not.toMatch(/url\(|@import/i);
    const markdown = await (await download(job.downloads!.markdown, analyst)).text();
    expect(markdown).not.toMatch(/<script|<img/i);
  }, 90_000);

  it('says a failed job failed, never in the server’s own words', async () => {
    await api.db.query(`CREATE FUNCTION ruta_test_fail_memoria() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.html <> '' AND OLD.html = '' THEN RAISE EXCEPTION 'detalle interno: relation secreta'; END IF; RETURN NEW; END $$`);
    await api.db.query(
      'CREATE TRIGGER ruta_test_fail_memoria BEFORE UPDATE ON memoria_job FOR EACH ROW EXECUTE FUNCTION ruta_test_fail_memoria()',
    );
    try {
      const { data } = await api.gql<{ generateMemoria: Job }>(`mutation { generateMemoria { ${JOB_FIELDS} } }`, { token: analyst });
      let job = data!.generateMemoria;
      await eventually(async () => {
        job = (
          await api.gql<{ memoriaJob: Job }>(`query ($id: ID!) { memoriaJob(id: $id) { ${JOB_FIELDS} } }`, {
            token: analyst,
            variables: { id: job.id },
          })
        ).data!.memoriaJob;
        return job.status === 'FAILED' || job.status === 'DONE';
      }, 60_000);
      expect(job.status).toBe('FAILED');
      expect(job.error).toBe(messages.es.errors.memoriaFailed);
      expect(job.error).not.toMatch(/interno|secreta|relation/);
    } finally {
      await api.db.query('DROP TRIGGER ruta_test_fail_memoria ON memoria_job');
    }
  }, 90_000);

  it('makes a memoria of one theme or one province', async () => {
    const themes = await api.gql<{ themes: Array<{ id: string; name: string }> }>('{ themes { id name } }');
    const paradiplomacia = themes.data!.themes.find((theme) => theme.name === 'Paradiplomacia')!;
    const byTheme = await generate({ scope: 'THEME', themeId: paradiplomacia.id });
    const themeHtml = await (await download(byTheme.downloads!.html, analyst)).text();
    expect(themeHtml).toContain('Eje temático: Paradiplomacia');
    expect(themeHtml).toContain('Capacitación en negociación internacional');
    expect(themeHtml).not.toContain('Intercambio andino sobre manejo de páramos');
    const byProvince = await generate({ scope: 'PROVINCE', provinceCode: '06', language: 'en' });
    const provinceHtml = await (await download(byProvince.downloads!.html, analyst)).text();
    expect(provinceHtml).toContain('Province: Chimborazo');
    expect(provinceHtml).toContain('Intercambio andino sobre manejo de páramos');
    expect(provinceHtml).not.toContain('Capacitación en negociación internacional');
  }, 120_000);

  it('publishes numbered versions anyone can download; drafts stay with CONGOPE', async () => {
    const job = await generate();
    expect((await download(job.downloads!.pdf)).status).toBe(401);
    const technician = await sessionFor(api, 'tecnico.azuay@demo.ruta.ec');
    expect((await download(job.downloads!.pdf, technician)).status).toBe(403);
    const refused = await api.gql('mutation ($id: ID!) { publishMemoria(jobId: $id) { number } }', {
      token: technician,
      variables: { id: job.id },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const first = await api.gql<{ publishMemoria: { number: number; downloads: { pdf: string } } }>(
      'mutation ($id: ID!) { publishMemoria(jobId: $id) { number downloads { pdf } } }',
      { token: analyst, variables: { id: job.id } },
    );
    const second = await api.gql<{ publishMemoria: { number: number } }>('mutation ($id: ID!) { publishMemoria(jobId: $id) { number } }', {
      token: analyst,
      variables: { id: job.id },
    });
    expect(second.data!.publishMemoria.number).toBe(first.data!.publishMemoria.number + 1);
    const publicPdf = await download(first.data!.publishMemoria.downloads.pdf);
    expect(publicPdf.status).toBe(200);
    // File names say what they are: the draft's scope, language and time; the version's number.
    const draftPdf = await download(job.downloads!.pdf, analyst);
    expect(draftPdf.headers.get('content-disposition')).toMatch(
      /^attachment; filename="memoria-borrador-foro-es-\d{4}-\d{2}-\d{2}-\d{4}\.pdf"$/,
    );
    expect(publicPdf.headers.get('content-disposition')).toBe(
      `attachment; filename="memoria-v${first.data!.publishMemoria.number}-foro-es.pdf"`,
    );
    const versions = await api.gql<{ memoriaVersions: Array<{ number: number }> }>('{ memoriaVersions { number } }');
    expect(versions.data!.memoriaVersions.map((version) => version.number)).toContain(first.data!.publishMemoria.number);
  }, 90_000);
});
