import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createSessions, withClient, startBaseline, type Baseline, type BenchContext } from './context.ts';
import { percentile, record } from './report.ts';

const CONTRIBUTION =
  'id type body province { code name } author { id displayName } conversatorio { id title } endorsementCount hidden version createdAt';
const SUBSCRIPTION = `subscription ($id: ID!) {
  contributionChanged(conversatorioId: $id) { kind contributionId conversatorioId contribution { ${CONTRIBUTION} } } }`;
const CREATE = `mutation ($input: CreateContributionInput!) { createContribution(input: $input) { ${CONTRIBUTION} } }`;

const PER_PROVINCE = 10;
const RATE = 20;
const SECONDS = 12;

interface ContributionData {
  id: string;
  body: string;
  province: { code: string; name: string };
  conversatorio: { id: string; title: string };
  [field: string]: unknown;
}

interface ContributionEvent {
  kind: string;
  contributionId: string;
  conversatorioId: string;
  contribution: ContributionData | null;
}

/** A technician watching a conversatorio's contributions live. */
interface Subscriber {
  province: string;
  conversatorioId: string;
  token: string;
}

/** A contribution to make: in a conversatorio, for the author's province. */
interface Mutation {
  conversatorioId: string;
  author: Subscriber;
  body: string;
}

/** What one side (the API or the baseline) delivered. */
interface Outcome {
  expected: number;
  delivered: number;
  wrong: number;
  failures: number;
  latencies: number[];
  /** Send → HTTP response of each measured mutation (for the API: the transaction, before any fan-out finishes). */
  responses: number[];
  problems: string[];
}

/**
 * One run: the subscribers connect and subscribe; warm-up contributions until every subscriber has
 * received one (its subscription is live); then contributions at a fixed pace, each checked at
 * every subscriber: it must reach every subscriber of its conversatorio once, and no other.
 */
