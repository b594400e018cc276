import autocannon from 'autocannon';
import { Agent, request } from 'node:http';
import { evenlyPaced, withClient, startBaseline, type Baseline, type BenchContext } from './context.ts';
import { percentile, record } from './report.ts';

const UPDATE = `mutation ($id: ID!, $input: UpdateActionItemInput!) {
  updateActionItem(id: $id, input: $input) { id version progress updatedAt } }`;

interface Item {
  id: string;
  version: number;
  progress: number;
}

interface Tally {
  ok: number;
  /** Failed updates by error code (VERSION_CONFLICT must not happen: each item is in one request at a time). */
  failed: Record<string, number>;
}

/**
 * The items being updated, each in at most one request at a time and with the version the last
 * update returned: taken from the front, given back at the end (round-robin over all of them), so
 * every request is a valid update on the current version.
 */
class ItemPool {
  private readonly free: Item[];
  private readonly taken = new Set<Item>();

  constructor(items: Item[]) {
    this.free = [...items];
  }

  take(): Item {
    const item = this.free.shift();
    if (!item) throw new Error('G3: no free action item');
    this.taken.add(item);
    return item;
  }

  body(item: Item): string {
    return JSON.stringify({
      query: UPDATE,
      variables: { id: item.id, input: { expectedVersion: item.version, progress: (item.progress + 1) % 101 } },
    });
  }

  /** Settles a response: the item's new version, or the failure's code; the item goes back. */
  settle(item: Item, status: number, body: string, tally: Tally): void {
    let code = `HTTP ${status}`;
    if (status === 200) {
      const parsed = JSON.parse(body) as {
        data?: { updateActionItem: { version: number; progress: number } | null } | null;
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      const updated = parsed.data?.updateActionItem;
      if (updated) {
        item.version = updated.version;
        item.progress = updated.progress;
        tally.ok += 1;
        this.taken.delete(item);
        this.free.push(item);
        return;
      }
      code = parsed.errors?.[0]?.extensions?.code ?? 'ERROR';
    }
    // A failed item stays taken: its version is read again by `resync`.
    tally.failed[code] = (tally.failed[code] ?? 0) + 1;
  }

  /** Items whose answer never came (load stopped, failure): their versions read again once in-flight requests are done. */
  async resync(url: string): Promise<void> {
    if (this.taken.size === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const items = [...this.taken];
    const { rows } = await withClient(url, (client) =>
      client.query<Item>('SELECT id, version, progress FROM action_item WHERE id = ANY($1::uuid[])', [items.map((item) => item.id)]),
    );
    const current = new Map(rows.map((row) => [row.id, row]));
    for (const item of items) Object.assign(item, current.get(item.id));
    this.taken.clear();
    this.free.push(...items);
  }
}

/** Autocannon with 16 connections, each request updating the next free item; successful updates per second. */
async function hammer(target: string, token: string, pool: ItemPool, url: string, seconds: number) {
  const tally: Tally = { ok: 0, failed: {} };
  type Context = { item?: Item };
  try {
    const result = await autocannon({
      url: target,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      connections: 16,
      duration: seconds,
      requests: [
        {
          setupRequest: (req, context: Context) => {
            context.item = pool.take();
            return { ...req, body: pool.body(context.item) };
          },
          onResponse: (status, body, context: Context) => pool.settle(context.item!, status, body, tally),
        },
      ],
    });
    if (result.errors > 0) tally.failed.connection = result.errors;
    const elapsed = (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000;
    return { rps: tally.ok / elapsed, p99: result.latency.p99, tally };
  } finally {
    await pool.resync(url);
  }
}

/** Updates sent at a fixed pace (`evenlyPaced`), each on an item's current version; latency from the send time. */
async function paced(target: string, token: string, pool: ItemPool, url: string, rate: number, seconds: number) {
  const tally: Tally = { ok: 0, failed: {} };
  const latencies: number[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const send = (item: Item) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const body = pool.body(item);
      const req = request(
        target,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${token}`,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            latencies.push(performance.now() - started);
            pool.settle(item, response.statusCode ?? 0, Buffer.concat(chunks).toString(), tally);
            resolve();
          });
        },
      );
      req.on('error', () => {
        tally.failed.connection = (tally.failed.connection ?? 0) + 1;
        resolve();
      });
      req.end(body);
    });
  try {
    await evenlyPaced(rate, seconds, () => send(pool.take()));
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), tally };
  } finally {
    agent.destroy();
    await pool.resync(url);
  }
}

const failures = (tally: Tally) =>
  Object.entries(tally.failed)
    .map(([code, count]) => `${count} ${code}`)
    .join(', ');

/**
 * G3: `updateActionItem` (version check and history entry in one transaction) against bare
 * node:http + pg sending the same statements; then p99 at a fixed 100 req/s. Every request
 * updates progress on an item's current version (round-robin over all items); only successful
 * updates count, and any failure (a VERSION_CONFLICT would be the benchmark's bug) is reported.
 */
export async function g3(context: BenchContext): Promise<void> {
  const { server, token, url } = context;
  const items = (
    await withClient(url, (client) =>
      client.query<Item>('SELECT id, version, progress FROM action_item WHERE merged_into_id IS NULL ORDER BY id'),
    )
  ).rows;
  const pool = new ItemPool(items);
  let baseline: Baseline | null = null;
  try {
    const api = `${server.baseUrl}/graphql`;
    // Statements per update, to check the baseline does the same work.
    const apiBefore = await server.metric('ruta_sql_statements_total');
    const counted = await paced(api, token, pool, url, 20, 1);
    const apiStatements = ((await server.metric('ruta_sql_statements_total')) - apiBefore) / counted.tally.ok;

    await hammer(api, token, pool, url, 2);
    const apiLoad = await hammer(api, token, pool, url, 10);
    // Right after the load, while the server's connection pool is open: after 10 s idle, pg's pool
    // closes its connections, and the first requests would pay for opening them again.
    const fixed = await paced(api, token, pool, url, 100, 10);

    baseline = await startBaseline(context, 'update-baseline.ts', [url]);
    const bare = `http://127.0.0.1:${baseline.port}/`;
    const bareStatements = async () => Number(await (await fetch(`${bare}statements`)).text());
    const bareBefore = await bareStatements();
    const bareCounted = await paced(bare, token, pool, url, 20, 1);
    const baselineStatements = ((await bareStatements()) - bareBefore) / bareCounted.tally.ok;
    await hammer(bare, token, pool, url, 2);
    const bareLoad = await hammer(bare, token, pool, url, 10);

    const all = [counted, apiLoad, bareCounted, bareLoad, fixed];
    const failed = all.map((run) => failures(run.tally)).filter(Boolean);
    if (failed.length > 0) console.log(`G3 failed updates: ${failed.join('; ')}`);
    record({
      id: 'G3',
      metric: 'SQL statements per update',
      value: apiStatements,
      baseline: baselineStatements,
      unit: 'statements',
    });
    record({
      id: 'G3',
      metric: 'successful updates/s, 16 connections',
      value: apiLoad.rps,
      baseline: bareLoad.rps,
      unit: 'req/s',
      target: '≥ 0.3× the baseline, no failed update',
      met: apiLoad.rps / bareLoad.rps >= 0.3 && failed.length === 0,
    });
    record({
      id: 'G3',
      metric: 'p99 latency at 100 updates/s',
      value: fixed.p99,
      baseline: null,
      unit: 'ms',
      target: '≤ 40 ms',
      met: fixed.p99 <= 40 && failures(fixed.tally) === '',
    });
  } finally {
    baseline?.stop();
  }
}
