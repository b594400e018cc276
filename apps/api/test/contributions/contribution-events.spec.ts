import { conversatorioId } from '@ruta/server-seed';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface EventData {
  contributionChanged: { kind: string; contributionId: string; contribution: { body: string; hidden: boolean } | null };
}

const SUBSCRIPTION = `subscription ($id: ID!) { contributionChanged(conversatorioId: $id) { kind contributionId contribution { body hidden } } }`;
const DESCENTRALIZADA = conversatorioId('cooperacion-descentralizada');

describe('live contribution events over graphql-ws', () => {
  let api: TestApp;
  const clients: Client[] = [];

  const connect = (token?: string) => {
    const client = createClient({
      url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  };

  /** Collects what a subscription receives; resolves `ready` once the server has it registered. */
  const listen = (client: Client, conversatorio = DESCENTRALIZADA) => {
    const events: EventData['contributionChanged'][] = [];
    const errors: unknown[] = [];
    client.subscribe<EventData>(
      { query: SUBSCRIPTION, variables: { id: conversatorio } },
      {
        next: (message) => {
          if (message.data) events.push(message.data.contributionChanged);
          if (message.errors) errors.push(...message.errors);
        },
        error: (error) => errors.push(error),
        complete: () => undefined,
      },
    );
    return { events, errors };
  };

  const waitFor = async (check: () => boolean, what: string) => {
    const deadline = Date.now() + 5000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  const contribute = (token: string, body: string) =>
    api.gql<{ createContribution: { id: string } }>(
      'mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }',
      { token, variables: { input: { conversatorioId: DESCENTRALIZADA, provinceCode: '01', type: 'IDEA', body } } },
    );

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api.close();
  });

  it('a contribution made by one person reaches another subscriber of the conversatorio, and not a subscriber of another', async () => {
    const analyst = listen(connect(await sessionFor(api, 'analista@demo.ruta.ec')));
    const elsewhere = listen(connect(await sessionFor(api, 'socio.giz@demo.ruta.ec')), conversatorioId('paradiplomacia'));
    await new Promise((resolve) => setTimeout(resolve, 300));

    const created = await contribute(await sessionFor(api, 'tecnico.azuay@demo.ruta.ec'), 'Una idea que llega en vivo');
    await waitFor(() => analyst.events.length > 0, 'the analyst’s event');
    expect(analyst.events[0]).toEqual({
      kind: 'CREATED',
      contributionId: created.data!.createContribution.id,
      contribution: { body: 'Una idea que llega en vivo', hidden: false },
    });
    expect(analyst.errors).toEqual([]);
    expect(elsewhere.events).toEqual([]);
  });

  it('refuses an anonymous subscriber with UNAUTHENTICATED', async () => {
    const anonymous = listen(connect());
    await waitFor(() => anonymous.errors.length > 0, 'the refusal');
    expect(JSON.stringify(anonymous.errors)).toContain('UNAUTHENTICATED');
    await contribute(await sessionFor(api, 'tecnico.azuay@demo.ruta.ec'), 'Nadie anónimo la verá');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(anonymous.events).toEqual([]);
  });

  it('tells a technician a hidden contribution is gone (no content), and the analyst what it was', async () => {
    const technician = listen(connect(await sessionFor(api, 'tecnico.pichincha@demo.ruta.ec')));
    const analyst = listen(connect(await sessionFor(api, 'analista@demo.ruta.ec')));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const created = await contribute(await sessionFor(api, 'tecnico.azuay@demo.ruta.ec'), 'Texto que se ocultará');
    const id = created.data!.createContribution.id;
    await api.gql('mutation ($id: ID!) { hideContribution(id: $id, reason: "Duplicada") { id } }', {
      token: await sessionFor(api, 'moderador@demo.ruta.ec'),
      variables: { id },
    });
    await waitFor(
      () => technician.events.some((event) => event.kind === 'HIDDEN') && analyst.events.some((event) => event.kind === 'HIDDEN'),
      'the hidden events',
    );
    expect(technician.events.find((event) => event.kind === 'HIDDEN')).toEqual({ kind: 'HIDDEN', contributionId: id, contribution: null });
    expect(analyst.events.find((event) => event.kind === 'HIDDEN')?.contribution).toEqual({ body: 'Texto que se ocultará', hidden: true });
  });
});
