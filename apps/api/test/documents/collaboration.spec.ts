import { CollaborationServer } from '@ruta/server-collaboration';
import { conversatorioId } from '@ruta/server-seed';
import { sessionFor } from '../support/actors.js';
import { connect, eventually, paragraphsOf, ticketFor, type CollaborationClient } from '../support/collaboration-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const OUTCOME = `query ($id: ID!) { conversatorioDocument(conversatorioId: $id) { id myAccess } }`;

describe('collaboration on /collaboration (Hocuspocus)', () => {
  let api: TestApp;
  let documentId: string;
  const clients: CollaborationClient[] = [];
  const open = (documentName: string, token: string) => {
    const client = connect(api.baseUrl, documentName, token);
    clients.push(client);
    return client;
  };
  /** The stored text once it contains `expected` (stores are debounced; this asks for them now). */
  const storedTextWith = async (expected: string) => {
    let text = '';
    await eventually(async () => {
      api.app.get(CollaborationServer).hocuspocus.flushPendingStores();
      const [row] = await api.db.query('SELECT plain_text FROM document WHERE id = $1', [documentId]);
      text = row.plain_text as string;
      return text.includes(expected);
    });
    return text;
  };
  const appendedUpdates = async () =>
    Number((await api.db.query('SELECT count(*)::int AS n FROM document_update WHERE document_id = $1', [documentId]))[0].n);

  beforeAll(async () => {
    api = await startTestApp();
    const analyst = await sessionFor(api, 'analista@demo.ruta.ec');
    const { data } = await api.gql<{ conversatorioDocument: { id: string } }>(OUTCOME, {
      token: analyst,
      variables: { id: conversatorioId('cooperacion-descentralizada') },
    });
    documentId = data!.conversatorioDocument.id;
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(() => api.close());

  it('tells each person what they may do in the outcome document of an open conversatorio', async () => {
    const accessOf = async (email: string) => (await ticketFor(api, await sessionFor(api, email), documentId)).access;
    expect(await accessOf('tecnico.azuay@demo.ruta.ec')).toBe('EDIT');
    expect(await accessOf('analista@demo.ruta.ec')).toBe('EDIT');
    // Galápagos does not take part; a partner and the moderator of another session read.
    expect(await accessOf('socio.aecid@demo.ruta.ec')).toBe('READ');
  });

  it('two editors converge on the same content, and each acknowledged edit is stored', async () => {
    const technician = await ticketFor(api, await sessionFor(api, 'tecnico.azuay@demo.ruta.ec'), documentId);
    const analyst = await ticketFor(api, await sessionFor(api, 'analista@demo.ruta.ec'), documentId);
    const a = open(technician.documentName, technician.token);
    const b = open(analyst.documentName, analyst.token);
    await Promise.all([a.synced, b.synced]);
    a.write('Azuay propone un programa de riego comunitario.');
    b.write('CONGOPE acompañará la formulación del proyecto.');
    await Promise.all([a.saved(), b.saved()]);
    await eventually(() => paragraphsOf(a.doc).length >= 2 && a.text() === b.text());
    expect(a.text()).toContain('riego comunitario');
    expect(a.text()).toContain('formulación del proyecto');
    // Acknowledged means stored: the updates are in PostgreSQL before the compaction runs.
    expect(await appendedUpdates()).toBeGreaterThan(0);
    const stored = await storedTextWith('riego comunitario');
    expect(stored).toContain('formulación del proyecto');

    // What "saved" costs: from a change to its acknowledgement, i.e. stored in PostgreSQL (reported, not asserted).
    const latencies: number[] = [];
    for (let index = 0; index < 50; index += 1) {
      const started = performance.now();
      a.write(`Línea ${index}`);
      await a.saved();
      latencies.push(performance.now() - started);
    }
    latencies.sort((x, y) => x - y);
    console.info(`edit → stored acknowledgement: p50 ${latencies[25].toFixed(1)} ms, p95 ${latencies[47].toFixed(1)} ms (50 edits)`);
  });

  it('refuses a connection without a valid token, or with a token for another document', async () => {
    const analystSession = await sessionFor(api, 'analista@demo.ruta.ec');
    await expect(open(`document:${documentId}`, 'not-a-token').synced).rejects.toThrow(/refused/);
    const { data } = await api.gql<{ documents: Array<{ id: string }> }>('{ documents { id } }', { token: analystSession });
    const other = data!.documents.find((document) => document.id !== documentId)!.id;
    const ticket = await ticketFor(api, analystSession, other);
    await expect(open(`document:${documentId}`, ticket.token).synced).rejects.toThrow(/refused/);
  });

  it("never applies nor stores a read-only connection's edits", async () => {
    const reader = await ticketFor(api, await sessionFor(api, 'socio.aecid@demo.ruta.ec'), documentId);
    const editor = await ticketFor(api, await sessionFor(api, 'analista@demo.ruta.ec'), documentId);
    const partner = open(reader.documentName, reader.token);
    const analyst = open(editor.documentName, editor.token);
    await Promise.all([partner.synced, analyst.synced]);
    const before = await appendedUpdates();
    partner.write('Texto que un lector intenta escribir');
    // The server answers "not saved": the change stays pending on the reader's side.
    await expect(partner.saved(1_500)).rejects.toThrow(/not saved/);
    analyst.write('Una línea del analista');
    await analyst.saved();
    await eventually(() => partner.text().includes('Una línea del analista'));
    expect(analyst.text()).not.toContain('intenta escribir');
    expect(await appendedUpdates()).toBe(before + 1);
    expect(await storedTextWith('Una línea del analista')).not.toContain('intenta escribir');
  });

  it('closes the connections of a session that signs out', async () => {
    const session = await sessionFor(api, 'tecnico.azuay@demo.ruta.ec');
    const ticket = await ticketFor(api, session, documentId);
    const client = open(ticket.documentName, ticket.token);
    await client.synced;
    const server = api.app.get(CollaborationServer);
    const before = server.connectionCount;
    await api.gql('mutation { logout }', { token: session });
    await eventually(() => server.connectionCount === before - 1);
    // Reconnecting with the same ticket is refused: the session behind it is gone.
    await expect(open(ticket.documentName, ticket.token).synced).rejects.toThrow(/refused/);
  });

  it('moves participants to read-only when the conversatorio closes, closing their open connections', async () => {
    const analyst = await sessionFor(api, 'analista@demo.ruta.ec');
    const conversatorio = await api.gql<{ conversatorio: { version: number } }>('query ($id: ID!) { conversatorio(id: $id) { version } }', {
      token: analyst,
      variables: { id: conversatorioId('cooperacion-descentralizada') },
    });
    const technician = await sessionFor(api, 'tecnico.azuay@demo.ruta.ec');
    const ticket = await ticketFor(api, technician, documentId);
    const client = open(ticket.documentName, ticket.token);
    await client.synced;
    client.write('Escrito mientras está abierto');
    await client.saved();
    const { errors } = await api.gql(
      'mutation ($id: ID!, $v: Int!) { moveConversatorio(id: $id, input: { status: CLOSED, expectedVersion: $v }) { status } }',
      { token: analyst, variables: { id: conversatorioId('cooperacion-descentralizada'), v: conversatorio.data!.conversatorio.version } },
    );
    expect(errors).toBeUndefined();
    // The open editor reconnects on its own, now read-only: what it types is no longer accepted.
    await eventually(() => client.provider.authorizedScope === 'readonly');
    client.write('Escrito después del cierre');
    await expect(client.saved(3_000)).rejects.toThrow(/not saved/);
    expect(await storedTextWith('Escrito mientras está abierto')).not.toContain('después del cierre');
    // Participants keep commenting on a closed conversatorio's document until it is consolidated.
    expect((await ticketFor(api, technician, documentId)).access).toBe('COMMENT');
  });
});
