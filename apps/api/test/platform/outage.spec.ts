import { themeId } from '@ruta/server-seed';
import net from 'node:net';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A TCP relay between the app and PostgreSQL that the test can cut, as if the database stopped. */
class CuttableRelay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  /** Where connections are relayed to (set once the database is known). */
  target = { host: '127.0.0.1', port: 5432 };

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => this.sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Every open connection reset, every new one refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

const PROPOSE = 'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id title } }';

describe('a database outage', () => {
  let api: TestApp;
  let relay: CuttableRelay;
  let token: string;

  beforeAll(async () => {
    relay = new CuttableRelay();
    await relay.open();
    api = await startTestApp(
      {},
      {
        connectThrough: (url) => {
          const parsed = new URL(url);
          relay.target = { host: parsed.hostname, port: Number(parsed.port) };
          parsed.hostname = '127.0.0.1';
          parsed.port = String(relay.port);
          return parsed.toString();
        },
      },
    );
    token = await sessionFor(api, 'analista@demo.ruta.ec');
  });
  afterAll(async () => {
    await api.close();
    await relay.cut();
  });

  it('answers SERVICE_UNAVAILABLE (retryable, both languages), changes nothing, and works again when the database is back', async () => {
    const title = 'Acción enviada durante el corte';
    await relay.cut();
    const started = Date.now();
    const during = await api.gql<{ proposeActionItem: { id: string } }>(PROPOSE, {
      token,
      variables: { input: { title, leadProvinceCode: '01', themeId: themeId('paradiplomacia') } },
    });
    const waited = Date.now() - started;
    console.info(`a write during a database outage answered in ${waited} ms`);
    expect(during.data).toBeNull();
    expect(during.errors?.[0].extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      retryable: true,
      messages: { es: expect.stringContaining('Inténtelo de nuevo'), en: expect.stringContaining('try again') },
    });
    const english = await api.gql('{ actionItems(first: 1) { totalCount } }', { token, headers: { 'accept-language': 'en' } });
    expect(english.errors?.[0].message).toMatch(/unavailable/i);
    const csv = await fetch(`${api.baseUrl}/exports/roadmap.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(503);
    expect(csv.headers.get('retry-after')).toBe('5');
    expect(((await csv.json()) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');

    await relay.open();
    const after = await api.gql<{ proposeActionItem: { id: string; title: string } }>(PROPOSE, {
      token,
      variables: { input: { title, leadProvinceCode: '01', themeId: themeId('paradiplomacia') } },
    });
    expect(after.errors).toBeUndefined();
    const [{ n }] = (await api.db.query('SELECT count(*)::int AS n FROM action_item WHERE title = $1', [title])) as Array<{ n: number }>;
    expect(n).toBe(1);
  }, 60_000);
});
