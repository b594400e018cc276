import { CollaborationMetrics, CollaborationServer } from '@ruta/server-collaboration';
import { nationalRoadmapDocumentId } from '@ruta/server-seed';
import { sessionFor } from '../support/actors.js';
import { connect, eventually, ticketFor, type CollaborationClient } from '../support/collaboration-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The database failing or slowing down while people type: edits are never acknowledged before
 * they are stored, the editor keeps them and they are stored once the database is back; a slow
 * store does not pile up more stores.
 */
describe('collaboration when the database fails or slows down', () => {
  let api: TestApp;
  const clients: CollaborationClient[] = [];
  const open = async () => {
    const ticket = await ticketFor(api, await sessionFor(api, 'analista@demo.ruta.ec'), nationalRoadmapDocumentId);
    const client = connect(api.baseUrl, ticket.documentName, ticket.token);
    clients.push(client);
    await client.synced;
    return { client, ticket };
  };

  beforeAll(async () => {
    api = await startTestApp();
    await api.db.query(`CREATE FUNCTION ruta_test_outage() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'database unavailable'; END $$`);
    await api.db.query(`CREATE FUNCTION ruta_test_slow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(1.5); RETURN NEW; END $$`);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(() => api.close());

  it('keeps edits made while nothing can be stored, shows them unsaved, and stores them when the database is back', async () => {
    // 12 s: longer than the server's own retries (about 8 s), so the connection is closed and the
    // editor reconnects, sending what the server lacks once it can store it.
    const { client, ticket } = await open();
    client.write('Antes del corte.');
    await client.saved();
    await api.db.query(
      'CREATE TRIGGER ruta_test_outage BEFORE INSERT OR UPDATE ON document_update FOR EACH ROW EXECUTE FUNCTION ruta_test_outage()',
    );
    try {
      client.write('Durante el corte.');
      // Not acknowledged: the editor still counts it as unsaved, all along.
      for (let second = 0; second < 12; second += 1) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect(client.provider.hasUnsyncedChanges).toBe(true);
      }
      client.write('Mientras reconecta.');
    } finally {
      await api.db.query('DROP TRIGGER ruta_test_outage ON document_update');
    }
    // Back: the edit is stored without anyone doing anything.
    await client.saved(20_000);
    const reader = connect(api.baseUrl, ticket.documentName, ticket.token);
    clients.push(reader);
    await reader.synced;
    expect(reader.text()).toContain('Antes del corte.');
    expect(reader.text()).toContain('Durante el corte.');
    expect(reader.text()).toContain('Mientras reconecta.');
    const [{ n }] = (await api.db.query(`SELECT count(*)::int AS n FROM document_update WHERE document_id = $1`, [
      nationalRoadmapDocumentId,
    ])) as Array<{ n: number }>;
    const [row] = (await api.db.query('SELECT plain_text FROM document WHERE id = $1', [nationalRoadmapDocumentId])) as Array<{
      plain_text: string;
    }>;
    // Stored: appended, or already folded into the document's state.
    expect(n > 0 || row.plain_text.includes('Durante el corte.')).toBe(true);
  }, 60_000);

  it('does not multiply stores when storing is slow', async () => {
    const metrics = api.app.get(CollaborationMetrics);
    const { client } = await open();
    await api.db.query('CREATE TRIGGER ruta_test_slow BEFORE UPDATE ON document FOR EACH ROW EXECUTE FUNCTION ruta_test_slow()');
    const storesBefore = metrics.stores + metrics.storeFailures;
    try {
      // Six seconds of steady typing, with stores that take 1.5 s each.
      const until = Date.now() + 6_000;
      let line = 0;
      while (Date.now() < until) {
        client.write(`Línea ${line++}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await client.saved();
      api.app.get(CollaborationServer).hocuspocus.flushPendingStores();
      await eventually(() => metrics.stores + metrics.storeFailures > storesBefore, 10_000);
    } finally {
      await api.db.query('DROP TRIGGER ruta_test_slow ON document');
    }
    // The debounce (2 s, at most 10 s) and one store at a time: a handful, not one per edit (~60).
    expect(metrics.stores + metrics.storeFailures - storesBefore).toBeLessThanOrEqual(4);
  }, 40_000);
});
