import { roadmapColumns } from '@ruta/server-roadmap';
import { themeId } from '@ruta/server-seed';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ImportReport {
  dryRun: boolean;
  totalRows: number;
  imported: number;
  importedIds: string[];
  rejected: Array<{ line: number; title: string; errors: Array<{ field: string; message: string }> }>;
}
interface ItemData {
  id: string;
  title: string;
  status: string;
  priority: string;
  budgetUsd: number | null;
  startDate: string | null;
  dueDate: string | null;
  theme: { key: string };
  leadProvince: { code: string };
  coProvinces: Array<{ code: string }>;
  sdgs: Array<{ number: number }>;
  proposedBy: { displayName: string };
}
type Row = Record<(typeof roadmapColumns)[number], string>;

const IMPORT = `mutation ($csv: String!, $dryRun: Boolean!) {
  importActionItems(csv: $csv, dryRun: $dryRun) { dryRun totalRows imported importedIds rejected { line title errors { field message } } } }`;
const ITEM = `query ($id: ID!) { actionItem(id: $id) {
  id title status priority budgetUsd startDate dueDate theme { key } leadProvince { code } coProvinces { code } sdgs { number }
  proposedBy { displayName } } }`;
const TOTAL = `query ($filter: ActionItemFilter) { actionItems(filter: $filter, first: 1) { totalCount } }`;
const PROPOSE = `mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id title } }`;

