import { conversatorioId, demoUserId, themeId } from '@ruta/server-seed';
import { countStatements } from '@ruta/server-testing';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ContributionData {
  id: string;
  type: string;
  body: string;
  version: number;
  hidden: boolean;
  hiddenReason: string | null;
  endorsementCount: number;
  endorsedByMe: boolean;
  province: { code: string };
  author: { displayName: string };
  conversatorio: { id: string; theme: { key: string } };
  competencies: Array<{ key: string }>;
  sdgs: Array<{ number: number }>;
}
interface Page {
  contributions: { nodes: ContributionData[]; totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

const FIELDS =
  'id type body version hidden hiddenReason endorsementCount endorsedByMe province { code } author { displayName } conversatorio { id theme { key } } competencies { key } sdgs { number }';
const LIST = `query ($filter: ContributionFilter, $first: Int, $after: String) { contributions(filter: $filter, first: $first, after: $after) { nodes { ${FIELDS} } totalCount pageInfo { endCursor hasNextPage } } }`;
const CREATE = `mutation ($input: CreateContributionInput!) { createContribution(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateContributionInput!) { updateContribution(id: $id, input: $input) { ${FIELDS} } }`;
const DESCENTRALIZADA = conversatorioId('cooperacion-descentralizada');

describe('contributions', () => {
  let api: TestApp;
  let azuay: string;
  let pichincha: string;
  let analyst: string;
  let moderator: string;

  const contribute = (token: string, input: Record<string, unknown>) =>
    api.gql<{ createContribution: ContributionData }>(CREATE, {
      token,
      variables: {
        input: {
          conversatorioId: DESCENTRALIZADA,
          provinceCode: '01',
          type: 'PROPOSAL',
          body: 'Texto',
          competencyKeys: [],
          sdgNumbers: [],
          ...input,
        },
      },
    });
  const count = async () => ((await api.db.query('SELECT count(*)::int AS n FROM contribution')) as Array<{ n: number }>)[0].n;

  beforeAll(async () => {
    api = await startTestApp();
    [azuay, pichincha, analyst, moderator] = await Promise.all(
      ['tecnico.azuay@demo.ruta.ec', 'tecnico.pichincha@demo.ruta.ec', 'analista@demo.ruta.ec', 'moderador@demo.ruta.ec'].map((email) =>
        sessionFor(api, email),
      ),
    );
  });
  afterAll(() => api.close());

  it('a technician adds a contribution for their province, with tags, recorded in history', async () => {
    const { data, errors } = await contribute(azuay, {
      type: 'NEED',
      body: '  Fortalecer la cooperación técnica para el riego parcelario en Paute.  ',
      competencyKeys: ['riego'],
      sdgNumbers: [6, 2],
    });
    expect(errors).toBeUndefined();
    expect(data?.createContribution).toMatchObject({
      type: 'NEED',
      body: 'Fortalecer la cooperación técnica para el riego parcelario en Paute.',
      province: { code: '01' },
      author: { displayName: 'Técnica de Azuay (demo)' },
      conversatorio: { id: DESCENTRALIZADA, theme: { key: 'cooperacion-descentralizada' } },
      competencies: [{ key: 'riego' }],
      sdgs: [{ number: 2 }, { number: 6 }],
      endorsementCount: 0,
      hidden: false,
      version: 1,
    });
    const [history] = await api.db.query(`SELECT action, actor_id FROM history_entry WHERE entity_id = $1`, [data!.createContribution.id]);
    expect(history).toEqual({ action: 'created', actor_id: demoUserId('tecnico.azuay@demo.ruta.ec') });
  });

  it('a technician cannot contribute for another province, nor a partner at all; nothing is written', async () => {
    const before = await count();
    const crossProvince = await contribute(pichincha, { provinceCode: '01', body: 'Por Azuay' });
    expect(crossProvince.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const partner = await contribute(await sessionFor(api, 'socio.aecid@demo.ruta.ec'), { body: 'Socio' });
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('refuses a province that does not take part, and a conversatorio that is not open', async () => {
    const notParticipating = await contribute(pichincha, { conversatorioId: conversatorioId('cooperacion-sur-sur'), provinceCode: '17' });
    expect(notParticipating.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'provinceCode', key: 'provinceNotParticipating' }),
    ]);
    await api.db.query(`UPDATE conversatorio SET status = 'CLOSED' WHERE id = $1`, [conversatorioId('paradiplomacia')]);
    const closed = await contribute(pichincha, { conversatorioId: conversatorioId('paradiplomacia'), provinceCode: '17' });
    expect(closed.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'conversatorioId', key: 'conversatorioNotOpen' }),
    ]);
  });

