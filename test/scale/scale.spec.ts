import { gql, withClient } from '@ruta/server-testing';
import { createClient, type Client } from 'graphql-ws';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { connect, eventually, ticketFor, type CollaborationClient } from '../../apps/api/test/support/collaboration-client.js';
import { freePort, Instance, Nginx } from './cluster.js';

const REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Two API processes on one PostgreSQL and the machine's Redis, with nginx (the project's own
 * configuration) in front: what production runs, on loopback.
 */
describe('scale-out: two instances behind nginx', () => {
  const run = randomBytes(4).toString('hex');
  const adminUrl = process.env.RUTA_TEST_ADMIN_URL!;
  const database = `ruta_scale_${run}`;
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
  let a: Instance;
  let b: Instance;
  let nginx: Nginx;
  const subscribers: Client[] = [];
  const editors: CollaborationClient[] = [];
  const figures: Record<string, number> = {};

  const signIn = async (baseUrl: string, email: string) =>
    (
      await gql<{ login: { token: string } }>(
        baseUrl,
        'mutation ($email: String!) { login(email: $email, password: "ruta-demo") { token } }',
        {
          variables: { email },
        },
      )
    ).data!.login.token;
  const outcomeDocument = async (baseUrl: string, token: string) => {
    const { rows } = await withClient(databaseUrl, (client) =>
      client.query(`SELECT id FROM conversatorio WHERE title ILIKE '%cooperación descentralizada%' LIMIT 1`),
    );
    const { data } = await gql<{ conversatorioDocument: { id: string } }>(
      baseUrl,
      'query ($id: ID!) { conversatorioDocument(conversatorioId: $id) { id } }',
      { token, variables: { id: rows[0].id } },
    );
    return { conversatorioId: rows[0].id as string, documentId: data!.conversatorioDocument.id };
  };
  /** The instance an editor's connection landed on (through nginx), from the instances' metrics. */
  const instanceOf = async (before: Map<Instance, number>) => {
    for (const instance of [a, b]) {
      if ((await instance.metric('ruta_collaboration_connections')) > before.get(instance)!) return instance;
    }
    throw new Error('the editor is on no instance');
  };
  const connections = async () =>
    new Map([
      [a, await a.metric('ruta_collaboration_connections')],
      [b, await b.metric('ruta_collaboration_connections')],
    ]);

  beforeAll(async () => {
    await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${database}"`));
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      REDIS_PREFIX: `ruta-scale-${run}`,
      TRUST_PROXY: 'loopback',
      NODE_ENV: '',
      LOG_LEVEL: 'warn',
    };
    a = new Instance('A', await freePort(), env);
    b = new Instance('B', await freePort(), env);
    nginx = new Nginx(await freePort(), [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`]);
  });
  afterAll(async () => {
    for (const client of subscribers) await client.dispose();
    for (const editor of editors) editor.close();
    await nginx?.stop();
    await Promise.all([a?.stop(), b?.stop()]);
    await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    console.log(`scale figures: ${JSON.stringify(figures)}`);
  });

  it('boots two instances at the same moment on an empty database: the migrations run once', async () => {
    await Promise.all([a.start(), b.start()]);
    const applied = [a.output, b.output].filter((output) => /Applied \d+ migration/.test(output));
    expect(applied).toHaveLength(1);
    const { rows } = await withClient(databaseUrl, (client) =>
      client.query('SELECT name, count(*)::int AS n FROM migrations GROUP BY name'),
    );
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.filter((row: { n: number }) => row.n !== 1)).toEqual([]);
    await nginx.start();
    const ready = (await (await fetch(`${nginx.baseUrl}/health/ready`)).json()) as { info: Record<string, { status: string }> };
    expect(ready.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
    // Metrics are for the instances, not the public site.
    expect((await fetch(`${nginx.baseUrl}/metrics`)).status).toBe(404);
  });

  it('delivers a contribution created through instance A to a subscriber on instance B', async () => {
    const analyst = await signIn(b.baseUrl, 'analista@demo.ruta.ec');
    const technician = await signIn(a.baseUrl, 'tecnico.azuay@demo.ruta.ec');
    const { conversatorioId } = await outcomeDocument(a.baseUrl, technician);
    const received: Array<{ contributionId: string }> = [];
    const client = createClient({
      url: `${b.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${analyst}` },
      retryAttempts: 0,
    });
    subscribers.push(client);
    const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    client.subscribe<{ contributionChanged: { contributionId: string } }>(
      {
        query: 'subscription ($id: ID!) { contributionChanged(conversatorioId: $id) { contributionId } }',
        variables: { id: conversatorioId },
      },
      { next: ({ data }) => data && received.push(data.contributionChanged), error: () => undefined, complete: () => undefined },
    );
    await connected;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const created = await gql<{ createContribution: { id: string } }>(
      a.baseUrl,
      'mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }',
      { token: technician, variables: { input: { conversatorioId, provinceCode: '01', type: 'IDEA', body: `Aporte por A (${run})` } } },
    );
    expect(created.errors).toBeUndefined();
    await eventually(() => received.length > 0, 5_000);
    expect(received[0].contributionId).toBe(created.data!.createContribution.id);
  });

  it('lets two editors on different instances converge', async () => {
    const analyst = await signIn(a.baseUrl, 'analista@demo.ruta.ec');
    const { documentId } = await outcomeDocument(a.baseUrl, analyst);
    const onA = await ticketFor({ gql: (query, options) => gql(a.baseUrl, query, options) }, analyst, documentId);
    const onB = await ticketFor({ gql: (query, options) => gql(b.baseUrl, query, options) }, analyst, documentId);
    const first = connect(a.baseUrl, onA.documentName, onA.token);
    const second = connect(b.baseUrl, onB.documentName, onB.token);
    editors.push(first, second);
    await Promise.all([first.synced, second.synced]);
    first.write(`Desde A (${run})`);
    second.write(`Desde B (${run})`);
    await Promise.all([first.saved(), second.saved()]);
    for (const editor of [first, second]) {
      await eventually(() => editor.text().includes(`Desde A (${run})`) && editor.text().includes(`Desde B (${run})`));
    }
    expect(first.text()).toBe(second.text());
    first.close();
    second.close();
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`${signal} on the instance an editor is on: it reconnects through nginx to the other, nothing lost`, async () => {
      const analyst = await signIn(nginx.baseUrl, 'analista@demo.ruta.ec');
      const { documentId } = await outcomeDocument(nginx.baseUrl, analyst);
      const ticket = await ticketFor({ gql: (query, options) => gql(nginx.baseUrl, query, options) }, analyst, documentId);
      const before = await connections();
      const editor = connect(nginx.baseUrl, ticket.documentName, ticket.token);
      editors.push(editor);
      await editor.synced;
      const victim = await instanceOf(before);
      const survivor = victim === a ? b : a;

      const lines = Array.from({ length: 20 }, (_, index) => `${signal} antes ${index} (${run})`);
      for (const line of lines) editor.write(line);
      await editor.saved();

      let reconnectedAt = 0;
      const stoppedAt = Date.now();
      editor.provider.on('synced', ({ state }: { state: boolean }) => {
        if (state && !reconnectedAt && Date.now() > stoppedAt) reconnectedAt = Date.now();
      });
      const stopping = victim.stop(signal);
      // Typed while the instance goes away: kept by the editor and sent once it reconnects.
      const during = Array.from({ length: 5 }, (_, index) => `${signal} durante ${index} (${run})`);
      for (const line of during) editor.write(line);
      await stopping;
      await eventually(() => reconnectedAt > 0, 30_000);
      figures[`${signal.toLowerCase()}ReconnectMs`] = reconnectedAt - stoppedAt;
      const after = Array.from({ length: 5 }, (_, index) => `${signal} después ${index} (${run})`);
      for (const line of after) editor.write(line);
      await editor.saved(15_000);

      // A new reader on the surviving instance, from what is stored, has every line.
      const reader = connect(survivor.baseUrl, ticket.documentName, ticket.token);
      editors.push(reader);
      await reader.synced;
      const text = reader.text();
      const missing = [...lines, ...during, ...after].filter((line) => !text.includes(line));
      figures[`${signal.toLowerCase()}LinesLost`] = missing.length;
      expect(missing).toEqual([]);
      reader.close();
      editor.close();
      // Bring the instance back for what follows.
      await victim.start();
    });
  }
});
