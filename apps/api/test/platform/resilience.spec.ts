import { createTestDatabase, databaseDigest, withClient } from '@ruta/server-testing';
import { createDataSource } from '../../src/data-source.js';
import { migrations } from '../../src/migrations/index.js';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('resilience', () => {
  describe('concurrency', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp();
    });
    afterAll(() => api.close());

    it('50 parallel versioned updates of one item: final version = 1 + successes, one history row each, the rest VERSION_CONFLICT', async () => {
      const analyst = await sessionFor(api, 'analista@demo.ruta.ec');
      const admin = await sessionFor(api, 'admin@demo.ruta.ec');
      const { data } = await api.gql<{ proposeActionItem: { id: string; version: number } }>(
        'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id version } }',
        {
          token: analyst,
          variables: {
            input: {
              title: 'Acción editada por cincuenta a la vez',
              themeId: (await api.db.query('SELECT id FROM theme LIMIT 1'))[0].id,
              leadProvinceCode: '01',
            },
          },
        },
      );
      const { id, version } = data!.proposeActionItem;
      // Everyone starts from what they read: half from the first version, half from the second.
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          api.gql('mutation ($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { version } }', {
            token: index % 2 ? admin : analyst,
            variables: { id, input: { expectedVersion: version + (index % 2), progress: index } },
          }),
        ),
      );
      const successes = results.filter((result) => !result.errors).length;
      const conflicts = results.filter((result) => result.errors?.[0].extensions?.code === 'VERSION_CONFLICT').length;
      expect(successes + conflicts).toBe(50);
      expect(successes).toBeGreaterThanOrEqual(1);
      const [row] = (await api.db.query('SELECT version FROM action_item WHERE id = $1', [id])) as Array<{ version: number }>;
      expect(row.version).toBe(version + successes);
      const [{ n }] = (await api.db.query(`SELECT count(*)::int AS n FROM history_entry WHERE entity_id = $1 AND action = 'updated'`, [
        id,
      ])) as Array<{ n: number }>;
      expect(n).toBe(successes);
    });
  });

  describe('sign-in throttling behind a trusted proxy', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp({ TRUST_PROXY: '1' });
    });
    afterAll(() => api.close());

    it('a spoofed X-Forwarded-For does not reset the limit: the proxy’s own hop decides the address', async () => {
      const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
      // The client prepends a made-up address each time; the trusted proxy appends the real one.
      for (let attempt = 0; attempt < 30; attempt += 1) {
        await api.gql(LOGIN, {
          variables: { email: `nadie${attempt}@example.org`, password: 'x' },
          headers: { 'x-forwarded-for': `198.51.100.${attempt}, 203.0.113.9` },
        });
      }
      const before = await databaseDigest(api.db);
      const blocked = await api.gql(LOGIN, {
        variables: { email: 'analista@demo.ruta.ec', password: 'ruta-demo' },
        headers: { 'x-forwarded-for': '192.0.2.77, 203.0.113.9' },
      });
      expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(await databaseDigest(api.db)).toEqual(before);
      // Another real address is not blocked.
      const other = await api.gql(LOGIN, {
        variables: { email: 'analista@demo.ruta.ec', password: 'ruta-demo' },
        headers: { 'x-forwarded-for': '203.0.113.10' },
      });
      expect(other.errors).toBeUndefined();
    });
  });

  describe('migrations', () => {
    const tables = (url: string) =>
      withClient(
        url,
        async (client) =>
          (
            await client.query(
              `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata')`,
            )
          ).rows[0].n as number,
      );

    it('run down to nothing and up again, on a seeded database and on an empty one', async () => {
      const seeded = await createTestDatabase(createDataSource);
      const emptyName = `ruta_empty_${process.pid}_${Date.now()}`;
      await withClient(process.env.RUTA_TEST_ADMIN_URL!, (client) => client.query(`CREATE DATABASE "${emptyName}"`));
      const empty = Object.assign(new URL(process.env.RUTA_TEST_ADMIN_URL!), { pathname: `/${emptyName}` }).toString();
      try {
        for (const url of [seeded.url, empty]) {
          const dataSource = createDataSource(url);
          await dataSource.initialize();
          try {
            await dataSource.runMigrations({ transaction: 'each' });
            const full = await tables(url);
            expect(full).toBeGreaterThan(20);
            for (let index = 0; index < migrations.length; index += 1) await dataSource.undoLastMigration({ transaction: 'each' });
            expect(await tables(url)).toBe(0);
            const applied = await dataSource.runMigrations({ transaction: 'each' });
            expect(applied).toHaveLength(migrations.length);
            expect(await tables(url)).toBe(full);
          } finally {
            await dataSource.destroy();
          }
        }
      } finally {
        await seeded.drop();
        await withClient(process.env.RUTA_TEST_ADMIN_URL!, (client) => client.query(`DROP DATABASE IF EXISTS "${emptyName}" WITH (FORCE)`));
      }
    }, 120_000);
  });
});
