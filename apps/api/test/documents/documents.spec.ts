import { CollaborationServer } from '@ruta/server-collaboration';
import { conversatorioId, demoUserId, nationalRoadmapDocumentId } from '@ruta/server-seed';
import { sessionFor } from '../support/actors.js';
import { connect, eventually, ticketFor, type CollaborationClient } from '../support/collaboration-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ANCHOR = { anchorStart: 'AQID', anchorEnd: 'AQIE' };
const OPEN_THREAD = `mutation ($input: OpenCommentThreadInput!) { openCommentThread(input: $input) { id status quote comments { body author { displayName } mentions { displayName } } } }`;

describe('documents: listing, comments, versions, search', () => {
  let api: TestApp;
  let outcomeId: string;
  const clients: CollaborationClient[] = [];
  const as = (email: string) => sessionFor(api, email);

  beforeAll(async () => {
    api = await startTestApp();
    const { data } = await api.gql<{ conversatorioDocument: { id: string } }>(
      'query ($id: ID!) { conversatorioDocument(conversatorioId: $id) { id } }',
      { token: await as('analista@demo.ruta.ec'), variables: { id: conversatorioId('cooperacion-descentralizada') } },
    );
    outcomeId = data!.conversatorioDocument.id;
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await api.close();
  });

  it('lists the national and theme roadmap documents and one outcome document per conversatorio, with each reader’s access', async () => {
    const { data } = await api.gql<{ documents: Array<{ kind: string; title: string; myAccess: string }> }>(
      '{ documents { kind title myAccess } }',
      { token: await as('tecnico.azuay@demo.ruta.ec') },
    );
    const kinds = data!.documents.map((document) => document.kind);
    expect(kinds.filter((kind) => kind === 'ROADMAP_NATIONAL')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'ROADMAP_THEME')).toHaveLength(4);
    expect(kinds.filter((kind) => kind === 'OUTCOME')).toHaveLength(4);
    // A technician reads and comments on the roadmap documents; analysts edit them.
    expect(data!.documents.find((document) => document.kind === 'ROADMAP_NATIONAL')!.myAccess).toBe('COMMENT');
    const analyst = await api.gql<{ document: { myAccess: string } }>('query ($id: ID!) { document(id: $id) { myAccess } }', {
      token: await as('analista@demo.ruta.ec'),
      variables: { id: nationalRoadmapDocumentId },
    });
    expect(analyst.data!.document.myAccess).toBe('EDIT');
  });

  it('opens, answers, resolves and reopens comment threads; only commenters comment, only the author or an editor resolves', async () => {
    const technician = await as('tecnico.azuay@demo.ruta.ec');
    const partner = await as('socio.aecid@demo.ruta.ec');
    const pichincha = await as('tecnico.pichincha@demo.ruta.ec');
    const opened = await api.gql<{
      openCommentThread: { id: string; status: string; comments: Array<{ mentions: Array<{ displayName: string }> }> };
    }>(OPEN_THREAD, {
      token: technician,
      variables: {
        input: {
          documentId: outcomeId,
          ...ANCHOR,
          quote: 'programa de riego',
          body: '¿Incluimos a las juntas de regantes?',
          mentionIds: [demoUserId('analista@demo.ruta.ec')],
        },
      },
    });
    expect(opened.errors).toBeUndefined();
    const threadId = opened.data!.openCommentThread.id;
    expect(opened.data!.openCommentThread.comments[0].mentions).toEqual([{ displayName: 'Analista de CONGOPE (demo)' }]);

    // A partner only reads an outcome document: no comments, nothing written.
    const refused = await api.gql(OPEN_THREAD, {
      token: partner,
      variables: { input: { documentId: outcomeId, ...ANCHOR, quote: 'x', body: 'No debería' } },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reply = await api.gql('mutation ($id: ID!) { replyToCommentThread(id: $id, input: { body: "Sí" }) { id } }', {
      token: partner,
      variables: { id: threadId },
    });
    expect(reply.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const analyst = await as('analista@demo.ruta.ec');
    await api.gql('mutation ($id: ID!) { replyToCommentThread(id: $id, input: { body: "Sí, en la próxima versión." }) { id } }', {
      token: analyst,
      variables: { id: threadId },
    });
    // On a roadmap document technicians comment; one may not resolve another's thread.
    const onRoadmap = await api.gql<{ openCommentThread: { id: string } }>(OPEN_THREAD, {
      token: technician,
      variables: { input: { documentId: nationalRoadmapDocumentId, ...ANCHOR, quote: 'riego', body: 'Falta Azuay aquí.' } },
    });
    const notTheirs = await api.gql('mutation ($id: ID!) { resolveCommentThread(id: $id) { status } }', {
      token: pichincha,
      variables: { id: onRoadmap.data!.openCommentThread.id },
    });
    expect(notTheirs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const resolved = await api.gql<{ resolveCommentThread: { status: string } }>(
      'mutation ($id: ID!) { resolveCommentThread(id: $id) { status } }',
      {
        token: technician,
        variables: { id: threadId },
      },
    );
    expect(resolved.data!.resolveCommentThread.status).toBe('RESOLVED');
    const reopened = await api.gql<{ reopenCommentThread: { status: string } }>(
      'mutation ($id: ID!) { reopenCommentThread(id: $id) { status } }',
      {
        token: analyst,
        variables: { id: threadId },
      },
    );
    expect(reopened.data!.reopenCommentThread.status).toBe('OPEN');
    const { data } = await api.gql<{ commentThreads: Array<{ id: string; comments: Array<{ body: string }> }> }>(
      'query ($id: ID!) { commentThreads(documentId: $id) { id comments { body } } }',
      { token: partner, variables: { id: outcomeId } },
    );
    expect(data!.commentThreads.find((thread) => thread.id === threadId)!.comments.map((comment) => comment.body)).toEqual([
      '¿Incluimos a las juntas de regantes?',
      'Sí, en la próxima versión.',
    ]);
    const badAnchor = await api.gql(OPEN_THREAD, {
      token: technician,
      variables: { input: { documentId: outcomeId, anchorStart: 'no es base64!', anchorEnd: 'AQIE', quote: 'x', body: 'y' } },
    });
    expect(badAnchor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('saves a named version, restores it as a change every editor receives, and keeps the replaced version', async () => {
    const analyst = await as('analista@demo.ruta.ec');
    const ticket = await ticketFor(api, analyst, outcomeId);
    const editor = connect(api.baseUrl, ticket.documentName, ticket.token);
    clients.push(editor);
    await editor.synced;
    editor.write('Versión acordada el primer día.');
    await editor.saved();
    const saved = await api.gql<{ createDocumentSnapshot: { id: string } }>(
      'mutation ($id: ID!) { createDocumentSnapshot(documentId: $id, name: "Primer día") { id } }',
      { token: analyst, variables: { id: outcomeId } },
    );
    editor.write('Párrafo añadido después, que la restauración quita.');
    await editor.saved();
    const restored = await api.gql('mutation ($id: ID!) { restoreDocumentSnapshot(id: $id) { id } }', {
      token: analyst,
      variables: { id: saved.data!.createDocumentSnapshot.id },
    });
    expect(restored.errors).toBeUndefined();
    await eventually(() => !editor.text().includes('que la restauración quita'));
    expect(editor.text()).toContain('Versión acordada el primer día.');
    const { data } = await api.gql<{ documentSnapshots: Array<{ name: string | null; html: string }> }>(
      'query ($id: ID!) { documentSnapshots(documentId: $id) { name html } }',
      { token: analyst, variables: { id: outcomeId } },
    );
    const before = data!.documentSnapshots.find((snapshot) => snapshot.name?.startsWith('Antes de restaurar'));
    expect(before?.html).toContain('que la restauración quita');
    // A technician of another province may not restore.
    const refused = await api.gql('mutation ($id: ID!) { restoreDocumentSnapshot(id: $id) { id } }', {
      token: await as('socio.aecid@demo.ruta.ec'),
      variables: { id: saved.data!.createDocumentSnapshot.id },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps the stored renderings current, so documents join contributions and action items in search', async () => {
    const analyst = await as('analista@demo.ruta.ec');
    const ticket = await ticketFor(api, analyst, outcomeId);
    const editor = connect(api.baseUrl, ticket.documentName, ticket.token);
    clients.push(editor);
    await editor.synced;
    editor.write('Las juntas parroquiales de Cañar se sumarán al programa de reforestación.');
    await editor.saved();
    const search = async () =>
      (
        await api.gql<{ search: Array<{ kind: string; id: string; snippet: string }> }>(
          '{ search(text: "reforestacion canar") { kind id snippet } }',
          { token: await as('socio.giz@demo.ruta.ec') },
        )
      ).data!.search;
    await eventually(async () => {
      api.app.get(CollaborationServer).hocuspocus.flushPendingStores();
      return (await search()).some((hit) => hit.kind === 'DOCUMENT' && hit.id === outcomeId);
    });
    const hit = (await search()).find((found) => found.id === outcomeId)!;
    expect(hit.snippet).toMatch(/⟦reforestación⟧/);
    const mixed = await api.gql<{ search: Array<{ kind: string }> }>('{ search(text: "cooperación") { kind } }', { token: analyst });
    expect(new Set(mixed.data!.search.map((found) => found.kind))).toEqual(new Set(['CONTRIBUTION', 'ACTION_ITEM', 'DOCUMENT']));
    const [row] = await api.db.query('SELECT html, markdown FROM document WHERE id = $1', [outcomeId]);
    expect(row.html).toContain('<h2>Síntesis del conversatorio</h2>');
    expect(row.markdown).toContain('## Síntesis del conversatorio');
  });
});
