import { sessionId } from '@ruta/server-seed';
import { sessionFor } from './actors.js';
import { startTestApp, type TestApp } from './test-app.js';

interface Question {
  id: string;
  body: string;
  status: string;
  votes: number;
  votedByMe: boolean;
  mine: boolean;
}

const PANEL = sessionId('cooperacion-sur-sur:panel');
const LIST = 'query ($id: ID!) { sessionQuestions(sessionId: $id) { id body status votes votedByMe mine } }';

describe('live questions of agenda sessions', () => {
  let api: TestApp;
  let partner: string;
  let technician: string;
  let moderator: string;
  const list = async (token: string) =>
    (await api.gql<{ sessionQuestions: Question[] }>(LIST, { token, variables: { id: PANEL } })).data!.sessionQuestions;
  const ask = (token: string, body: string) =>
    api.gql<{ askQuestion: Question }>(
      'mutation ($id: ID!, $body: String!) { askQuestion(sessionId: $id, body: $body) { id body status mine } }',
      {
        token,
        variables: { id: PANEL, body },
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
    [partner, technician, moderator] = await Promise.all(
      ['socio.giz@demo.ruta.ec', 'tecnico.azuay@demo.ruta.ec', 'moderador@demo.ruta.ec'].map((email) => sessionFor(api, email)),
    );
  });
  afterAll(() => api.close());

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
});
