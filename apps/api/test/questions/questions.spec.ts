import { demoUserId, sessionId } from '@ruta/server-seed';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { sessionFor } from '../support/actors.js';
import { eventually } from '../support/collaboration-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Question {
  id: string;
  body: string;
  status: string;
  votes: number;
  votedByMe: boolean;
  mine: boolean;
}

// The demo moderator moderates this panel (second theme), not the third theme's.
const PANEL = sessionId('cooperacion-sur-sur:panel');
const FOREIGN_PANEL = sessionId('paradiplomacia:panel');
const LIST = 'query ($id: ID!) { sessionQuestions(sessionId: $id) { id body status votes votedByMe mine } }';

describe('live questions of agenda sessions', () => {
  let api: TestApp;
  let partner: string;
  let technician: string;
  let moderator: string;
  let analyst: string;
  const clients: Client[] = [];
  const list = async (token: string, session = PANEL) =>
    (await api.gql<{ sessionQuestions: Question[] }>(LIST, { token, variables: { id: session } })).data!.sessionQuestions;
  const ask = (token: string, body: string, session = PANEL) =>
    api.gql<{ askQuestion: Question }>(
      'mutation ($id: ID!, $body: String!) { askQuestion(sessionId: $id, body: $body) { id body status mine } }',
      {
        token,
        variables: { id: session, body },
      },
    );
  const moderate = (token: string, id: string, status: string) =>
    api.gql<{ moderateQuestion: Question }>(
      'mutation ($id: ID!, $status: QuestionStatus!) { moderateQuestion(id: $id, status: $status) { status } }',
      {
        token,
        variables: { id, status },
      },
    );

  beforeAll(async () => {
    api = await startTestApp();
    [partner, technician, moderator, analyst] = await Promise.all(
      ['socio.giz@demo.ruta.ec', 'tecnico.azuay@demo.ruta.ec', 'moderador@demo.ruta.ec', 'analista@demo.ruta.ec'].map((email) =>
        sessionFor(api, email),
      ),
    );
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await api.close();
  });

  it('a pending question shows only to its author and the moderators until approved', async () => {
    const asked = (await ask(partner, '  ¿Cómo acceden las prefecturas a la cooperación triangular?  ')).data!.askQuestion;
    expect(asked).toMatchObject({ body: '¿Cómo acceden las prefecturas a la cooperación triangular?', status: 'PENDING', mine: true });
    expect((await list(technician)).find((question) => question.id === asked.id)).toBeUndefined();
    expect((await list(moderator)).find((question) => question.id === asked.id)?.status).toBe('PENDING');

    expect((await moderate(moderator, asked.id, 'APPROVED')).data?.moderateQuestion.status).toBe('APPROVED');
    expect((await list(technician)).find((question) => question.id === asked.id)?.status).toBe('APPROVED');
  });

  it('counts one upvote per person, most voted first, and answered ones last', async () => {
    const first = (await ask(partner, 'Primera')).data!.askQuestion;
    const second = (await ask(partner, 'Segunda')).data!.askQuestion;
    await moderate(moderator, first.id, 'APPROVED');
    await moderate(moderator, second.id, 'APPROVED');
    const VOTE = 'mutation ($id: ID!) { voteQuestion(id: $id) { votes votedByMe } }';
    await api.gql(VOTE, { token: technician, variables: { id: second.id } });
    const twice = await api.gql<{ voteQuestion: Question }>(VOTE, { token: technician, variables: { id: second.id } });
    expect(twice.data?.voteQuestion).toEqual({ votes: 1, votedByMe: true });
    const order = (await list(technician)).map((question) => question.id);
    expect(order.indexOf(second.id)).toBeLessThan(order.indexOf(first.id));

    await moderate(moderator, second.id, 'ANSWERED');
    expect((await list(technician)).at(-1)?.id).toBe(second.id);
  });

  it('lets only moderators moderate, and hides a hidden question from everyone else', async () => {
    const asked = (await ask(technician, 'Una pregunta fuera de tema')).data!.askQuestion;
    expect((await moderate(partner, asked.id, 'APPROVED')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await moderate(moderator, asked.id, 'HIDDEN');
    expect((await list(partner)).find((question) => question.id === asked.id)).toBeUndefined();
    expect((await list(technician)).find((question) => question.id === asked.id)).toBeUndefined();
  });

  it('rejects an empty or overlong question and an unknown session', async () => {
    expect((await ask(partner, '   ')).errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'body', key: 'required' }),
    ]);
    expect((await ask(partner, 'x'.repeat(501))).errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'body', key: 'tooLong' }),
    ]);
    const unknown = await api.gql('mutation { askQuestion(sessionId: "00000000-0000-4000-8000-000000000000", body: "Hola") { id } }', {
      token: partner,
    });
    expect(unknown.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'sessionId', key: 'unknownValue' })]);
  });

  it('lets a moderator moderate only the sessions they moderate, and analysts any', async () => {
    const own = (await ask(partner, '¿Qué aprendimos del intercambio Sur-Sur?')).data!.askQuestion;
    expect((await moderate(moderator, own.id, 'APPROVED')).data?.moderateQuestion.status).toBe('APPROVED');

    const foreign = (await ask(partner, '¿Qué redes acompañan la acción internacional?', FOREIGN_PANEL)).data!.askQuestion;
    expect((await moderate(moderator, foreign.id, 'HIDDEN')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Nor does it see the pending questions of a session it does not moderate.
    expect((await list(moderator, FOREIGN_PANEL)).find((question) => question.id === foreign.id)).toBeUndefined();
    expect((await list(analyst, FOREIGN_PANEL)).find((question) => question.id === foreign.id)?.status).toBe('PENDING');

    expect((await moderate(analyst, foreign.id, 'APPROVED')).data?.moderateQuestion.status).toBe('APPROVED');
    expect((await list(moderator, FOREIGN_PANEL)).find((question) => question.id === foreign.id)?.status).toBe('APPROVED');
  });

  it('tells each reader where they may moderate, and shows who moderates only to staff and moderators', async () => {
    const AGENDA = '{ agenda { id canModerateQuestions moderators { id displayName } } }';
    const sessions = async (token?: string) => {
      const { data } = await api.gql<{
        agenda: Array<{ id: string; canModerateQuestions: boolean; moderators: Array<{ id: string; displayName: string }> | null }>;
      }>(AGENDA, { token });
      return new Map(data!.agenda.map((session) => [session.id, session]));
    };
    const asModerator = await sessions(moderator);
    expect(asModerator.get(PANEL)).toMatchObject({
      canModerateQuestions: true,
      moderators: [{ id: demoUserId('moderador@demo.ruta.ec'), displayName: 'Moderación (demo)' }],
    });
    expect(asModerator.get(FOREIGN_PANEL)).toMatchObject({ canModerateQuestions: false, moderators: [] });
    expect((await sessions(analyst)).get(FOREIGN_PANEL)?.canModerateQuestions).toBe(true);
    for (const token of [technician, partner, undefined]) {
      expect((await sessions(token)).get(PANEL)).toMatchObject({ canModerateQuestions: false, moderators: null });
    }
  });

  it('announces a pending question only to its author and those who moderate its session', async () => {
    const listen = async (token: string, session: string) => {
      const received: string[] = [];
      const client = createClient({
        url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      clients.push(client);
      const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
      client.subscribe<{ sessionQuestionChanged: { questionId: string } }>(
        { query: 'subscription ($id: ID!) { sessionQuestionChanged(sessionId: $id) { questionId } }', variables: { id: session } },
        {
          next: ({ data }) => data && received.push(data.sessionQuestionChanged.questionId),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      await connected;
      await new Promise((resolve) => setTimeout(resolve, 200));
      return received;
    };
    const moderatorElsewhere = await listen(moderator, FOREIGN_PANEL);
    const analystElsewhere = await listen(analyst, FOREIGN_PANEL);
    const moderatorHere = await listen(moderator, PANEL);

    const foreign = (await ask(partner, '¿Cómo se coordinan las prefecturas en el exterior?', FOREIGN_PANEL)).data!.askQuestion;
    const own = (await ask(partner, '¿Qué territorios del Sur participan?')).data!.askQuestion;
    await moderate(analyst, foreign.id, 'APPROVED');
    // A last question, approved too: once it reaches the moderator, every earlier event has been through.
    const last = (await ask(partner, '¿Y las redes de ciudades?', FOREIGN_PANEL)).data!.askQuestion;
    await moderate(analyst, last.id, 'APPROVED');

    await eventually(() => moderatorElsewhere.includes(last.id) && analystElsewhere.length === 4 && moderatorHere.length > 0);
    expect(analystElsewhere).toEqual([foreign.id, foreign.id, last.id, last.id]);
    // The moderator learns of the foreign questions once they are public, and of its own session's at once.
    expect(moderatorElsewhere).toEqual([foreign.id, last.id]);
    expect(moderatorHere).toEqual([own.id]);
  });
});
