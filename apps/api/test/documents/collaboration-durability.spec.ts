import { findFreePort } from '@ruta/server-core';
import { conversatorioId } from '@ruta/server-seed';
import { createTestDatabase, gql } from '@ruta/server-testing';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, ticketFor, type CollaborationClient } from '../support/collaboration-client.js';
import { createDataSource } from '../../src/data-source.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The built server as a child process on a database of its own; resolves when it is ready. */
async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  let output = '';
  const child = spawn(process.execPath, ['dist/server/apps/api/src/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NODE_ENV: '', LOG_LEVEL: 'warn' },
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!output.includes('Ruta is ready')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return child;
}

const signIn = async (baseUrl: string, email: string) => {
  const { data } = await gql<{ login: { token: string } }>(
    baseUrl,
    `mutation { login(email: "${email}", password: "ruta-demo") { token } }`,
  );
  return data!.login.token;
};

describe('durability: an acknowledged edit survives kill -9 of the server', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let server: ChildProcess | null = null;
  const clients: CollaborationClient[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, ['tools/build-server.mjs'], { cwd: root });
    database = await createTestDatabase(createDataSource);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await database.drop();
  });

  it('writes through a provider until it reports saved, is killed, restarts, and finds every saved edit', async () => {
    const port = await findFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    server = await startServer(database.url, port);
    const session = await signIn(baseUrl, 'analista@demo.ruta.ec');
    const { data } = await gql<{ conversatorioDocument: { id: string } }>(
      baseUrl,
      'query ($id: ID!) { conversatorioDocument(conversatorioId: $id) { id } }',
      { token: session, variables: { id: conversatorioId('paradiplomacia') } },
    );
    const documentId = data!.conversatorioDocument.id;
    const api = { gql: <T>(query: string, options?: Parameters<typeof gql>[2]) => gql<T>(baseUrl, query, options) };
    const ticket = await ticketFor(api, session, documentId);
    const writer = connect(baseUrl, ticket.documentName, ticket.token);
    clients.push(writer);
    await writer.synced;
    const lines = Array.from({ length: 40 }, (_, index) => `Acuerdo número ${index + 1} de la mesa de paradiplomacia`);
    for (const line of lines) writer.write(line);
    await writer.saved();

    // No graceful shutdown, no debounced store: the process is gone at once.
    server.kill('SIGKILL');
    await new Promise((resolve) => server!.once('exit', resolve));
    writer.close();

    server = await startServer(database.url, port);
    const again = await ticketFor(api, await signIn(baseUrl, 'analista@demo.ruta.ec'), documentId);
    const reader = connect(baseUrl, again.documentName, again.token);
    clients.push(reader);
    await reader.synced;
    for (const line of lines) expect(reader.text()).toContain(line);
    server.kill('SIGTERM');
    await new Promise((resolve) => server!.once('exit', resolve));
  });
});
