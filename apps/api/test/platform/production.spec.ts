import { startTestApp, type TestApp } from '../support/test-app.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
  // Required in production; the test app connects to its own database whatever this says.
  DATABASE_URL: 'postgres://unused',
  METRICS_TOKEN: 'a-metrics-token-for-the-scraper',
};

describe('production mode', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ ...PRODUCTION, TRUST_PROXY: 'loopback' });
  });
  afterAll(() => api.close());

  it('refuses introspection and suggests no field names', async () => {
    const introspection = await api.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await api.gql('{ provinces { nam } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/i);
    expect(JSON.stringify(typo)).not.toMatch(/"name"|stacktrace/);
  });

  it('sends security headers and a content security policy', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ provinces { code } }' }),
    });
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('takes the client address from the trusted proxy’s X-Forwarded-For', async () => {
    const { data } = await api.gql<{ login: { token: string } }>(
      'mutation { login(email: "analista@demo.ruta.ec", password: "ruta-demo") { token } }',
      { headers: { 'x-forwarded-for': '203.0.113.7' } },
    );
    expect(data?.login.token).toBeTruthy();
    const [session] = (await api.db.query(`SELECT ip FROM session ORDER BY created_at DESC LIMIT 1`)) as Array<{ ip: string }>;
    expect(session.ip).toBe('203.0.113.7');
  });

  it('exposes Prometheus metrics: HTTP and GraphQL latency, WebSockets, collaboration', async () => {
    await api.gql('{ provinces { code } }');
    const response = await fetch(`${api.baseUrl}/metrics`, { headers: { authorization: `Bearer ${PRODUCTION.METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/ruta_http_request_duration_seconds_count\{area="graphql",method="POST",status="2xx"\} \d+/);
    expect(text).toMatch(/ruta_graphql_operation_duration_seconds_count\{type="query",outcome="ok"\} \d+/);
    for (const name of [
      'ruta_graphql_websockets',
      'ruta_collaboration_connections',
      'ruta_document_updates_stored_total',
      'ruta_document_stores_total',
      'ruta_document_store_failures_total',
      'ruta_process_cpu_seconds_total',
    ]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
  });

  it('answers /metrics only with its bearer token', async () => {
    expect((await fetch(`${api.baseUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${api.baseUrl}/metrics`, { headers: { authorization: 'Bearer not-the-metrics-token' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain('ruta_');
  });
});

describe('without a trusted proxy', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('ignores X-Forwarded-For: a client cannot choose its address', async () => {
    await api.gql('mutation { login(email: "analista@demo.ruta.ec", password: "ruta-demo") { token } }', {
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    const [session] = (await api.db.query(`SELECT ip FROM session ORDER BY created_at DESC LIMIT 1`)) as Array<{ ip: string }>;
    expect(session.ip).not.toBe('203.0.113.7');
    expect(session.ip).toMatch(/127\.0\.0\.1/);
  });

  it('serves no /metrics without METRICS_TOKEN', async () => {
    const response = await fetch(`${api.baseUrl}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('ruta_');
  });
});
