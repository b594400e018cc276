import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the administrator’s full data export', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const download = (token?: string) =>
    fetch(`${api.baseUrl}/exports/datos.json`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('gives administrators every table as JSON, without secrets', async () => {
    const response = await download(await sessionFor(api, 'admin@demo.ruta.ec'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="ruta-datos-\d{4}-\d{2}-\d{2}\.json"/);
    const body = (await response.json()) as { format: string; tables: Record<string, Array<Record<string, unknown>>> };
    expect(body.format).toBe('ruta-export/1');
    const [{ count }] = (await api.db.query('SELECT count(*)::int AS count FROM contribution')) as Array<{ count: number }>;
    expect(body.tables.contribution).toHaveLength(count);
    expect(body.tables.province).toHaveLength(24);
    expect(body.tables.action_item.length).toBeGreaterThan(0);
    // People, but not their password hashes; no sessions or tokens at all.
    expect(body.tables.app_user.length).toBeGreaterThan(5);
    expect(Object.keys(body.tables.app_user[0])).not.toContain('password_hash');
    expect(body.tables.session).toBeUndefined();
    expect(body.tables.user_token).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/\$argon2/);
    // Documents keep their content (the Yjs state, base64).
    const withState = body.tables.document.find((document) => typeof document.state === 'string');
    expect(withState).toBeDefined();
    expect(Buffer.from(withState!.state as string, 'base64').length).toBeGreaterThan(10);
  });

  it('refuses everyone else', async () => {
    expect((await download()).status).toBe(401);
    expect((await download(await sessionFor(api, 'analista@demo.ruta.ec'))).status).toBe(403);
  });
});
