import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { assertReachableByServerUser, isAlive, startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres.js';

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL', () => {
  let dataDir: string;
  const running: RunningDatabase[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'ruta-embedded-'));
  });
  afterAll(async () => {
    for (const database of running) await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps its data across a stop and a start, on a fresh port each time', async () => {
    const first = await startEmbeddedPostgres({ dataDir, database: 'ruta' });
    running.push(first);
    await query(first.url, 'CREATE TABLE kept (value text); INSERT INTO kept VALUES ($$still here$$)');
    await first.stop();
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir, database: 'ruta' });
    running.push(second);
    expect(await query(second.url, 'SELECT value FROM kept')).toEqual([{ value: 'still here' }]);
    await second.stop();
  });

  it('stops a server an earlier, killed run left behind before starting', async () => {
    const orphan = await startEmbeddedPostgres({ dataDir, database: 'ruta' });
    running.push(orphan);
    const orphanPid = Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(isAlive(orphanPid)).toBe(true);

    // The run that started `orphan` is gone without stopping it; a new run takes over the directory.
    const next = await startEmbeddedPostgres({ dataDir, database: 'ruta' });
    running.push(next);
    expect(isAlive(orphanPid)).toBe(false);
    expect(await query(next.url, 'SELECT value FROM kept')).toEqual([{ value: 'still here' }]);
    await next.stop();
  });
});

describe('a data directory under a private directory', () => {
  it('is refused with an explanation when PostgreSQL runs as a separate user (as root)', async () => {
    const privateDir = await mkdtemp(path.join(tmpdir(), 'ruta-private-'));
    try {
      await expect(assertReachableByServerUser(path.join(privateDir, 'data'), 0)).rejects.toThrow(
        /cannot enter .*ruta-private-.*mode 700.*DATA_DIR/,
      );
      await expect(assertReachableByServerUser(path.join(privateDir, 'data'), 1000)).resolves.toBeUndefined();
      await expect(assertReachableByServerUser(path.join(tmpdir(), 'ruta-public', 'data'), 0)).resolves.toBeUndefined();
    } finally {
      await rm(privateDir, { recursive: true, force: true });
    }
  });
});
