import { ACTION_ITEM_EVENTS } from '@ruta/server-roadmap';
import { demoActionItemId } from '@ruta/server-seed';
import { PubSubEngine } from 'graphql-subscriptions';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { sessionFor } from '../support/actors.js';
import { eventually } from '../support/collaboration-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Subscriptions deliver nothing from a province or organisation the subscriber may not see. */
describe('subscriptions and scope', () => {
  let api: TestApp;
  const clients: Client[] = [];
  // A proposal of Imbabura (with Bolívar and Sucumbíos): foreign to Azuay's technician and to AECID.
  const foreign = demoActionItemId('inventario-proyectos');
  // An agreed item: everyone signed in sees it.
  const agreed = demoActionItemId('paramos-andinos');

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await api.close();
  });

  const listen = async (token: string) => {
    const received: Array<{ actionItemId: string; actionItem: { id: string } | null }> = [];
    const client = createClient({
      url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    client.subscribe<{ actionItemChanged: (typeof received)[number] }>(
      {
        query: 'subscription ($ids: [ID!]!) { actionItemChanged(ids: $ids) { actionItemId actionItem { id } } }',
        variables: { ids: [foreign, agreed] },
      },
      { next: ({ data }) => data && received.push(data.actionItemChanged), error: () => undefined, complete: () => undefined },
    );
    await connected;
    await new Promise((resolve) => setTimeout(resolve, 200));
    return received;
  };

  it('passes on no foreign event among 1,000 while delivering the visible ones', async () => {
    const technician = await listen(await sessionFor(api, 'tecnico.azuay@demo.ruta.ec'));
    const partner = await listen(await sessionFor(api, 'socio.aecid@demo.ruta.ec'));
    const analyst = await listen(await sessionFor(api, 'analista@demo.ruta.ec'));
    const pubSub = api.app.get(PubSubEngine);
    for (let index = 0; index < 1_000; index += 1) {
      await pubSub.publish(ACTION_ITEM_EVENTS, { actionItemId: foreign });
      if (index % 100 === 0) await pubSub.publish(ACTION_ITEM_EVENTS, { actionItemId: agreed });
    }
    // The analyst (who sees everything) receives all 1,010: every event has been processed.
    await eventually(() => analyst.length === 1_010, 30_000);
    await eventually(() => technician.length === 10 && partner.length === 10, 10_000);
    for (const events of [technician, partner]) {
      expect(events.every((event) => event.actionItemId === agreed && event.actionItem?.id === agreed)).toBe(true);
    }
  }, 60_000);
});
