import { demoUserId } from '@ruta/server-seed';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SAVE = 'mutation ($name: String!, $query: String!) { saveView(name: $name, query: $query) { id name query } }';
const VIEWS = '{ savedViews { id name query } }';

interface SavedViewData {
  id: string;
  name: string;
  query: string;
}

describe('saved views of the roadmap list', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('15 parallel saves under one name all succeed and leave one view, holding one of the queries', async () => {
    const analyst = await sessionFor(api, 'analista@demo.ruta.ec');
    const queries = Array.from({ length: 15 }, (_, index) => `estado=AGREED&avance=${index}`);
    // Open the pool's connections first: on a cold pool the requests queue for connections one by one.
    await Promise.all(queries.map(() => api.gql(VIEWS, { token: analyst })));
    const results = await Promise.all(
      queries.map((query) => api.gql<{ saveView: SavedViewData }>(SAVE, { token: analyst, variables: { name: 'Mi vista', query } })),
    );
    expect(results.map((result) => result.errors?.[0].extensions?.code ?? 'OK')).toEqual(queries.map(() => 'OK'));
    // Every answer names the one row that now holds the name.
    const ids = new Set(results.map((result) => result.data?.saveView.id));
    expect(ids.size).toBe(1);

    const { data } = await api.gql<{ savedViews: SavedViewData[] }>(VIEWS, { token: analyst });
    const named = data!.savedViews.filter((view) => view.name === 'Mi vista');
    expect(named).toHaveLength(1);
    expect(ids).toContain(named[0].id);
    expect(queries).toContain(named[0].query);
  });

  it('keeps to 50 views when new names are saved in parallel, and still replaces one at the limit', async () => {
    const technician = await sessionFor(api, 'tecnico.azuay@demo.ruta.ec');
    const userId = demoUserId('tecnico.azuay@demo.ruta.ec');
    await api.db.query(
      `INSERT INTO saved_view (user_id, name, query) SELECT $1, 'Vista ' || n, 'orden=DUE_DATE' FROM generate_series(1, 48) AS n`,
      [userId],
    );
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        api.gql<{ saveView: SavedViewData }>(SAVE, { token: technician, variables: { name: `Nueva ${index}`, query: 'estado=AGREED' } }),
      ),
    );
    const codes = results.map((result) => result.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'OK', 'OK']);
    const refused = results.find((result) => result.errors)!.errors![0].extensions?.fields;
    expect(refused).toEqual([expect.objectContaining({ field: 'name', key: 'tooMany', message: 'No puede guardar más de 50.' })]);
    const count = async () =>
      ((await api.db.query('SELECT count(*)::int AS n FROM saved_view WHERE user_id = $1', [userId])) as Array<{ n: number }>)[0].n;
    expect(await count()).toBe(50);

    const replaced = await api.gql<{ saveView: SavedViewData }>(SAVE, {
      token: technician,
      variables: { name: 'Vista 7', query: 'prioridad=HIGH' },
    });
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data?.saveView).toMatchObject({ name: 'Vista 7', query: 'prioridad=HIGH' });
    expect(await count()).toBe(50);
  });
});
