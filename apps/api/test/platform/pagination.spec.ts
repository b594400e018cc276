import { conversatorioId, demoUserId, organizationId, themeId } from '@ruta/server-seed';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ROWS = 60;
const PAGE_SIZES = [1, 3, 7, 25];
const MARK = 'paginacionexacta';

interface Page {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: Array<{ id: string }>;
}

/**
 * Every connection of the API, paged at several sizes over rows created in the same instant (and
 * in the same millisecond), gives each row exactly once: cursors round-trip their sort key exactly.
 */
describe('paging every connection', () => {
  let api: TestApp;
  let analyst: string;

  /** Every id of a connection, page by page. */
  const readAll = async (query: string, field: string, first: number, variables: Record<string, unknown> = {}) => {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let pages = 0; pages < 500; pages += 1) {
      const result: { data?: Record<string, Page> | null; errors?: unknown[] } = await api.gql<Record<string, Page>>(query, {
        token: analyst,
        variables: { ...variables, first, after },
      });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      const page: Page = result.data![field];
      total = page.totalCount;
      ids.push(...page.nodes.map((node) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ids, total };
  };

  const expectEachOnce = (ids: string[], total: number, expected: number) => {
    expect(total).toBe(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(expected);
  };

  beforeAll(async () => {
    api = await startTestApp();
    analyst = await sessionFor(api, 'analista@demo.ruta.ec');
    const technician = await sessionFor(api, 'tecnico.azuay@demo.ruta.ec');
    // Sixty contributions at once through the API, as people typing together would…
    const created = await Promise.all(
      Array.from({ length: ROWS / 2 }, (_, index) =>
        api.gql('mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }', {
          token: technician,
          variables: {
            input: {
              conversatorioId: conversatorioId('cooperacion-descentralizada'),
              provinceCode: '01',
              type: 'IDEA',
              body: `${MARK} ${index}`,
            },
          },
        }),
      ),
    );
    expect(created.flatMap((result) => result.errors ?? [])).toEqual([]);
    // …and as many in one statement: one instant, to the microsecond.
    await api.db.query(
      `INSERT INTO contribution (conversatorio_id, province_code, author_id, type, body, version)
       SELECT $1, '01', $2, 'IDEA', $3 || ' sql ' || n, 1 FROM generate_series(1, $4) AS n`,
      [conversatorioId('cooperacion-descentralizada'), demoUserId('tecnico.azuay@demo.ruta.ec'), MARK, ROWS / 2],
    );
    const items = (await api.db.query(
      `INSERT INTO action_item (title, theme_id, lead_province_code, status, proposed_by_id, version)
       SELECT $1 || ' ' || n, $2, '01', 'AGREED', $3, 1 FROM generate_series(1, $4) AS n RETURNING id`,
      [MARK, themeId('paradiplomacia'), demoUserId('analista@demo.ruta.ec'), ROWS],
    )) as Array<{ id: string }>;
    await api.db.query(
      `INSERT INTO commitment (action_item_id, organization_id, kind, direction, description, created_by_id, version)
       SELECT i, $2, 'TRAINING', 'REQUEST', 'Compromiso de la prueba de páginas', $3, 1 FROM unnest($1::uuid[]) AS i`,
      [items.map((row) => row.id), organizationId('aecid'), demoUserId('analista@demo.ruta.ec')],
    );
  });
  afterAll(() => api.close());

  for (const first of PAGE_SIZES) {
    it(`contributions, first ${first}`, async () => {
      const { ids, total } = await readAll(
        `query ($first: Int!, $after: String, $text: String) { contributions(first: $first, after: $after, filter: { text: $text }) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`,
        'contributions',
        first,
        { text: MARK },
      );
      expectEachOnce(ids, total, ROWS);
    });

    it(`consolidationQueue, first ${first}`, async () => {
      const { ids, total } = await readAll(
        `query ($first: Int!, $after: String, $text: String) { consolidationQueue(first: $first, after: $after, filter: { text: $text }) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`,
        'consolidationQueue',
        first,
        { text: MARK },
      );
      expectEachOnce(ids, total, ROWS);
    });

    it(`commitments, first ${first}`, async () => {
      const { ids, total } = await readAll(
        `query ($first: Int!, $after: String, $org: ID) { commitments(first: $first, after: $after, filter: { organizationId: $org }) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`,
        'commitments',
        first,
        { org: organizationId('aecid') },
      );
      const [{ n }] = (await api.db.query(`SELECT count(*)::int AS n FROM commitment WHERE organization_id = $1`, [
        organizationId('aecid'),
      ])) as Array<{ n: number }>;
      expectEachOnce(ids, total, n);
    });

    for (const sort of ['UPDATED', 'DUE_DATE', 'PRIORITY', 'PROGRESS', 'TITLE']) {
      it(`actionItems sorted by ${sort}, first ${first}`, async () => {
        const { ids, total } = await readAll(
          `query ($first: Int!, $after: String, $text: String, $sort: ActionItemSort!) { actionItems(first: $first, after: $after, sort: $sort, filter: { text: $text }) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`,
          'actionItems',
          first,
          { text: MARK, sort },
        );
        expectEachOnce(ids, total, ROWS);
      });
    }
  }
});
