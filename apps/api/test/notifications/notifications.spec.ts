import { conversatorioId, demoActionItemId, demoUserId, organizationId } from '@ruta/server-seed';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ITEM = demoActionItemId('formulacion-proyectos');
const NODE = 'id kind title body link createdAt readAt';

interface Inbox {
  notifications: {
    totalCount: number;
    nodes: Array<{ id: string; kind: string; title: string; body: string; link: string; readAt: string | null }>;
  };
  unreadNotificationCount: number;
}

/**
 * Notifications are routed from domain events on the job queue, once, to the people the reading
 * rules allow, never to the actor; each person reads and marks only their own.
 */
describe('notifications in the app', () => {
  let api: TestApp;
  const tokens: Record<string, string> = {};
  const clients: Client[] = [];

  const as = async <T>(who: string, query: string, variables: Record<string, unknown> = {}) => {
    const result = await api.gql<T>(query, { token: tokens[who], variables });
    if (result.errors) throw new Error(`${who}: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };
  const inbox = (who: string, unreadOnly = false) =>
    as<Inbox>(
      who,
      `query ($unread: Boolean) { notifications(first: 50, unreadOnly: $unread) { totalCount nodes { ${NODE} } } unreadNotificationCount }`,
      {
        unread: unreadOnly,
      },
    );
  const eventually = async <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const request = (kind: string) =>
    as<{ requestCommitment: { id: string } }>(
      'analyst',
      'mutation ($input: CommitmentInput!) { requestCommitment(input: $input) { id } }',
      {
        input: { actionItemId: ITEM, organizationId: organizationId('aecid'), kind, description: 'Acompañamiento técnico' },
      },
    );

  beforeAll(async () => {
    api = await startTestApp();
    for (const [who, email] of Object.entries({
      analyst: 'analista@demo.ruta.ec',
      aecid: 'socio.aecid@demo.ruta.ec',
      giz: 'socio.giz@demo.ruta.ec',
      azuay: 'tecnico.azuay@demo.ruta.ec',
      pichincha: 'tecnico.pichincha@demo.ruta.ec',
    })) {
      tokens[who] = await sessionFor(api, email);
    }
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api.close();
  });

  it('a commitment asked of AECID tells AECID’s people, live, in their language — not GIZ, not the analyst who asked', async () => {
    const client = createClient({
      url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokens.aecid}` },
      retryAttempts: 0,
    });
    clients.push(client);
    const live: Array<{ kind: string; title: string }> = [];
    await new Promise<void>((subscribed) => {
      client.subscribe<{ notificationReceived: { kind: string; title: string } }>(
        { query: `subscription { notificationReceived { ${NODE} } }` },
        {
          next: (message) => message.data && live.push(message.data.notificationReceived),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      // graphql-ws acknowledges before the server registers the iterator; a short settle is enough here.
      setTimeout(subscribed, 300);
    });

    const { requestCommitment } = await request('TRAINING');
    const aecid = await eventually(
      () => inbox('aecid'),
      (value) => value.unreadNotificationCount > 0,
      'AECID’s notification',
    );
    expect(aecid.notifications.nodes).toEqual([
      expect.objectContaining({
        kind: 'commitmentRequested',
        title: 'Se le pide un compromiso',
        body: expect.stringContaining('Analista de CONGOPE (demo) pide a AECID un compromiso'),
        link: `/hoja-de-ruta/${ITEM}`,
        readAt: null,
      }),
    ]);
    await eventually(
      async () => live,
      (value) => value.length === 1,
      'the live notification',
    );
    expect(live[0]).toMatchObject({ kind: 'commitmentRequested', title: 'Se le pide un compromiso' });
    expect(requestCommitment.id).toBeTruthy();
    // GIZ may not see AECID's commitments; the analyst did it.
    expect((await inbox('giz')).unreadNotificationCount).toBe(0);
    expect((await inbox('analyst')).notifications.nodes.filter((node) => node.kind === 'commitmentRequested')).toEqual([]);
  });

  it('AECID declining tells the analysts with the reason; in English for an analyst who reads English', async () => {
    const { requestCommitment } = await request('EQUIPMENT');
    await api.app
      .get((await import('typeorm')).DataSource)
      .query(`UPDATE app_user SET language = 'en' WHERE id = $1`, [demoUserId('analista@demo.ruta.ec')]);
    const before = (await inbox('analyst')).unreadNotificationCount;
    await as(
      'aecid',
      'mutation ($id: ID!) { reviewCommitment(id: $id, expectedVersion: 1, decision: DECLINED, comment: "Sin presupuesto este año") { id } }',
      {
        id: requestCommitment.id,
      },
    );
    const analyst = await eventually(
      () => inbox('analyst'),
      (value) => value.unreadNotificationCount > before,
      'the analyst’s notification',
    );
    expect(analyst.notifications.nodes[0]).toMatchObject({
      kind: 'commitmentDeclined',
      title: 'Commitment declined',
      body: expect.stringContaining('Sin presupuesto este año'),
    });
  });

  it('each person marks only their own notifications read; with no ids, all of them', async () => {
    const aecid = await inbox('aecid', true);
    expect(aecid.unreadNotificationCount).toBeGreaterThan(0);
    const [first] = aecid.notifications.nodes;
    // Someone else's id changes nothing.
    expect(
      (
        await as<{ markNotificationsRead: number }>('giz', 'mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }', {
          ids: [first.id],
        })
      ).markNotificationsRead,
    ).toBe(0);
    expect((await inbox('aecid')).unreadNotificationCount).toBe(aecid.unreadNotificationCount);
    expect(
      (
        await as<{ markNotificationsRead: number }>('aecid', 'mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }', {
          ids: [first.id],
        })
      ).markNotificationsRead,
    ).toBe(1);
    const after = await inbox('aecid');
    expect(after.unreadNotificationCount).toBe(aecid.unreadNotificationCount - 1);
    expect(after.notifications.nodes.find((node) => node.id === first.id)?.readAt).not.toBeNull();
    await as('aecid', 'mutation { markNotificationsRead }');
    expect((await inbox('aecid')).unreadNotificationCount).toBe(0);
    expect((await inbox('aecid', true)).notifications.totalCount).toBe(0);
  });

  it('a comment tells the person it mentions and a reply the thread’s earlier writers, never the writer', async () => {
    // The outcome document of a conversatorio both Azuay and Pichincha take part in.
    const { conversatorioDocument: document } = await as<{ conversatorioDocument: { id: string; title: string } }>(
      'azuay',
      'query ($id: ID!) { conversatorioDocument(conversatorioId: $id) { id title } }',
      { id: conversatorioId('cooperacion-descentralizada') },
    );
    const pichinchaId = demoUserId('tecnico.pichincha@demo.ruta.ec');
    const { openCommentThread } = await as<{ openCommentThread: { id: string } }>(
      'azuay',
      'mutation ($input: OpenCommentThreadInput!) { openCommentThread(input: $input) { id } }',
      {
        input: {
          documentId: document.id,
          anchorStart: 'AQID',
          anchorEnd: 'AQIE',
          quote: 'Síntesis',
          body: 'Revisemos esto',
          mentionIds: [pichinchaId],
        },
      },
    );
    const pichincha = await eventually(
      () => inbox('pichincha'),
      (value) => value.unreadNotificationCount > 0,
      'the mention',
    );
    expect(pichincha.notifications.nodes[0]).toMatchObject({
      kind: 'mentioned',
      body: `Técnica de Azuay (demo) le mencionó en un comentario de «${document.title}».`,
      link: `/documentos/${document.id}`,
    });
    expect((await inbox('azuay')).unreadNotificationCount).toBe(0);

    await as('pichincha', 'mutation ($id: ID!) { replyToCommentThread(id: $id, input: { body: "De acuerdo" }) { id } }', {
      id: openCommentThread.id,
    });
    const azuay = await eventually(
      () => inbox('azuay'),
      (value) => value.unreadNotificationCount > 0,
      'the reply',
    );
    expect(azuay.notifications.nodes[0]).toMatchObject({ kind: 'threadReply' });
    expect((await inbox('pichincha')).notifications.nodes.filter((node) => node.kind === 'threadReply')).toEqual([]);
  });
});
