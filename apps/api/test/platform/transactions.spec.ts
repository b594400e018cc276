import { demoActionItemId } from '@ruta/server-seed';
import { databaseDigest } from '@ruta/server-testing';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Multi-write mutations are all or nothing: a failure injected in PostgreSQL after their first
 * write (a trigger that raises on a later insert) leaves every table as it was.
 */
describe('a failure after the first write leaves nothing behind', () => {
  let api: TestApp;
  let analyst: string;

  beforeAll(async () => {
    api = await startTestApp();
    analyst = await sessionFor(api, 'analista@demo.ruta.ec');
    await api.db.query(`CREATE FUNCTION ruta_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
  });
  afterAll(() => api.close());

  /** Makes inserts into `table` fail (after `after` successful ones in the same statement run) while `work` runs. */
  const failingInserts = async (table: string, work: () => Promise<void>, after = 0) => {
    await api.db.query(`CREATE SEQUENCE ruta_test_inserts`);
    await api.db.query(`CREATE OR REPLACE FUNCTION ruta_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF nextval('ruta_test_inserts') > ${after} THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`);
    await api.db.query(`CREATE TRIGGER ruta_test_fail BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION ruta_test_fail()`);
    try {
      await work();
    } finally {
      await api.db.query(`DROP TRIGGER ruta_test_fail ON "${table}"`);
      await api.db.query(`DROP SEQUENCE ruta_test_inserts`);
    }
  };

  const version = async (id: string) =>
    (
      await api.gql<{ actionItem: { version: number } }>('query ($id: ID!) { actionItem(id: $id) { version } }', {
        token: analyst,
        variables: { id },
      })
    ).data!.actionItem.version;

  it('updateActionItem: the item is not changed when its history cannot be written', async () => {
    const id = demoActionItemId('paramos-andinos');
    const expectedVersion = await version(id);
    const before = await databaseDigest(api.db);
    await failingInserts('history_entry', async () => {
      const { errors } = await api.gql(
        'mutation ($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id } }',
        { token: analyst, variables: { id, input: { expectedVersion, progress: 55 } } },
      );
      expect(errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(errors)).not.toMatch(/injected failure|INSERT/);
    });
    expect(await databaseDigest(api.db)).toEqual(before);
  });

  it('mergeActionItems: neither item changes when the history fails', async () => {
    const target = demoActionItemId('paramos-andinos');
    const absorbed = demoActionItemId('formulacion-proyectos');
    const [targetVersion, absorbedVersion] = [await version(target), await version(absorbed)];
    const before = await databaseDigest(api.db);
    await failingInserts('history_entry', async () => {
      const { errors } = await api.gql(
        `mutation ($t: ID!, $tv: Int!, $a: ID!, $av: Int!) {
           mergeActionItems(targetId: $t, targetVersion: $tv, absorbedId: $a, absorbedVersion: $av) { id } }`,
        { token: analyst, variables: { t: target, tv: targetVersion, a: absorbed, av: absorbedVersion } },
      );
      expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }) })]);
    });
    expect(await databaseDigest(api.db)).toEqual(before);
  });

  it('importActionItems: no row is imported when the third one fails', async () => {
    const header = 'titulo;eje;provincia_lider;provincias_corresponsables;prioridad;ods;presupuesto_usd;inicio;fin;estado';
    const rows = ['Uno', 'Dos', 'Tres', 'Cuatro'].map((title) => `Acción ${title};Paradiplomacia;Azuay;;Media;;;;;Propuesta`);
    const before = await databaseDigest(api.db);
    await failingInserts(
      'action_item',
      async () => {
        const { errors } = await api.gql('mutation ($csv: String!) { importActionItems(csv: $csv, dryRun: false) { imported } }', {
          token: analyst,
          variables: { csv: [header, ...rows].join('\n') },
        });
        expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }) })]);
      },
      2,
    );
    expect(await databaseDigest(api.db)).toEqual(before);
  });
});
