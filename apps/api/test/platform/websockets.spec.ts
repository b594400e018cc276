import { CollaborationServer } from '@ruta/server-collaboration';
import {
  GRAPHQL_WS_MAX_PAYLOAD,
  MAX_GRAPHQL_SOCKETS_PER_SESSION,
  MAX_SOCKETS_PER_ADDRESS,
  MAX_SUBSCRIPTIONS_PER_SESSION,
  SESSION_COOKIE,
  WebSocketGate,
} from '@ruta/server-core';
import { conversatorioId, demoUserId } from '@ruta/server-seed';
import { createClient, type Client } from 'graphql-ws';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { sessionFor } from '../support/actors.js';
import { frame, rawUpgrade, type RawSocket } from '../support/raw-websocket.js';
import { connect, eventually, ticketFor, type CollaborationClient } from '../support/collaboration-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CONTRIBUTIONS = `subscription ($id: ID!) { contributionChanged(conversatorioId: $id) { kind contributionId } }`;
const DESCENTRALIZADA = conversatorioId('cooperacion-descentralizada');
const COLLABORATION_MAX_PAYLOAD = 8 * 1024 * 1024;

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

describe('WebSockets: every socket handles its errors, sessions end their connections, the door is checked', () => {
  let api: TestApp;
  let port: number;
  const clients: Client[] = [];
  const editors: CollaborationClient[] = [];

  const graphqlClient = (token?: string) => {
    const client = createClient({
      url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
    });
    clients.push(client);
    return client;
  };

  const alive = async () => {
    const health = await fetch(`${api.baseUrl}/health`);
    expect(health.status).toBe(200);
    const { data } = await api.gql<{ provinces: unknown[] }>('{ provinces { code } }');
    expect(data?.provinces).toHaveLength(24);
  };

  beforeAll(async () => {
    api = await startTestApp();
    port = Number(new URL(api.baseUrl).port);
  });
  afterEach(() => {
    for (const editor of editors.splice(0)) editor.close();
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api.close();
  });

  describe('fuzz: malformed, oversized and garbage frames close only their own connection', () => {
    const endpoints: Array<{ path: string; headers: Record<string, string>; maxPayload: number }> = [
      { path: '/collaboration', headers: {}, maxPayload: COLLABORATION_MAX_PAYLOAD },
      { path: '/graphql', headers: { 'Sec-WebSocket-Protocol': 'graphql-transport-ws' }, maxPayload: GRAPHQL_WS_MAX_PAYLOAD },
    ];
    const attacks: Array<[string, () => Buffer]> = [
      // FIN + RSV1 (no extension negotiated) + binary, empty masked payload. A ping without FIN is a
      // fragmented control frame, a protocol error.
      ['RSV1 set without an extension', () => Buffer.from([0xc2, 0x80, 0x01, 0x02, 0x03, 0x04])],
      ['an unknown opcode', () => frame(0x83, Buffer.from('x'))],
      ['a text frame that is not UTF-8', () => frame(0x81, Buffer.from([0xff, 0xfe, 0xfd]))],
      ['an unmasked frame', () => Buffer.from([0x82, 0x01, 0x00])],
      ['a fragmented control frame', () => frame(0x09, Buffer.from('ping'))],
      ['garbage bytes', () => randomBytes(4096)],
    ];

    for (const signedIn of [false, true]) {
      for (const endpoint of endpoints) {
        for (const [name, bytes] of attacks) {
          it(`${endpoint.path}, ${signedIn ? 'signed in' : 'anonymous'}: ${name}`, async () => {
            const headers: Record<string, string> = { ...endpoint.headers };
            if (signedIn) headers.Cookie = `${SESSION_COOKIE}=${await sessionFor(api, 'tecnico.azuay@demo.ruta.ec')}`;
            const raw = await rawUpgrade(port, endpoint.path, headers);
            expect(raw.status).toMatch(/^HTTP\/1.1 101/);
            raw.socket.write(bytes());
            await withTimeout(raw.closed, 5000, 'the server closing the bad connection');
            await alive();
          });
        }
        it(`${endpoint.path}, ${signedIn ? 'signed in' : 'anonymous'}: one frame over the endpoint's limit`, async () => {
          const headers: Record<string, string> = { ...endpoint.headers };
          if (signedIn) headers.Cookie = `${SESSION_COOKIE}=${await sessionFor(api, 'analista@demo.ruta.ec')}`;
          const raw = await rawUpgrade(port, endpoint.path, headers);
          expect(raw.status).toMatch(/^HTTP\/1.1 101/);
          raw.socket.write(frame(0x82, Buffer.alloc(endpoint.maxPayload + 1, 7)));
          await withTimeout(raw.closed, 10_000, 'the server closing the oversized connection');
          await alive();
        });
      }
    }

    it('/graphql refuses a 9 MiB message before anything reads it (graphql-ws limit)', async () => {
      const socket = new WebSocket(`${api.baseUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.on('error', () => undefined);
      socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(9 * 1024 * 1024) } }));
      expect(await withTimeout(closed, 10_000, 'the close')).toBe(1009);
      await alive();
    });

    it('an unknown WebSocket path is refused and the server stays up', async () => {
      const raw = await rawUpgrade(port, '/no-such-endpoint');
      expect(raw.status).toMatch(/^HTTP\/1.1 404/);
      await withTimeout(raw.closed, 5000, 'the refusal');
      await alive();
    });
  });

  describe('a session that ends ends its connections', () => {
    const contribute = (token: string, body: string) =>
      api.gql('mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }', {
        token,
        variables: { input: { conversatorioId: DESCENTRALIZADA, provinceCode: '01', type: 'IDEA', body } },
      });

    const listen = (client: Client) => {
      const events: unknown[] = [];
      let ended = false;
      client.subscribe(
        { query: CONTRIBUTIONS, variables: { id: DESCENTRALIZADA } },
        { next: (message) => events.push(message), error: () => (ended = true), complete: () => (ended = true) },
      );
      return { events, ended: () => ended };
    };

    it('logout stops the session’s open subscription', async () => {
      const session = await sessionFor(api, 'tecnico.pichincha@demo.ruta.ec');
      const subscriber = listen(graphqlClient(session));
      const author = await sessionFor(api, 'tecnico.azuay@demo.ruta.ec');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await contribute(author, 'Antes de salir');
      await eventually(() => subscriber.events.length === 1);

      await api.gql('mutation { logout }', { token: session });
      await eventually(() => subscriber.ended());
      await contribute(author, 'Después de salir');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(subscriber.events).toHaveLength(1);
    });

    it('logoutEverywhere, disabling and a new role end every subscription of the person', async () => {
      const admin = await sessionFor(api, 'admin@demo.ruta.ec');
      const author = await sessionFor(api, 'tecnico.azuay@demo.ruta.ec');
      const email = 'socio.giz@demo.ruta.ec';

      const everywhere = [listen(graphqlClient(await sessionFor(api, email))), listen(graphqlClient(await sessionFor(api, email)))];
      await new Promise((resolve) => setTimeout(resolve, 300));
      await api.gql('mutation { logoutEverywhere }', { token: await sessionFor(api, email) });
      await eventually(() => everywhere.every((subscriber) => subscriber.ended()));

      const disabled = listen(graphqlClient(await sessionFor(api, email)));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const off = await api.gql('mutation ($id: ID!) { setUserDisabled(id: $id, disabled: true) { id } }', {
        token: admin,
        variables: { id: demoUserId(email) },
      });
      expect(off.errors).toBeUndefined();
      await eventually(() => disabled.ended());
      await api.gql('mutation ($id: ID!) { setUserDisabled(id: $id, disabled: false) { id } }', {
        token: admin,
        variables: { id: demoUserId(email) },
      });

      await contribute(author, 'Nadie de GIZ debería recibir esto');
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const subscriber of [...everywhere, disabled]) expect(subscriber.events).toHaveLength(0);
    });

    it('a new password closes the other sessions’ editor connections, and nothing typed after is stored', async () => {
      const analyst = await sessionFor(api, 'analista@demo.ruta.ec');
      const { data } = await api.gql<{ conversatorioDocument: { id: string } }>(
        'query ($id: ID!) { conversatorioDocument(conversatorioId: $id) { id } }',
        { token: analyst, variables: { id: DESCENTRALIZADA } },
      );
      const documentId = data!.conversatorioDocument.id;
      const other = await sessionFor(api, 'tecnico.azuay@demo.ruta.ec');
      const current = await sessionFor(api, 'tecnico.azuay@demo.ruta.ec');
      const ticket = await ticketFor(api, other, documentId);
      const editor = connect(api.baseUrl, ticket.documentName, ticket.token);
      editors.push(editor);
      await editor.synced;
      const server = api.app.get(CollaborationServer);
      const before = server.connectionCount;

      const changed = await api.gql('mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }', {
        token: current,
        variables: { input: { currentPassword: 'ruta-demo', newPassword: 'una-clave-nueva-larga' } },
      });
      expect(changed.errors).toBeUndefined();
      await eventually(() => server.connectionCount === before - 1);
      editor.write('Escrito con una sesión terminada');
      await new Promise((resolve) => setTimeout(resolve, 800));
      server.hocuspocus.flushPendingStores();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const stored = (await api.db.query(
        `SELECT count(*)::int AS n FROM document d WHERE d.id = $1 AND d.plain_text LIKE '%sesión terminada%'`,
        [documentId],
      )) as Array<{ n: number }>;
      expect(stored[0].n).toBe(0);
      const updates = (await api.db.query(`SELECT update FROM document_update WHERE document_id = $1`, [documentId])) as Array<{
        update: Buffer;
      }>;
      expect(updates.some((row) => row.update.toString('latin1').includes('terminada'))).toBe(false);
      // Set the demo password back for the other tests of the file.
      await api.gql('mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }', {
        token: current,
        variables: { input: { currentPassword: 'una-clave-nueva-larga', newPassword: 'ruta-demo' } },
      });
    });
  });

  describe('the door: origin and caps', () => {
    it('refuses a cookie-authenticated upgrade from another site, on both endpoints', async () => {
      const cookie = `${SESSION_COOKIE}=${await sessionFor(api, 'analista@demo.ruta.ec')}`;
      for (const path of ['/graphql', '/collaboration']) {
        const evil = await rawUpgrade(port, path, { Origin: 'http://evil.example', Cookie: cookie });
        expect(evil.status).toMatch(/^HTTP\/1.1 403/);
        const own = await rawUpgrade(port, path, { Origin: `http://127.0.0.1:${port}`, Cookie: cookie });
        expect(own.status).toMatch(/^HTTP\/1.1 101/);
        own.socket.destroy();
      }
    });

    it(`caps a session at ${MAX_GRAPHQL_SOCKETS_PER_SESSION} sockets and ${MAX_SUBSCRIPTIONS_PER_SESSION} subscriptions`, async () => {
      const session = await sessionFor(api, 'moderador@demo.ruta.ec');
      const sockets: WebSocket[] = [];
      const open = async () => {
        const socket = new WebSocket(`${api.baseUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
        sockets.push(socket);
        socket.on('error', () => undefined);
        await new Promise((resolve) => socket.once('open', resolve));
        const answer = new Promise<{ type?: string; code?: number }>((resolve) => {
          socket.once('message', (data) => resolve(JSON.parse(String(data)) as { type: string }));
          socket.once('close', (code) => resolve({ code }));
        });
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${session}` } }));
        return answer;
      };
      for (let index = 0; index < MAX_GRAPHQL_SOCKETS_PER_SESSION; index += 1) expect((await open()).type).toBe('connection_ack');
      expect((await open()).code).toBe(4429);

      const first = sockets[0];
      const errors: unknown[] = [];
      first.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; payload: unknown };
        if (message.type === 'error') errors.push(message.payload);
      });
      for (let index = 0; index <= MAX_SUBSCRIPTIONS_PER_SESSION; index += 1) {
        first.send(
          JSON.stringify({ id: `s${index}`, type: 'subscribe', payload: { query: CONTRIBUTIONS, variables: { id: DESCENTRALIZADA } } }),
        );
      }
      await eventually(() => errors.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Exactly the one over the cap is refused, with a code and both languages.
      expect(errors).toHaveLength(1);
      expect(JSON.stringify(errors[0])).toContain('RATE_LIMITED');
      expect(JSON.stringify(errors[0])).toContain('Demasiadas suscripciones');
      for (const socket of sockets) socket.close();
    });

    it(`caps one address at ${MAX_SOCKETS_PER_ADDRESS} open WebSockets`, async () => {
      const opened: RawSocket[] = [];
      // The earlier tests' sockets are closed first, so that the count starts from nothing.
      await Promise.all(clients.splice(0).map((client) => client.dispose()));
      const gate = api.app.get(WebSocketGate);
      await eventually(() => gate.socketsOf('127.0.0.1') === 0);
      for (let index = 0; index < MAX_SOCKETS_PER_ADDRESS; index += 1) {
        const raw = await rawUpgrade(port, '/collaboration');
        expect(raw.status).toMatch(/^HTTP\/1.1 101/);
        opened.push(raw);
      }
      const over = await rawUpgrade(port, '/graphql', { 'Sec-WebSocket-Protocol': 'graphql-transport-ws' });
      expect(over.status).toMatch(/^HTTP\/1.1 429/);
      for (const raw of opened) raw.socket.destroy();
      await Promise.all(opened.map((raw) => raw.closed));
      await eventually(async () =>
        (await rawUpgrade(port, '/collaboration').then((raw) => (raw.socket.destroy(), raw.status))).includes('101'),
      );
      await alive();
    });
  });
});