async function run(options: {
  wsUrl: string;
  subscribers: Subscriber[];
  participants: Map<string, string[]>;
  tag: string;
  send: (mutation: Mutation) => Promise<boolean>;
}): Promise<Outcome> {
  const { subscribers, participants, tag } = options;
  const marker = new RegExp(`^Aporte en vivo ${tag} (w|m)(\\d+):`);
  const outcome: Outcome = { expected: 0, delivered: 0, wrong: 0, failures: 0, latencies: [], responses: [], problems: [] };
  const problem = (text: string) => {
    if (outcome.problems.length < 5) outcome.problems.push(text);
  };
  const warmups: Mutation[] = [];
  const mutations: Mutation[] = [];
  const sentAt: number[] = [];
  const received = subscribers.map(() => new Map<number, number>());
  const warm = subscribers.map(() => false);
  const mutation = (kind: 'w' | 'm', author: Subscriber, conversatorioId: string): Mutation => {
    const list = kind === 'w' ? warmups : mutations;
    const made = { author, conversatorioId, body: `Aporte en vivo ${tag} ${kind}${list.length}: riego y cuencas para la provincia.` };
    list.push(made);
    return made;
  };

  /** Checks one event at one subscriber. */
  const receive = (index: number, event: ContributionEvent, now: number) => {
    const subscriber = subscribers[index];
    const match = event.contribution ? marker.exec(event.contribution.body) : null;
    if (!event.contribution || !match) {
      outcome.wrong += 1;
      return problem(`unexpected event ${JSON.stringify(event).slice(0, 200)}`);
    }
    const [, kind, number] = match;
    const made = (kind === 'w' ? warmups : mutations)[Number(number)];
    const conversatorio = participants.get(subscriber.conversatorioId) ?? [];
    const allowed =
      made !== undefined &&
      event.kind === 'CREATED' &&
      event.conversatorioId === subscriber.conversatorioId &&
      event.contribution.conversatorio.id === subscriber.conversatorioId &&
      made.conversatorioId === subscriber.conversatorioId &&
      event.contribution.province.code === made.author.province &&
      conversatorio.includes(event.contribution.province.code) &&
      conversatorio.includes(subscriber.province);
    if (!allowed) {
      outcome.wrong += 1;
      return problem(`subscriber ${index} (${subscriber.province}, ${subscriber.conversatorioId}) got ${kind}${number}`);
    }
    if (kind === 'w') warm[index] = true;
    else if (received[index].has(Number(number))) {
      outcome.wrong += 1;
      problem(`subscriber ${index} got m${number} twice`);
    } else received[index].set(Number(number), now - sentAt[Number(number)]);
  };

  const waitUntil = async (check: () => boolean, ms: number) => {
    const deadline = performance.now() + ms;
    while (!check() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return check();
  };

  const clients: Client[] = [];
  try {
    // Connect and subscribe, a province at a time.
    for (let start = 0; start < subscribers.length; start += PER_PROVINCE) {
      await Promise.all(
        subscribers.slice(start, start + PER_PROVINCE).map(
          (subscriber, offset) =>
            new Promise<void>((resolve, reject) => {
              const index = start + offset;
              const client = createClient({
                url: options.wsUrl,
                webSocketImpl: WebSocket,
                connectionParams: { authorization: `Bearer ${subscriber.token}` },
                lazy: false,
                retryAttempts: 0,
                on: { connected: () => resolve(), closed: (event) => reject(new Error(`S1: socket closed ${JSON.stringify(event)}`)) },
              });
              clients.push(client);
              client.subscribe<{ contributionChanged: ContributionEvent }>(
                { query: SUBSCRIPTION, variables: { id: subscriber.conversatorioId } },
                {
                  next: (message) => {
                    const now = performance.now();
                    if (message.data) receive(index, message.data.contributionChanged, now);
                    if (message.errors) {
                      outcome.wrong += 1;
                      problem(`subscription error ${JSON.stringify(message.errors).slice(0, 200)}`);
                    }
                  },
                  error: (error) => {
                    outcome.wrong += 1;
                    problem(`subscription failed ${JSON.stringify(error).slice(0, 200)}`);
                  },
                  complete: () => undefined,
                },
              );
            }),
        ),
      );
    }
    // Warm up until every subscription is live (the server registers it after authenticating).
    const deadline = performance.now() + 15_000;
    while (warm.includes(false)) {
      if (performance.now() > deadline) throw new Error(`S1: ${warm.filter((live) => !live).length} subscriptions never became live`);
      const cold = new Map<string, Subscriber>();
      subscribers.forEach((subscriber, index) => {
        if (!warm[index]) cold.set(subscriber.conversatorioId, subscriber);
      });
      for (const [conversatorioId, author] of cold) {
        if (!(await options.send(mutation('w', author, conversatorioId)))) outcome.failures += 1;
      }
      await waitUntil(() => !warm.includes(false), 2_000);
    }

    // The measured contributions: a province at a time (round-robin over the 23), each by one of
    // its technicians, in the conversatorio that technician watches.
    const byProvince = new Map<string, Subscriber[]>();
    for (const subscriber of subscribers) byProvince.set(subscriber.province, [...(byProvince.get(subscriber.province) ?? []), subscriber]);
    const provinces = [...byProvince.keys()];
    const total = RATE * SECONDS;
    for (let index = 0; index < total; index += 1) {
      const technicians = byProvince.get(provinces[index % provinces.length])!;
      const author = technicians[Math.floor(index / provinces.length) % technicians.length];
      mutation('m', author, author.conversatorioId);
    }
    const recipients = mutations.map(
      (made) => subscribers.filter((subscriber) => subscriber.conversatorioId === made.conversatorioId).length,
    );
    outcome.expected = recipients.reduce((sum, count) => sum + count, 0);
    const pending: Promise<void>[] = [];
    const start = performance.now();
    for (const [index, made] of mutations.entries()) {
      const wait = start + (index * 1000) / RATE - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      sentAt[index] = performance.now();
      pending.push(
        options.send(made).then((ok) => {
          outcome.responses.push(performance.now() - sentAt[index]);
          if (!ok) outcome.failures += 1;
        }),
      );
    }
    await Promise.all(pending);
    const count = () => received.reduce((sum, map) => sum + map.size, 0);
    await waitUntil(() => count() >= outcome.expected, 5_000);
    outcome.delivered = count();
    outcome.latencies = received.flatMap((map) => [...map.values()]);
    return outcome;
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
  }
}

/**
 * S1: 230 technicians (10 in each of the 23 provinces with a prefectura) watch contributions live
 * while contributions are made at 20/s; against a plain `ws` broadcast server sending the same
 * payloads to the same 230 subscriptions. Latency: from the mutation's send time to each
 * subscriber's receipt, all in this process.
 *
 * What the API offers: `contributionChanged(conversatorioId)` is a subscription per conversatorio
 * (the live view of a conversatorio), not per province, and a contribution is visible to every
 * signed-in person. So "10 per province" is modelled as 10 technicians of each province, each
 * watching one of the open conversatorios their province takes part in (spread over them). Each
 * contribution is made by one of those technicians, for their province, in the conversatorio they
 * watch, and must reach every subscriber of that conversatorio exactly once and nobody else; "the
 * wrong province" is checked as: the event's conversatorio is the subscriber's, the contribution's
 * province is the author's and takes part in it, and so does the subscriber's.
 */
export async function s1(context: BenchContext): Promise<void> {
  const { server, url } = context;
  const tag = randomBytes(3).toString('hex');
  const { provinces, conversatorios } = await withClient(url, async (client) => ({
    provinces: (await client.query<{ code: string }>('SELECT code FROM province WHERE has_prefectura ORDER BY code')).rows.map(
      (row) => row.code,
    ),
    conversatorios: (
      await client.query<{ id: string; codes: string[] }>(
        `SELECT c.id, array_agg(cp.province_code::text ORDER BY cp.province_code) AS codes
           FROM conversatorio c JOIN conversatorio_province cp ON cp.conversatorio_id = c.id
          WHERE c.status = 'OPEN' GROUP BY c.id ORDER BY c.id`,
      )
    ).rows,
  }));
  const participants = new Map(conversatorios.map((conversatorio) => [conversatorio.id, conversatorio.codes]));
  const places = provinces.flatMap((province) => {
    const open = conversatorios.filter((conversatorio) => conversatorio.codes.includes(province));
    if (open.length === 0) throw new Error(`S1: province ${province} takes part in no open conversatorio`);
    return Array.from({ length: PER_PROVINCE }, (_, index) => ({ province, conversatorioId: open[index % open.length].id }));
  });
  const tokens = await createSessions(
    url,
    places.map(({ province }, index) => ({
      email: `s1.${province}.${index % PER_PROVINCE}@bench.ruta.ec`,
      displayName: `Técnico ${province}-${index % PER_PROVINCE}`,
      role: 'TECHNICIAN' as const,
      provinceCode: province,
    })),
  );
  const subscribers: Subscriber[] = places.map((place, index) => ({ ...place, token: tokens[index] }));
  const perConversatorio = new Set(subscribers.map((subscriber) => subscriber.conversatorioId)).size;

  // The API: each contribution made over HTTP by its author.
  const created: ContributionData[] = [];
  const api = await run({
    wsUrl: `${server.baseUrl.replace('http', 'ws')}/graphql`,
    subscribers,
    participants,
    tag: `${tag}a`,
    send: async ({ author, conversatorioId, body }) => {
      const response = await fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${author.token}` },
        body: JSON.stringify({
          query: CREATE,
          variables: { input: { conversatorioId, provinceCode: author.province, type: 'IDEA', body } },
        }),
      });
      const result = (await response.json()) as { data?: { createContribution: ContributionData } | null };
      if (result.data?.createContribution) created.push(result.data.createContribution);
      return Boolean(result.data?.createContribution);
    },
  });

  // The baseline: the same events (a contribution as the API returned it, with this one's body,
  // province and conversatorio), published over HTTP, broadcast by conversatorio.
  let baseline: Baseline | null = null;
  let bare: Outcome;
  try {
    baseline = await startBaseline(context, 'broadcast-baseline.ts');
    const { port } = baseline;
    const template = created[0];
    if (!template) throw new Error('S1: the API created no contribution');
    let sequence = 0;
    bare = await run({
      wsUrl: `ws://127.0.0.1:${port}/graphql`,
      subscribers,
      participants,
      tag: `${tag}b`,
      send: async ({ author, conversatorioId, body }) => {
        const contributionId = `${template.id.slice(0, 24)}${String((sequence += 1)).padStart(12, '0')}`;
        const contribution = {
          ...template,
          id: contributionId,
          body,
          province: { code: author.province, name: template.province.name },
          conversatorio: { ...template.conversatorio, id: conversatorioId },
        };
        const response = await fetch(`http://127.0.0.1:${port}/publish`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'CREATED', contributionId, conversatorioId, contribution }),
        });
        await response.text();
        return response.ok;
      },
    });
  } finally {
    baseline?.stop();
  }

  for (const [side, outcome] of [
    ['API', api],
    ['baseline', bare],
  ] as const) {
    if (outcome.problems.length > 0 || outcome.failures > 0)
      console.log(`S1 ${side}: ${outcome.failures} failed mutations; ${outcome.problems.join('; ')}`);
  }
  const share = (outcome: Outcome) => (100 * outcome.delivered) / outcome.expected;
  console.log(
    `S1: ${subscribers.length} subscribers on ${perConversatorio} conversatorios; ${RATE * SECONDS} contributions, ${api.expected} deliveries expected; ` +
      `mutation response p50 ${percentile(api.responses, 50).toFixed(1)} ms`,
  );
  record({
    id: 'S1',
    metric: `delivered, ${subscribers.length} subscribers, ${RATE} contributions/s`,
    value: share(api),
    baseline: share(bare),
    unit: '%',
    target: '100 %, none to the wrong province',
    met: api.delivered === api.expected && api.wrong === 0 && api.failures === 0,
  });
  record({ id: 'S1', metric: 'deliveries to the wrong subscriber', value: api.wrong, baseline: bare.wrong, unit: 'events' });
  record({
    id: 'S1',
    metric: 'p50 latency, mutation sent → subscriber received',
    value: percentile(api.latencies, 50),
    baseline: percentile(bare.latencies, 50),
    unit: 'ms',
  });
  record({
    id: 'S1',
    metric: 'p99 mutation response time, sent → HTTP answer (baseline: the publish)',
    value: percentile(api.responses, 99),
    baseline: percentile(bare.responses, 99),
    unit: 'ms',
  });
  const p99 = percentile(api.latencies, 99);
  const baseP99 = percentile(bare.latencies, 99);
  record({
    id: 'S1',
    metric: 'p99 latency, mutation sent → subscriber received',
    value: p99,
    baseline: baseP99,
    unit: 'ms',
    target: '≤ 50 ms and ≤ 4× the baseline',
    met: p99 <= 50 && p99 <= 4 * baseP99,
  });
}
