import { Agent, request } from 'node:http';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the HTTP surface', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('answers /health (alive) and /health/ready (the database up; Redis only when configured)', async () => {
    const live = await fetch(`${api.baseUrl}/health`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; info: Record<string, unknown> };
    expect(body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    expect(body.info.redis).toBeUndefined();
  });

  it('keeps an idle keep-alive connection open longer than its proxy does (no reset when nginx reuses it)', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const call = request(`${api.baseUrl}/health`, { agent }, (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0, reused: call.reusedSocket }));
        });
        call.on('error', reject);
        call.end();
      });
    try {
      expect(await get()).toEqual({ status: 200, reused: false });
      // Node's default (5 s) would have closed it by now.
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(await get()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  });

  it('tags every response with a request id, keeping one the client sent', async () => {
    const response = await fetch(`${api.baseUrl}/health`, { headers: { 'x-request-id': 'test-request-42' } });
    expect(response.headers.get('x-request-id')).toBe('test-request-42');
    const other = await fetch(`${api.baseUrl}/health`);
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a GraphQL GET without a preflight-forcing header (CSRF prevention)', async () => {
    const response = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{ provinces { code } }')}`);
    expect(response.status).toBe(400);
  });

  it('reports a malformed query as GRAPHQL_PARSE_FAILED and an unknown field as GRAPHQL_VALIDATION_FAILED', async () => {
    const parse = await api.gql('{ provinces { code ');
    expect(parse.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const validation = await api.gql('{ provinces { secret } }');
    expect(validation.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports a variable of the wrong type as BAD_USER_INPUT', async () => {
    const response = await api.gql('query ($code: String!) { province(code: $code) { name } }', { variables: { code: 17 } });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers null for a province code that does not exist', async () => {
    const response = await api.gql<{ province: null }>('{ province(code: "99") { name } }');
    expect(response.errors).toBeUndefined();
    expect(response.data?.province).toBeNull();
  });
});
