import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { hashToken } from '../../libs/server/identity/src/tokens.ts';
import { withClient } from '../../libs/server/testing/src/with-client.ts';
import { freePort } from '../scale/cluster.ts';
import type { Instance } from '../scale/cluster.ts';

/** What every benchmark gets: the server under test (built, pinned), its database and a few helpers. */
export interface BenchContext {
  server: Instance;
  /** The benchmark database's connection string. */
  url: string;
  /** A bearer token of the demo analyst (sees everything). */
  token: string;
  /** True when the server runs on core 0 and the load (this process) on core 1. */
  pinned: boolean;
  /** The command prefix that pins a baseline server to the server's core (empty when not pinned). */
  serverCore: string[];
  root: string;
}

export type Benchmark = (context: BenchContext) => Promise<void>;

export { withClient };

/** One GraphQL request over HTTP; throws on errors. */
export async function gql<T>(base: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** What the server stores for a session token, under the `SESSION_SECRET` run.ts gives it (and the baselines). */
export const hashSessionToken = (token: string): string => hashToken(process.env.SESSION_SECRET!, token);

export interface BenchAccount {
  email: string;
  displayName: string;
  role: 'ADMIN' | 'ANALYST' | 'TECHNICIAN' | 'MODERATOR' | 'PARTNER';
  provinceCode?: string | null;
  organizationId?: string | null;
}

/**
 * People with a live session each, made directly in SQL (sign-in is throttled and argon2 is slow):
 * a bearer token per account, in order. Existing accounts are reused.
 */
export async function createSessions(connection: string, accounts: BenchAccount[]): Promise<string[]> {
  return withClient(connection, async (client) => {
    const { rows } = await client.query<{ id: string; email: string }>(
      `INSERT INTO app_user (email, display_name, role, province_code, organization_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::user_role[], $4::char(2)[], $5::uuid[])
       ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id, email`,
      [
        accounts.map((account) => account.email.toLowerCase()),
        accounts.map((account) => account.displayName),
        accounts.map((account) => account.role),
        accounts.map((account) => account.provinceCode ?? null),
        accounts.map((account) => account.organizationId ?? null),
      ],
    );
    const ids = new Map(rows.map((row) => [row.email, row.id]));
    const tokens = accounts.map(() => randomBytes(32).toString('base64url'));
    await client.query(`INSERT INTO session (user_id, token_hash, last_seen_at) SELECT *, now() FROM unnest($1::uuid[], $2::text[])`, [
      accounts.map((account) => ids.get(account.email.toLowerCase())),
      tokens.map(hashSessionToken),
    ]);
    return tokens;
  });
}

/** A baseline server of the same run (a file of test/bench, given its port first). */
export interface Baseline {
  port: number;
  stop: () => void;
}

/**
 * Starts a baseline server on the server's core (`node <file> <port> ...args`); resolves once it
 * prints its first line, and fails if it exits first.
 */
export async function startBaseline({ serverCore }: BenchContext, file: string, args: string[] = []): Promise<Baseline> {
  const port = await freePort();
  const [command, ...rest] = [
    ...serverCore,
    process.execPath,
    '--experimental-transform-types',
    '--no-warnings',
    path.join(import.meta.dirname, file),
    String(port),
    ...args,
  ];
  const child = spawn(command, rest, { stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = () => void child.kill();
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`${file} exited (${code})`)));
      child.stdout!.once('data', () => resolve());
    });
  } catch (error) {
    stop();
    throw error;
  }
  return { port, stop };
}

/**
 * Calls `send` `rate` times a second for `seconds`, evenly spaced, each with the moment it was due
 * (an open loop: a server that falls behind shows it in the latency), then waits for every call.
 * autocannon's `overallRate` would send each second's quota in a burst.
 */
export async function evenlyPaced(rate: number, seconds: number, send: (due: number) => Promise<void>): Promise<void> {
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let index = 0; index < rate * seconds; index += 1) {
    const due = start + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(due));
  }
  await Promise.all(pending);
}
