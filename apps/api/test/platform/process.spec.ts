import { findFreePort, isAlive } from '@ruta/server-core';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { frame, rawUpgrade } from '../support/raw-websocket.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const processGroup = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[2]);

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const started: Started[] = [];

/** Runs the built server as `npm start` does, and waits for its ready line. */
async function startServer(env: Record<string, string>): Promise<Started> {
  let output = '';
  // A process group of its own, as a terminal gives `npm start`: Ctrl-C goes to the whole group.
  const child = spawn(process.execPath, ['dist/server/apps/api/src/main.js'], {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true,
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  started.push({ child, output: () => output, exited });
  const deadline = Date.now() + 60_000;
  while (!output.includes('Ruta is ready')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => output, exited };
}

describe('the server process in demo mode', () => {
  let dataDir: string;

  beforeAll(async () => {
    execFileSync(process.execPath, ['tools/build-server.mjs'], { cwd: root });
    dataDir = await mkdtemp(path.join(tmpdir(), 'ruta-process-'));
  });
  afterAll(async () => {
    // A failed assertion must not leave a server (and its PostgreSQL) running.
    for (const server of started.filter(({ child }) => child.exitCode === null && child.signalCode === null)) {
      process.kill(-(server.child.pid ?? 0), 'SIGTERM');
      await server.exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts on an embedded PostgreSQL, stops cleanly on Ctrl-C, and keeps its data for the next start', async () => {
    const port = String(await findFreePort());
    const env = { PORT: port, DATA_DIR: dataDir, NODE_ENV: '', DATABASE_URL: '' };

    const first = await startServer(env);
    expect(first.output()).toContain(`http://localhost:${port}`);
    expect(first.output()).toMatch(/Applied \d+ migration/);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    const pid = Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(isAlive(pid)).toBe(true);
    // PostgreSQL runs outside the terminal's process group, so Ctrl-C reaches only the app, which
    // closes itself first and stops the database last.
    expect(processGroup(pid)).not.toBe(processGroup(first.child.pid ?? 0));

    process.kill(-(first.child.pid ?? 0), 'SIGINT');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Ruta stopped.');
    expect(isAlive(pid)).toBe(false);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = await startServer(env);
    try {
      expect(second.output()).not.toMatch(/Applied \d+ migration/);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ themes { name } }' }),
      });
      expect(((await response.json()) as { data: { themes: unknown[] } }).data.themes).toHaveLength(4);
    } finally {
      process.kill(-(second.child.pid ?? 0), 'SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });

  it('stays up when a peer sends malformed or oversized WebSocket frames, anonymously, on both endpoints', async () => {
    const port = await findFreePort();
    const server = await startServer({ PORT: String(port), DATA_DIR: dataDir, NODE_ENV: '', DATABASE_URL: '' });
    try {
      const attacks: Array<[string, Record<string, string>, Buffer]> = [
        // RSV1 set with no extension negotiated (WS_ERR_UNEXPECTED_RSV_1).
        ['/collaboration', {}, Buffer.from([0xc2, 0x80, 0x01, 0x02, 0x03, 0x04])],
        // One frame of 8 MiB + 1 byte (Max payload size exceeded).
        ['/collaboration', {}, frame(0x82, Buffer.alloc(8 * 1024 * 1024 + 1, 1))],
        ['/graphql', { 'Sec-WebSocket-Protocol': 'graphql-transport-ws' }, Buffer.from([0xc2, 0x80, 0x01, 0x02, 0x03, 0x04])],
        ['/graphql', { 'Sec-WebSocket-Protocol': 'graphql-transport-ws' }, frame(0x81, Buffer.alloc(9 * 1024 * 1024, 0x61))],
      ];
      for (const [endpoint, headers, bytes] of attacks) {
        const raw = await rawUpgrade(port, endpoint, headers);
        expect(raw.status).toMatch(/^HTTP\/1.1 101/);
        raw.socket.write(bytes);
        await raw.closed;
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect([endpoint, server.child.exitCode, server.child.signalCode]).toEqual([endpoint, null, null]);
        expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      }
    } finally {
      if (server.child.exitCode === null && server.child.signalCode === null) process.kill(-(server.child.pid ?? 0), 'SIGTERM');
      await server.exited;
    }
  });
});
