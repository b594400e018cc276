// npm run bench: fills a large forum, then measures it against baselines measured in the same run.
// The server runs pinned to core 0 and the load to core 1 when `taskset` exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { freePort, Instance } from '../scale/cluster.ts';
import { c1, c2, c3 } from './collaboration.ts';
import { gql, withClient, type BenchContext, type Benchmark } from './context.ts';
import { generate } from './generate.ts';
import { g1, g2 } from './graphql.ts';
import { e1 } from './memoria.ts';
import { writeReport } from './report.ts';
import { q1 } from './search.ts';
import { s1 } from './subscriptions.ts';
import { g3 } from './writes.ts';

/** Every benchmark, in the order they run (Q1 last: it adds rows to the forum). */
const BENCHMARKS: Record<string, Benchmark> = { G1: g1, G2: g2, G3: g3, S1: s1, E1: e1, C1: c1, C2: c2, C3: c3, Q1: q1 };

const root = path.resolve(import.meta.dirname, '../..');
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `ruta_bench_${randomBytes(3).toString('hex')}`;
const url = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
// The server and the baselines (child processes) hash session tokens with the same secret, and
// the benchmarks make sessions in SQL with it (`createSessions`).
process.env.SESSION_SECRET ??= randomBytes(32).toString('base64url');
const cores = os.availableParallelism();
const pinned = spawnSync('taskset', ['-V']).status === 0 && cores >= 2;
/** `BENCH_ONLY=G2,Q1` runs some benchmarks only. */
const only = new Set((process.env.BENCH_ONLY ?? Object.keys(BENCHMARKS).join(',')).split(',').map((id) => id.trim().toUpperCase()));
if (pinned) execFileSync('taskset', ['-pc', '1', String(process.pid)], { stdio: 'ignore' });

async function main(): Promise<void> {
  const serverCore = pinned ? ['taskset', '-c', '0'] : [];
  console.log(`benchmarks on ${cores} cores${pinned ? ' (server on core 0, load on core 1)' : ''}; database ${database}`);
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${database}"`));
  const server = new Instance(
    'bench',
    await freePort(),
    { DATABASE_URL: url, NODE_ENV: '', LOG_LEVEL: 'warn', NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? '' },
    serverCore,
  );
  try {
    await server.start();
    const started = performance.now();
    const sizes = await generate(url, root);
    console.log(`data: ${JSON.stringify(sizes)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const { login } = await gql<{ login: { token: string } }>(
      server.baseUrl,
      'mutation { login(email: "analista@demo.ruta.ec", password: "ruta-demo") { token } }',
    );
    const context: BenchContext = { server, url, token: login.token, pinned, serverCore, root };
    console.log('metric, value, baseline, ratio');
    for (const [id, benchmark] of Object.entries(BENCHMARKS)) {
      if (!only.has(id)) continue;
      const benchStarted = performance.now();
      await benchmark(context);
      console.log(`(${id} took ${((performance.now() - benchStarted) / 1000).toFixed(1)} s)`);
    }
    await writeReport(path.join(root, 'test/bench/results/latest.json'), { date: new Date().toISOString(), cores, pinned, sizes });
  } finally {
    await server.stop();
    await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }
}

await main();