  it('rejects bad content in both languages, changing nothing', async () => {
    const before = await count();
    const { errors } = await contribute(azuay, { body: '   ', competencyKeys: ['no_existe'], sdgNumbers: [18] });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = errors?.[0].extensions?.fields as Array<{ field: string; messages: { es: string; en: string } }>;
    expect(fields.map((field) => field.field).sort()).toEqual(['body', 'sdgNumbers']);
    const unknownTag = await contribute(azuay, { competencyKeys: ['no_existe'] });
    expect(unknownTag.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'competencyKeys', key: 'unknownValue' })]);
    const tooLong = await contribute(azuay, { body: 'a'.repeat(4001) });
    expect(tooLong.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'body', key: 'tooLong' })]);
    expect(await count()).toBe(before);
  });

  it('finds "cooperación" when searching "cooperacion", and "páramos" for "paramos", combined with filters', async () => {
    const search = async (filter: Record<string, unknown>) =>
      (await api.gql<Page>(LIST, { token: analyst, variables: { filter, first: 50 } })).data!.contributions;
    const cooperacion = await search({ text: 'cooperacion' });
    expect(cooperacion.totalCount).toBeGreaterThanOrEqual(3);
    expect(cooperacion.nodes.every((node) => /cooperaci[oó]n/i.test(node.body))).toBe(true);
    expect((await search({ text: 'paramos' })).nodes.map((node) => node.province.code)).toEqual(['06']);
    expect((await search({ text: 'cooperacion', provinceCode: '17' })).nodes.every((node) => node.province.code === '17')).toBe(true);
    expect(
      (await search({ themeId: themeId('cooperacion-sur-sur') })).nodes.every(
        (node) => node.conversatorio.theme.key === 'cooperacion-sur-sur',
      ),
    ).toBe(true);
    expect((await search({ type: 'RISK' })).nodes.map((node) => node.type)).toEqual(['RISK']);
    expect((await search({ competencyKey: 'gestion_ambiental', sdg: 13 })).totalCount).toBe(1);
  });

  it('pages newest first with an opaque cursor, without gaps or repeats', async () => {
    const all = (await api.gql<Page>(LIST, { token: analyst, variables: { first: 100 } })).data!.contributions;
    const first = (await api.gql<Page>(LIST, { token: analyst, variables: { first: 3 } })).data!.contributions;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await api.gql<Page>(LIST, { token: analyst, variables: { first: 100, after: first.pageInfo.endCursor } })).data!
      .contributions;
    expect([...first.nodes, ...second.nodes].map((node) => node.id)).toEqual(all.nodes.map((node) => node.id));
    expect(second.pageInfo.hasNextPage).toBe(false);
    const bad = await api.gql(LIST, { token: analyst, variables: { after: 'not-a-cursor' } });
    expect(bad.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'after' })]);
  });

  it('lets only the author edit, and a stale version conflicts', async () => {
    const created = (await contribute(azuay, { body: 'Primera versión' })).data!.createContribution;
    const edit = (token: string, version: number) =>
      api.gql<{ updateContribution: ContributionData }>(UPDATE, {
        token,
        variables: {
          id: created.id,
          input: { type: 'IDEA', body: 'Segunda versión', competencyKeys: [], sdgNumbers: [], expectedVersion: version },
        },
      });
    expect((await edit(pichincha, 1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const edited = await edit(azuay, 1);
    expect(edited.data?.updateContribution).toMatchObject({ body: 'Segunda versión', type: 'IDEA', version: 2 });
    expect((await edit(azuay, 1)).errors?.[0].extensions?.code).toBe('VERSION_CONFLICT');
    const history = await api.db.query(`SELECT action, changes FROM history_entry WHERE entity_id = $1 ORDER BY id`, [created.id]);
    expect(history[1]).toEqual({
      action: 'updated',
      changes: { type: { before: 'PROPOSAL', after: 'IDEA' }, body: { before: 'Primera versión', after: 'Segunda versión' } },
    });
  });

  it('counts one endorsement per person', async () => {
    const created = (await contribute(azuay, { body: 'Para respaldar' })).data!.createContribution;
    const ENDORSE = `mutation ($id: ID!, $endorsed: Boolean!) { endorseContribution(id: $id, endorsed: $endorsed) { endorsementCount endorsedByMe } }`;
    await api.gql(ENDORSE, { token: analyst, variables: { id: created.id, endorsed: true } });
    const twice = await api.gql<{ endorseContribution: ContributionData }>(ENDORSE, {
      token: analyst,
      variables: { id: created.id, endorsed: true },
    });
    expect(twice.data?.endorseContribution).toEqual({ endorsementCount: 1, endorsedByMe: true });
    const other = await api.gql<{ endorseContribution: ContributionData }>(ENDORSE, {
      token: pichincha,
      variables: { id: created.id, endorsed: true },
    });
    expect(other.data?.endorseContribution.endorsementCount).toBe(2);
    const withdrawn = await api.gql<{ endorseContribution: ContributionData }>(ENDORSE, {
      token: analyst,
      variables: { id: created.id, endorsed: false },
    });
    expect(withdrawn.data?.endorseContribution).toEqual({ endorsementCount: 1, endorsedByMe: false });
  });

  it('the moderator hides with a reason: gone for others, visible to analysts, restorable', async () => {
    const created = (await contribute(azuay, { body: 'Contenido fuera de lugar' })).data!.createContribution;
    const GET = `query ($id: ID!) { contribution(id: $id) { ${FIELDS} } }`;
    const noReason = await api.gql(`mutation ($id: ID!) { hideContribution(id: $id, reason: "  ") { id } }`, {
      token: moderator,
      variables: { id: created.id },
    });
    expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const byTechnician = await api.gql(`mutation ($id: ID!) { hideContribution(id: $id, reason: "No") { id } }`, {
      token: pichincha,
      variables: { id: created.id },
    });
    expect(byTechnician.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const hidden = await api.gql<{ hideContribution: ContributionData }>(
      `mutation ($id: ID!) { hideContribution(id: $id, reason: "Duplicada") { ${FIELDS} } }`,
      {
        token: moderator,
        variables: { id: created.id },
      },
    );
    expect(hidden.data?.hideContribution).toMatchObject({ hidden: true, hiddenReason: 'Duplicada' });
    expect((await api.gql(GET, { token: pichincha, variables: { id: created.id } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = (await api.gql<Page>(LIST, { token: azuay, variables: { first: 100 } })).data!.contributions.nodes;
    expect(list.find((node) => node.id === created.id)).toBeUndefined();
    expect(
      (await api.gql<{ contribution: ContributionData }>(GET, { token: analyst, variables: { id: created.id } })).data?.contribution
        .hiddenReason,
    ).toBe('Duplicada');

    await api.gql(`mutation ($id: ID!) { restoreContribution(id: $id) { id } }`, { token: analyst, variables: { id: created.id } });
    expect(
      (await api.gql<{ contribution: ContributionData }>(GET, { token: pichincha, variables: { id: created.id } })).data?.contribution
        .hidden,
    ).toBe(false);
    const actions = await api.db.query(`SELECT action FROM history_entry WHERE entity_id = $1 ORDER BY id`, [created.id]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual(['created', 'hidden', 'restored']);
  });

  it('reads a page of 10 and a page of 100, with every nested field, in the same number of SQL statements', async () => {
    await api.db.query(
      `INSERT INTO contribution (conversatorio_id, province_code, author_id, type, body, competency_keys, sdg_numbers, version)
       SELECT $1, '01', $2, 'IDEA', 'Idea generada número ' || n, ARRAY['riego'], ARRAY[6]::smallint[], 1 FROM generate_series(1, 110) AS n`,
      [DESCENTRALIZADA, demoUserId('tecnico.azuay@demo.ruta.ec')],
    );
    const statementsFor = (first: number, query = LIST) =>
      countStatements(api.db, async () => {
        const { data } = await api.gql<Page>(query, { token: analyst, variables: { first } });
        expect(data?.contributions.nodes).toHaveLength(first);
      });
    await statementsFor(1); // competencies and SDGs are read once per process
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    console.info(`SQL statements per contributions page: first 10 → ${ten}, first 100 → ${hundred}`);
    expect(hundred).toBe(ten);
    // The session, the count, the page with province, author, conversatorio, theme and endorsements.
    expect(ten).toBe(3);
    // Nobody asked how many: no counting statement.
    expect(await statementsFor(10, LIST.replace(' totalCount', ''))).toBe(2);
  });
});
