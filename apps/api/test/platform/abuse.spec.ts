import { conversatorioId } from '@ruta/server-seed';
import { countStatements, databaseDigest } from '@ruta/server-testing';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Reply {
  status: number;
  body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; data?: unknown } | null;
  text: string;
  ms: number;
}

/**
 * Abuse that must bounce off: each request is refused with the right code, quickly, without
 * running SQL (anonymous requests) and without changing anything (a digest of every table is the
 * same before and after).
 */
describe('abusive requests', () => {
  let api: TestApp;
  let technician: string;

  beforeAll(async () => {
    api = await startTestApp();
    technician = await sessionFor(api, 'tecnico.azuay@demo.ruta.ec');
  });
  afterAll(() => api.close());

  const post = async (body: string, headers: Record<string, string> = {}): Promise<Reply> => {
    const started = performance.now();
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const text = await response.text();
    let parsed: Reply['body'] = null;
    try {
      parsed = JSON.parse(text) as Reply['body'];
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed, text, ms: performance.now() - started };
  };
  const query = (document: string, variables: Record<string, unknown> = {}, token?: string) =>
    post(JSON.stringify({ query: document, variables }), token ? { authorization: `Bearer ${token}` } : {});

  /** Runs a request, checking that it changed nothing and (unless signed in) ran no SQL. */
  const bounce = async (request: () => Promise<Reply>, options: { sqlAllowed?: boolean } = {}) => {
    const before = await databaseDigest(api.db);
    let reply!: Reply;
    const statements = await countStatements(api.db, async () => {
      reply = await request();
    });
    if (!options.sqlAllowed) expect(statements).toBe(0);
    expect(await databaseDigest(api.db)).toEqual(before);
    // No stack trace or SQL text in any answer.
    expect(reply.text).not.toMatch(/stacktrace|at [\w.]+ \(|SELECT |INSERT /);
    expect(reply.ms).toBeLessThan(1_000);
    return reply;
  };
  const codes = (reply: Reply) => (reply.body?.errors ?? []).map((error) => error.extensions?.code);
  const tooComplex = (reply: Reply, limit: string) =>
    expect(reply.body?.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_COMPLEX', limit }) })]),
    );

  it('refuses a query deeper than the limit', async () => {
    let nested = 'code';
    for (let level = 0; level < 12; level += 1) nested = `f${level} { ${nested} }`;
    const reply = await bounce(() => query(`{ provinces { ${nested} } }`));
    tooComplex(reply, 'depth');
  });

  it('refuses too many aliases, also hidden in fragments', async () => {
    const aliases = Array.from({ length: 25 }, (_, index) => `p${index}: provinces { code }`).join(' ');
    tooComplex(await bounce(() => query(`{ ${aliases} }`)), 'aliases');
    const fragment = Array.from({ length: 8 }, (_, index) => `q${index}: code`).join(' ');
    tooComplex(
      await bounce(() =>
        query(
          `{ provinces { ...F ...G ...H } } fragment F on Province { ${fragment} } fragment G on Province { ...F } fragment H on Province { ...F }`,
        ),
      ),
      'aliases',
    );
  });

  it('measures fragments that spread fragments many times over without blowing up, and refuses them', async () => {
    // 2^30 expansions if walked naively: each fragment spreads the next one twice, with an alias.
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1
        ? `fragment F${level} on Province { a${level}: code }`
        : `fragment F${level} on Province { a${level}: code ...F${level + 1} ...F${level + 1} }`,
    ).join(' ');
    const reply = await bounce(() => query(`{ provinces { ...F0 } } ${fragments}`));
    tooComplex(reply, 'aliases');
  });

  it('refuses too many directives', async () => {
    const fields = Array.from({ length: 12 }, () => 'code @include(if: true)').join(' ');
    tooComplex(await bounce(() => query(`{ provinces { ${fields} } }`)), 'directives');
  });

  it('refuses a document of too many tokens before validating it', async () => {
    const reply = await bounce(() => query(`{ provinces { ${'code '.repeat(3_500)} } }`));
    expect(codes(reply)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(reply.body?.errors?.[0].message).toMatch(/tokens/);
  });

  it('refuses a query whose estimated cost is over the cap', async () => {
    const fields = Array.from({ length: 15 }, () => 'title').join(' ');
    const pages = Array.from({ length: 20 }, (_, index) => `a${index}: actionItems(first: 100) { nodes { id ${fields} } }`).join(' ');
    const reply = await bounce(() => query(`{ ${pages} }`));
    // Only the cost is over: the query is otherwise valid.
    expect(codes(reply)).toEqual(['TOO_COMPLEX']);
    tooComplex(reply, 'cost');
  });

  it('refuses 15 aliased sign-ins in one request, even through a fragment', async () => {
    const attempts = Array.from(
      { length: 15 },
      (_, index) => `a${index}: login(email: "admin@demo.ruta.ec", password: "guess-${index}") { token }`,
    );
    tooComplex(await bounce(() => query(`mutation { ${attempts.join(' ')} }`)), 'login per request');
    tooComplex(
      await bounce(() => query(`mutation { ...M } fragment M on Mutation { ${attempts.slice(0, 2).join(' ')} }`)),
      'login per request',
    );
  });

  it('refuses batched requests, GET mutations and requests that fail CSRF prevention', async () => {
    const batch = await bounce(() => post(JSON.stringify([{ query: '{ provinces { code } }' }, { query: '{ provinces { code } }' }])));
    expect(batch.status).toBe(400);
    const getMutation = await bounce(async () => {
      const started = performance.now();
      const response = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      const text = await response.text();
      return { status: response.status, body: null, text, ms: performance.now() - started };
    });
    expect(getMutation.status).toBe(405);
    // A "simple" cross-site form post: text/plain, no preflight-forcing header.
    const csrf = await bounce(async () => {
      const started = performance.now();
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: 'mutation { logout }' }),
      });
      return { status: response.status, body: null, text: await response.text(), ms: performance.now() - started };
    });
    expect(csrf.status).toBe(400);
  });

  it('refuses invalid JSON and a body over the size limit', async () => {
    const invalid = await bounce(() => post('{"query": "{ provinces { code } }"'));
    expect(invalid.status).toBe(400);
    const huge = await bounce(() =>
      post(JSON.stringify({ query: '{ provinces { code } }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } })),
    );
    expect(huge.status).toBe(413);
  });

  it('refuses a page of 100000, an unknown enum, an impossible date and an oversized text, naming the field', async () => {
    const page = await bounce(
      () => query('query ($first: Int!) { actionItems(first: $first) { nodes { id } } }', { first: 100_000 }, technician),
      {
        sqlAllowed: true,
      },
    );
    expect(page.body?.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'first' })],
    });
    const CREATE = 'mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }';
    const input = {
      conversatorioId: conversatorioId('cooperacion-descentralizada'),
      provinceCode: '01',
      type: 'IDEA',
      body: 'Texto válido',
    };
    const enumReply = await bounce(() => query(CREATE, { input: { ...input, type: 'NOPE' } }, technician), { sqlAllowed: true });
    expect(enumReply.body?.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'type' })],
    });
    const oversized = await bounce(() => query(CREATE, { input: { ...input, body: 'a'.repeat(100_000) } }, technician), {
      sqlAllowed: true,
    });
    expect(oversized.body?.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'body' })],
    });
    const date = await bounce(
      () =>
        query(
          'mutation ($input: AgendaSessionInput!) { createAgendaSession(input: $input) { id } }',
          { input: { kind: 'PANEL', title: 'X', startsAt: '2023-13-45T99:00:00Z', endsAt: '2023-03-28T09:00:00Z' } },
          technician,
        ),
      { sqlAllowed: true },
    );
    expect(date.body?.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'startsAt' })],
    });
  });

  it('lets the web app’s largest operations through', async () => {
    const reply = await query(
      `query ($id: ID!) { document(id: $id) { id ponencia { talk { speaker { organization { id name } } } } } }`,
      { id: '00000000-0000-4000-8000-000000000000' },
      technician,
    );
    expect(codes(reply)).toEqual(['NOT_FOUND']);
  });
});
