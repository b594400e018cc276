import { getDataSourceToken } from '@nestjs/typeorm';
import { loadConfig } from '@ruta/server-core';
import { CollaborationServer } from '@ruta/server-collaboration';
import { conversatorioId } from '@ruta/server-seed';
import { gql } from '@ruta/server-testing';
import { createClient, type Client } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { createApp } from '../../src/create-app.js';
import { connect, eventually, ticketFor, type CollaborationClient } from '../support/collaboration-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const DESCENTRALIZADA = conversatorioId('cooperacion-descentralizada');

/**
 * Two instances of the API on one database, over the machine's Redis (each test run in a Redis
 * namespace of its own): what one instance raises reaches the clients of the other.
 */
describe('two instances over Redis', () => {
  const env = { REDIS_URL, REDIS_PREFIX: `ruta-test-${randomUUID().slice(0, 8)}` };
  let a: TestApp;
  let b: { app: INestApplication; baseUrl: string; gql: TestApp['gql'] };
  const subscribers: Client[] = [];
  const editors: CollaborationClient[] = [];

  const signIn = async (instance: Pick<TestApp, 'gql'>, email: string) => {
    const { data } = await instance.gql<{ login: { token: string } }>(
      'mutation ($email: String!) { login(email: $email, password: "ruta-demo") { token } }',
      { variables: { email } },
    );
    return data!.login.token;
  };

  beforeAll(async () => {
    a = await startTestApp(env);
    const app = await createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env }), a.databaseUrl);
    await app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    b = { app, baseUrl, gql: (query, options) => gql(baseUrl, query, options) };
  }, 60_000);
  afterAll(async () => {
    for (const client of subscribers) await client.dispose();
    for (const editor of editors) editor.close();
    await b.app.close();
    await a.close();
  });

  it('reports Redis in readiness', async () => {
    const ready = (await (await fetch(`${b.baseUrl}/health/ready`)).json()) as { info: Record<string, { status: string }> };
    expect(ready.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('delivers a contribution created through one instance to a subscriber of the other, and to no other conversatorio', async () => {
    const analyst = await signIn(b, 'analista@demo.ruta.ec');
    const received: Array<{ contributionId: string; contribution: { body: string; createdAt: string } | null }> = [];
    const elsewhere: unknown[] = [];
    const subscribe = (conversatorio: string, into: unknown[]) => {
      const client = createClient({
        url: `${b.baseUrl.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${analyst}` },
        retryAttempts: 0,
      });
      subscribers.push(client);
      let ready!: () => void;
      const subscribed = new Promise<void>((resolve) => (ready = resolve));
      client.on('connected', () => setTimeout(ready, 300));
      client.subscribe<{ contributionChanged: never }>(
        {
          query: `subscription ($id: ID!) { contributionChanged(conversatorioId: $id) { contributionId contribution { body createdAt } } }`,
          variables: { id: conversatorio },
        },
        { next: ({ data }) => data && into.push(data.contributionChanged), error: (error) => into.push(error), complete: () => undefined },
      );
      return subscribed;
    };
    await subscribe(DESCENTRALIZADA, received);
    await subscribe(conversatorioId('cooperacion-sur-sur'), elsewhere);

    const technician = await signIn(a, 'tecnico.azuay@demo.ruta.ec');
    const body = `Desde la instancia A (${Date.now()})`;
    const created = await a.gql<{ createContribution: { id: string } }>(
      'mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }',
      { token: technician, variables: { input: { conversatorioId: DESCENTRALIZADA, provinceCode: '01', type: 'IDEA', body } } },
    );
    expect(created.errors).toBeUndefined();
    await eventually(() => received.length > 0, 5_000);
    expect(received[0]).toMatchObject({ contributionId: created.data!.createContribution.id, contribution: { body } });
    // Dates survive the trip through Redis.
    expect(Number.isNaN(Date.parse(received[0].contribution!.createdAt))).toBe(false);
    expect(elsewhere).toEqual([]);
  });

  it('a sign-out on one instance ends the session’s subscriptions on the other', async () => {
    const session = await signIn(b, 'tecnico.pichincha@demo.ruta.ec');
    let ended = false;
    const client = createClient({
      url: `${b.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${session}` },
      retryAttempts: 0,
    });
    subscribers.push(client);
    const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    client.subscribe(
      {
        query: `subscription ($id: ID!) { contributionChanged(conversatorioId: $id) { contributionId } }`,
        variables: { id: DESCENTRALIZADA },
      },
      { next: () => undefined, error: () => (ended = true), complete: () => (ended = true) },
    );
    await connected;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ended).toBe(false);
    await a.gql('mutation { logout }', { token: session });
    await eventually(() => ended);
  });

  it('lets editors on different instances converge, each edit stored once', async () => {
    const analyst = await signIn(a, 'analista@demo.ruta.ec');
    const { data } = await a.gql<{ conversatorioDocument: { id: string } }>(
      'query ($id: ID!) { conversatorioDocument(conversatorioId: $id) { id } }',
      { token: analyst, variables: { id: DESCENTRALIZADA } },
    );
    const documentId = data!.conversatorioDocument.id;
    const technician = await signIn(b, 'tecnico.azuay@demo.ruta.ec');
    const onA = (await ticketFor(a, analyst, documentId)) as { token: string; documentName: string };
    const onB = (await ticketFor(b, technician, documentId)) as { token: string; documentName: string };
    const first = connect(a.baseUrl, onA.documentName, onA.token);
    const second = connect(b.baseUrl, onB.documentName, onB.token);
    editors.push(first, second);
    await Promise.all([first.synced, second.synced]);
    const db = a.app.get<DataSource>(getDataSourceToken());
    const [{ before }] = (await db.query('SELECT count(*)::int AS before FROM document_update WHERE document_id = $1', [
      documentId,
    ])) as Array<{
      before: number;
    }>;
    first.write('Escrito en la instancia A.');
    second.write('Escrito en la instancia B.');
    await Promise.all([first.saved(), second.saved()]);
    for (const editor of [first, second]) {
      await eventually(() => editor.text().includes('Escrito en la instancia A.') && editor.text().includes('Escrito en la instancia B.'));
    }
    expect(first.text()).toBe(second.text());
    // Each instance stored its own client's edit; the relayed copy was not stored again.
    const [{ after }] = (await db.query('SELECT count(*)::int AS after FROM document_update WHERE document_id = $1', [
      documentId,
    ])) as Array<{
      after: number;
    }>;
    expect(after - before).toBeLessThanOrEqual(2);
  });

  it('closes a collaboration connection on one instance when its session ends through the other', async () => {
    const analyst = await signIn(a, 'analista@demo.ruta.ec');
    const ticket = (await ticketFor(a, analyst, (await a.db.query(`SELECT id FROM document WHERE kind = 'ROADMAP_NATIONAL'`))[0].id)) as {
      token: string;
      documentName: string;
    };
    const serverB = b.app.get(CollaborationServer);
    const before = serverB.connectionCount;
    const editor = connect(b.baseUrl, ticket.documentName, ticket.token);
    editors.push(editor);
    await editor.synced;
    expect(serverB.connectionCount).toBe(before + 1);
    await a.gql('mutation { logout }', { token: analyst });
    await eventually(() => serverB.connectionCount === before, 5_000);
    // Its reconnection is refused: the session is gone on every instance.
    const again = connect(b.baseUrl, ticket.documentName, ticket.token);
    editors.push(again);
    await expect(again.synced).rejects.toThrow(/refused/);
  });
});
