// npm run bench: fills a large forum, then measures it against baselines measured in the same run.
// The server runs pinned to core 0 and the load to core 1 when `taskset` exists.
import autocannon from 'autocannon';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, Instance } from '../scale/cluster.ts';
import { generate, growSearchableRows } from './generate.ts';
import { percentile, record, writeReport } from './report.ts';

const root = path.resolve(import.meta.dirname, '../..');
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `ruta_bench_${randomBytes(3).toString('hex')}`;
const url = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
const cores = os.availableParallelism();
const pinned = spawnSync('taskset', ['-V']).status === 0 && cores >= 2;
/** `BENCH_ONLY=G2,Q1` runs some benchmarks only. */
const only = new Set((process.env.BENCH_ONLY ?? 'G1,G2,E1,Q1').split(',').map((id) => id.trim().toUpperCase()));
if (pinned) execFileSync('taskset', ['-pc', '1', String(process.pid)], { stdio: 'ignore' });

async function sql<T>(work: (client: pg.Client) => Promise<T>, connection = url): Promise<T> {
  const client = new pg.Client({ connectionString: connection });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function gql<T>(base: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function statements(server: Instance): Promise<number> {
  return server.metric('ruta_sql_statements_total');
}

const PAGE = `query ($first: Int!, $province: String) {
  actionItems(first: $first, filter: { provinceCode: $province }) {
    nodes { id title status progress leadProvince { code name } commitments { id status organization { id name } } sources { id body province { code name } } }
  } }`;

/** Runs autocannon against a URL with the page's request; requests per second and latency percentiles. */
async function load(target: string, body: string, headers: Record<string, string>, options: { seconds: number; rate?: number }) {
  const result = await autocannon({
    url: target,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections: 16,
    duration: options.seconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${target}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** G1: a page of 50 action items with relations, GraphQL against bare node:http + pg; then p99 at a fixed 300 req/s. */
async function g1(server: Instance, token: string): Promise<void> {
  const port = await freePort();
  const [command, ...args] = [
    ...(pinned ? ['taskset', '-c', '0'] : []),
    process.execPath,
    '--experimental-transform-types',
    '--no-warnings',
    path.join(import.meta.dirname, 'baseline-server.ts'),
    String(port),
    url,
  ];
  const baselineServer = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => baselineServer.stdout!.once('data', () => resolve()));
  try {
    const body = JSON.stringify({ query: PAGE, variables: { first: 50, province: '01' } });
    const headers = { authorization: `Bearer ${token}` };
    await load(`${server.baseUrl}/graphql`, body, headers, { seconds: 3 });
    const api = await load(`${server.baseUrl}/graphql`, body, headers, { seconds: 10 });
    await load(`http://127.0.0.1:${port}/`, body, {}, { seconds: 3 });
    const bare = await load(`http://127.0.0.1:${port}/`, body, {}, { seconds: 10 });
    record({
      id: 'G1',
      metric: 'requests/s, 16 connections',
      value: api.rps,
      baseline: bare.rps,
      unit: 'req/s',
      target: '≥ 0.5× the baseline',
      met: api.rps / bare.rps >= 0.5,
    });
    const fixed = await load(`${server.baseUrl}/graphql`, body, headers, { seconds: 10, rate: 300 });
    record({
      id: 'G1',
      metric: 'p99 latency at 300 req/s',
      value: fixed.p99,
      baseline: null,
      unit: 'ms',
      target: '≤ 25 ms',
      met: fixed.p99 <= 25,
    });
  } finally {
    baselineServer.kill();
  }
}

/** G2: SQL statements per request for a page of 5 and of 50 action items with their relations. */
async function g2(server: Instance, token: string): Promise<void> {
  const perRequest: Record<number, number> = {};
  for (const first of [5, 50]) {
    await gql(server.baseUrl, PAGE, { first, province: '01' }, token);
    const before = await statements(server);
    const runs = 20;
    for (let run = 0; run < runs; run += 1) await gql(server.baseUrl, PAGE, { first, province: '01' }, token);
    perRequest[first] = (await statements(server)) - before;
    perRequest[first] /= runs;
  }
  record({ id: 'G2', metric: 'SQL statements per request, first: 5', value: perRequest[5], baseline: null, unit: 'statements' });
  record({
    id: 'G2',
    metric: 'SQL statements per request, first: 50',
    value: perRequest[50],
    baseline: perRequest[5],
    unit: 'statements',
    target: 'same as first: 5; ≤ 1 per nested relation + session lookup (7)',
    met: perRequest[50] === perRequest[5] && perRequest[50] <= 7,
  });
}

/** Q1: accent-insensitive Spanish search, top 20 of the searchable rows, against an unaccent ILIKE scan. */
async function q1(): Promise<void> {
  const terms = [
    'cooperacion',
    'paramos',
    'energia',
    'educacion',
    'migracion',
    'climatico',
    'produccion',
    'agroecologia',
    'innovacion',
    'tecnologia',
  ];
  const search = `SELECT c.id, ts_rank(c.search_vector, q) AS rank
                    FROM contribution c, websearch_to_tsquery('ruta_spanish', $1) q
                   WHERE c.search_vector @@ q AND c.hidden_at IS NULL ORDER BY rank DESC, c.id LIMIT 20`;
  const scan = `SELECT c.id FROM contribution c
                 WHERE unaccent(lower(c.body)) ILIKE '%' || unaccent(lower($1)) || '%' AND c.hidden_at IS NULL
                 ORDER BY c.created_at DESC, c.id LIMIT 20`;
  const time = async (client: pg.Client, text: string, rounds: number) => {
    const samples: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const term of terms) {
        const started = performance.now();
        await client.query(text, [term]);
        samples.push(performance.now() - started);
      }
    }
    return samples;
  };
  await sql(async (client) => {
    await time(client, search, 1);
    const indexed = await time(client, search, 20);
    const baseline = await time(client, scan, 3);
    const p99 = percentile(indexed, 99);
    const baseP99 = percentile(baseline, 99);
    record({ id: 'Q1', metric: 'search p50', value: percentile(indexed, 50), baseline: percentile(baseline, 50), unit: 'ms' });
    record({
      id: 'Q1',
      metric: 'search p99',
      value: p99,
      baseline: baseP99,
      unit: 'ms',
      target: 'p99 ≤ 10 ms and ≥ 20× faster than the scan',
      met: p99 <= 10 && baseP99 / p99 >= 20,
    });
  });
}

/** E1: the memoria of the whole forum (every province's roadmap), against JSON of the same data. */
async function e1(server: Instance, token: string): Promise<void> {
  const baselineStarted = performance.now();
  await sql(async (client) => {
    const tables = [
      'conversatorio',
      'contribution',
      'action_item',
      'action_item_co_province',
      'commitment',
      'document',
      'agenda_session',
      'province',
      'organization',
    ];
    for (const table of tables) JSON.stringify((await client.query(`SELECT * FROM ${table}`)).rows);
  });
  const baseline = performance.now() - baselineStarted;
  const started = performance.now();
  const job = await gql<{ generateMemoria: { id: string } }>(server.baseUrl, 'mutation { generateMemoria { id } }', {}, token);
  for (;;) {
    const { memoriaJob } = await gql<{ memoriaJob: { status: string; error: string | null } }>(
      server.baseUrl,
      'query ($id: ID!) { memoriaJob(id: $id) { status error } }',
      { id: job.generateMemoria.id },
      token,
    );
    if (memoriaJob.status === 'FAILED') throw new Error(memoriaJob.error ?? 'memoria failed');
    if (memoriaJob.status === 'DONE') break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const total = performance.now() - started;
  record({
    id: 'E1',
    metric: 'memoria, all provinces: HTML, Markdown, PDF and DOCX',
    value: total,
    baseline,
    unit: 'ms',
    target: 'PDF ≤ 10 s (the job makes all four)',
    met: total <= 10_000,
  });
}

async function main(): Promise<void> {
  console.log(`benchmarks on ${cores} cores${pinned ? ' (server on core 0, load on core 1)' : ''}; database ${database}`);
  await sql((client) => client.query(`CREATE DATABASE "${database}"`), adminUrl);
  const server = new Instance(
    'bench',
    await freePort(),
    { DATABASE_URL: url, NODE_ENV: '', LOG_LEVEL: 'warn', NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? '' },
    pinned ? ['taskset', '-c', '0'] : [],
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
    console.log('metric, value, baseline, ratio');
    if (only.has('G1')) await g1(server, login.token);
    if (only.has('G2')) await g2(server, login.token);
    if (only.has('E1')) await e1(server, login.token);
    let searchable = sizes.searchableRows;
    if (only.has('Q1')) {
      searchable = await growSearchableRows(url);
      console.log(`searchable rows: ${searchable}`);
      await q1();
    }
    await writeReport(path.join(root, 'test/bench/results/latest.json'), {
      date: new Date().toISOString(),
      cores: cores,
      pinned,
      sizes: { ...sizes, searchableRows: searchable },
    });
  } finally {
    await server.stop();
    await sql((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`), adminUrl);
  }
}

await main();
