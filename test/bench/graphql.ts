import autocannon from 'autocannon';
import { Agent, request } from 'node:http';
import type { Instance } from '../scale/cluster.ts';
import { evenlyPaced, gql, startBaseline, type BenchContext } from './context.ts';
import { percentile, record } from './report.ts';

async function statements(server: Instance): Promise<number> {
  return server.metric('ruta_sql_statements_total');
}

const PAGE = `query ($first: Int!, $province: String) {
  actionItems(first: $first, filter: { provinceCode: $province }) {
    nodes { id title status progress leadProvince { code name } commitments { id status organization { id name } } sources { id body province { code name } } }
  } }`;

/** Runs autocannon against a URL with the page's request; requests per second and latency percentiles. */
export async function load(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: { seconds: number; connections?: number },
) {
  const result = await autocannon({
    url: target,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections: options.connections ?? 16,
    duration: options.seconds,
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${target}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** The same request sent at a fixed pace (`evenlyPaced`); latency from when each was due. */
export async function paced(target: string, body: string, headers: Record<string, string>, rate: number, seconds: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const latencies: number[] = [];
  let failures = 0;
  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const call = request(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode !== 200) failures += 1;
            latencies.push(performance.now() - due);
            resolve();
          });
        },
      );
      call.on('error', () => {
        failures += 1;
        resolve();
      });
      call.end(body);
    });
  try {
    await evenlyPaced(rate, seconds, send);
    if (failures > 0) throw new Error(`${target}: ${failures} failed requests at ${rate} req/s`);
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  } finally {
    agent.destroy();
  }
}

/** G1: a page of 50 action items with relations, GraphQL against bare node:http + pg; then p99 at a fixed 300 req/s. */
export async function g1(context: BenchContext): Promise<void> {
  const { server, token, url } = context;
  const baseline = await startBaseline(context, 'baseline-server.ts', [url]);
  try {
    const body = JSON.stringify({ query: PAGE, variables: { first: 50, province: '01' } });
    const headers = { authorization: `Bearer ${token}` };
    await load(`${server.baseUrl}/graphql`, body, headers, { seconds: 3 });
    const api = await load(`${server.baseUrl}/graphql`, body, headers, { seconds: 10 });
    await load(`http://127.0.0.1:${baseline.port}/`, body, {}, { seconds: 3 });
    const bare = await load(`http://127.0.0.1:${baseline.port}/`, body, {}, { seconds: 10 });
    record({
      id: 'G1',
      metric: 'requests/s, 16 connections',
      value: api.rps,
      baseline: bare.rps,
      unit: 'req/s',
      target: '≥ 0.5× the baseline',
      met: api.rps / bare.rps >= 0.5,
    });
    // Evenly paced, as users arrive: an open loop, so a server that cannot keep up shows it.
    const light = await paced(`${server.baseUrl}/graphql`, body, headers, 100, 10);
    record({ id: 'G1', metric: `p99 latency at 100 req/s (p50 ${light.p50.toFixed(1)} ms)`, value: light.p99, baseline: null, unit: 'ms' });
    const fixed = await paced(`${server.baseUrl}/graphql`, body, headers, 300, 10);
    record({
      id: 'G1',
      metric: `p99 latency at 300 req/s (p50 ${fixed.p50.toFixed(1)} ms)`,
      value: fixed.p99,
      baseline: null,
      unit: 'ms',
      target: '≤ 25 ms',
      met: fixed.p99 <= 25,
    });
  } finally {
    baseline.stop();
  }
}

/**
 * G2: SQL statements per request for a page of 5 and of 50 action items with their relations: the
 * count most requests send (once a minute a request also records that the session was active).
 */
export async function g2({ server, token }: BenchContext): Promise<void> {
  const perRequest: Record<number, number> = {};
  for (const first of [5, 50]) {
    await gql(server.baseUrl, PAGE, { first, province: '01' }, token);
    const counts = new Map<number, number>();
    for (let run = 0; run < 20; run += 1) {
      const before = await statements(server);
      await gql(server.baseUrl, PAGE, { first, province: '01' }, token);
      const sent = (await statements(server)) - before;
      counts.set(sent, (counts.get(sent) ?? 0) + 1);
    }
    perRequest[first] = [...counts].sort((a, b) => b[1] - a[1])[0][0];
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