const HEADER = 'titulo;eje;provincia_lider;provincias_corresponsables;prioridad;ods;presupuesto_usd;inicio;fin;estado';
const GOOD = 'Red de paradiplomacia del austro;Paradiplomacia;Azuay;"Cañar;17";Alta;"6;17";25000,50;2024-01-15;2024-06-30;Acordada';
const UNKNOWN_PROVINCE = 'Acción en una provincia inventada;Paradiplomacia;Atlántida;;Media;;;;;';
const DATES_REVERSED = 'Acción que termina antes de empezar;Cooperación Sur-Sur;Loja;;Baja;;;2024-06-30;2024-01-15;Propuesta';
const NO_TITLE = ';Paradiplomacia;Pichincha;;;;;;;';
const csvOf = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('roadmap import and export', () => {
  let api: TestApp;
  let analyst: string;
  let azuay: string;
  let pichincha: string;

  const itemCount = async () => ((await api.db.query('SELECT count(*)::int AS n FROM action_item')) as Array<{ n: number }>)[0].n;
  const runImport = (csv: string, options: { dryRun?: boolean; token?: string; language?: 'es' | 'en' } = {}) =>
    api.gql<{ importActionItems: ImportReport }>(IMPORT, {
      token: options.token ?? analyst,
      language: options.language,
      variables: { csv, dryRun: options.dryRun ?? false },
    });
  const totalFor = async (token: string, filter: Record<string, unknown> = {}) =>
    (await api.gql<{ actionItems: { totalCount: number } }>(TOTAL, { token, variables: { filter } })).data!.actionItems.totalCount;
  const download = (path: string, token?: string) =>
    fetch(`${api.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  /** The CSV export's text (its BOM checked and removed) and its rows by column name. */
  const exportCsv = async (token: string, query = '') => {
    const response = await download(`/exports/roadmap.csv${query}`, token);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    return { response, text, rows: parse(text, { columns: true }) as Row[] };
  };
  const propose = async (token: string, input: Record<string, unknown>) => {
    const { data, errors } = await api.gql<{ proposeActionItem: { id: string; title: string } }>(PROPOSE, {
      token,
      variables: { input: { themeId: themeId('paradiplomacia'), leadProvinceCode: '01', ...input } },
    });
    expect(errors).toBeUndefined();
    return data!.proposeActionItem;
  };

  beforeAll(async () => {
    api = await startTestApp();
    [analyst, azuay, pichincha] = await Promise.all(
      ['analista@demo.ruta.ec', 'tecnico.azuay@demo.ruta.ec', 'tecnico.pichincha@demo.ruta.ec'].map((email) => sessionFor(api, email)),
    );
  });
  afterAll(() => api.close());

  describe('CSV import', () => {
    it('imports nothing when any row is rejected, naming each bad row by line and field, in Spanish or English', async () => {
      const before = await itemCount();
      const csv = csvOf(HEADER, GOOD, UNKNOWN_PROVINCE, DATES_REVERSED, NO_TITLE);
      const { data, errors } = await runImport(csv);
      expect(errors).toBeUndefined();
      const report = data!.importActionItems;
      expect(report).toMatchObject({ dryRun: false, totalRows: 4, imported: 0, importedIds: [] });
      expect(report.rejected).toEqual([
        {
          line: 3,
          title: 'Acción en una provincia inventada',
          errors: [{ field: 'leadProvinceCode', message: 'No se reconoce «Atlántida».' }],
        },
        {
          line: 4,
          title: 'Acción que termina antes de empezar',
          errors: [{ field: 'dueDate', message: 'Debe terminar después de empezar.' }],
        },
        { line: 5, title: '', errors: [{ field: 'title', message: expect.stringMatching(/obligatorio|caracteres/) }] },
      ]);
      expect(await itemCount()).toBe(before);

      const english = await runImport(csv, { language: 'en' });
      expect(english.data?.importActionItems.rejected.map((row) => row.line)).toEqual([3, 4, 5]);
      expect(english.data?.importActionItems.rejected[0].errors).toEqual([
        { field: 'leadProvinceCode', message: '“Atlántida” is not recognised.' },
      ]);
      expect(english.data?.importActionItems.rejected[1].errors).toEqual([{ field: 'dueDate', message: 'It must end after it starts.' }]);
      expect(english.data?.importActionItems.rejected[2].errors).toEqual([
        { field: 'title', message: expect.stringMatching(/required|characters/) },
      ]);
      expect(await itemCount()).toBe(before);
    });

    it('checks without importing on a dry run, then imports a semicolon-separated file, resolving names with accents', async () => {
      const before = await itemCount();
      const csv = `\ufeff${csvOf(HEADER, GOOD)}`;
      const dry = await runImport(csv, { dryRun: true });
      expect(dry.errors).toBeUndefined();
      expect(dry.data?.importActionItems).toEqual({ dryRun: true, totalRows: 1, imported: 0, importedIds: [], rejected: [] });
      expect(await itemCount()).toBe(before);

      const real = await runImport(csv);
      expect(real.errors).toBeUndefined();
      expect(real.data?.importActionItems).toMatchObject({ dryRun: false, totalRows: 1, imported: 1, rejected: [] });
      expect(real.data?.importActionItems.importedIds).toHaveLength(1);
      expect(await itemCount()).toBe(before + 1);
      const { data } = await api.gql<{ actionItem: ItemData }>(ITEM, {
        token: analyst,
        variables: { id: real.data!.importActionItems.importedIds[0] },
      });
      expect(data?.actionItem).toMatchObject({
        title: 'Red de paradiplomacia del austro',
        status: 'AGREED',
        priority: 'HIGH',
        budgetUsd: 25000.5,
        startDate: '2024-01-15',
        dueDate: '2024-06-30',
        theme: { key: 'paradiplomacia' },
        leadProvince: { code: '01' },
        coProvinces: [{ code: '03' }, { code: '17' }],
        sdgs: [{ number: 6 }, { number: 17 }],
        proposedBy: { displayName: 'Analista de CONGOPE (demo)' },
      });
    });

    it('refuses a file without the required columns, and a technician importing at all', async () => {
      const before = await itemCount();
      const missing = await runImport(csvOf('titulo;provincia', 'Acción sin eje;Azuay'));
      expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(missing.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'csv', key: 'csvMissingColumns' })]);
      const technician = await runImport(csvOf(HEADER, GOOD), { token: azuay });
      expect(technician.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await itemCount()).toBe(before);
    });
  });

  describe('export', () => {
    it('downloads the visible roadmap as CSV: BOM, header, one row per item, formulas neutralised', async () => {
      const formula = await propose(analyst, { title: '=HYPERLINK("http://ejemplo.org";"clic") acción' });
      const { response, text, rows } = await exportCsv(analyst);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="hoja-de-ruta-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(text.split(/\r?\n/, 1)[0]).toBe(roadmapColumns.join(','));
      expect(rows).toHaveLength(await totalFor(analyst));
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
      const exported = rows.find((row) => row.id === formula.id);
      expect(exported?.titulo).toBe(`'${formula.title}`);
      expect(rows.every((row) => !/^[=+\-@]/.test(row.titulo))).toBe(true);
      expect(exported).toMatchObject({
        provincia_lider: '01',
        provincia_lider_nombre: 'Azuay',
        estado: 'Propuesta',
        eje: 'Paradiplomacia',
      });
    });

    it('filters by the list page’s query names and refuses a bad one with a JSON error', async () => {
      const { rows } = await exportCsv(analyst, '?provincia=01');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows).toHaveLength(await totalFor(analyst, { provinceCode: '01' }));
      expect(rows.every((row) => row.provincia_lider === '01' || row.provincias_corresponsables.split(';').includes('01'))).toBe(true);
      expect(rows.length).toBeLessThan((await exportCsv(analyst)).rows.length);

      const agreed = await exportCsv(analyst, '?estado=AGREED,IN_PROGRESS');
      expect(agreed.rows.length).toBeGreaterThan(0);
      expect(agreed.rows.every((row) => ['Acordada', 'En ejecución'].includes(row.estado))).toBe(true);

      const bad = await download('/exports/roadmap.csv?estado=NOPE', analyst);
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'estado' })] } });
    });

    it('asks anonymous visitors to sign in, and shows each person only what they may see', async () => {
      const anonymous = await download('/exports/roadmap.csv');
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });

      const secret = await propose(azuay, { title: 'Propuesta de Azuay aún sin acordar' });
      const own = await exportCsv(azuay);
      expect(own.rows.map((row) => row.id)).toContain(secret.id);
      const other = await exportCsv(pichincha);
      const otherIds = other.rows.map((row) => row.id);
      expect(otherIds).not.toContain(secret.id);
      expect(other.rows).toHaveLength(await totalFor(pichincha));
      const proposedInAzuay = (await api.db.query(
        `SELECT id FROM action_item WHERE status = 'PROPOSED' AND lead_province_code = '01' AND merged_into_id IS NULL`,
      )) as Array<{ id: string }>;
      expect(proposedInAzuay.length).toBeGreaterThan(0);
      for (const { id } of proposedInAzuay) expect(otherIds).not.toContain(id);
    });

    it('downloads the same rows as an Excel workbook, formulas neutralised the same way', async () => {
      const split = await propose(analyst, { title: 'Acción;=HYPERLINK("http://ejemplo.org";"clic")' });
      const fullWidth = await propose(analyst, { title: '＝HYPERLINK("http://ejemplo.org")' });
      const { rows } = await exportCsv(analyst);
      const response = await download('/exports/roadmap.xlsx', analyst);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="hoja-de-ruta-\d{4}-\d{2}-\d{2}\.xlsx"$/);
      const sheets = await readXlsxFile(Buffer.from(await response.arrayBuffer()));
      expect(sheets).toHaveLength(1);
      const [header, ...data] = sheets[0].data;
      expect(header).toEqual([...roadmapColumns]);
      expect(data).toHaveLength(rows.length);
      expect(data.map((row) => row[0]).sort()).toEqual(rows.map((row) => row.id).sort());
      const titles = new Map(data.map((row) => [row[0], row[roadmapColumns.indexOf('titulo')]]));
      expect(titles.get(split.id)).toBe('Acción;\'=HYPERLINK("http://ejemplo.org";"clic")');
      expect(titles.get(fullWidth.id)).toBe(`'${fullWidth.title}`);
      for (const row of rows) expect(titles.get(row.id)).toBe(row.titulo);
    });
  });
});
