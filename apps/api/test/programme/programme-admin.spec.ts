import { demoUserId, sessionId } from '@ruta/server-seed';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_SESSION = `mutation ($input: AgendaSessionInput!) { createAgendaSession(input: $input) { id title durationMinutes theme { name } } }`;

describe('programme administration', () => {
  let api: TestApp;
  let admin: string;
  const agendaCount = async () => (await api.gql<{ agenda: unknown[] }>('{ agenda { id } }')).data!.agenda.length;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await sessionFor(api, 'admin@demo.ruta.ec');
  });
  afterAll(() => api.close());

  it('adds a theme and a session that fits a day, and the public agenda shows them at once', async () => {
    const theme = await api.gql<{ createTheme: { id: string; name: string } }>(
      'mutation { createTheme(input: { name: "Cooperación climática", description: "Financiamiento y adaptación." }) { id name } }',
      { token: admin },
    );
    expect(theme.errors).toBeUndefined();
    const created = await api.gql<{ createAgendaSession: { id: string; durationMinutes: number; theme: { name: string } } }>(
      CREATE_SESSION,
      {
        token: admin,
        variables: {
          input: {
            kind: 'PANEL',
            themeId: theme.data!.createTheme.id,
            title: 'Panel: cooperación climática',
            startsAt: '2023-03-29T12:10:00-05:00',
            endsAt: '2023-03-29T12:10:00-05:00',
          },
        },
      },
    );
    // Ends when it starts: refused with the reason.
    expect(created.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(created.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'endsAt', message: 'Debe terminar después de empezar.' }),
    ]);

    // The day-2 window closes at 12:10 and the closing takes its last slot: move the closing first.
    const before = await agendaCount();
    const ok = await api.gql<{ createAgendaSession: { id: string; durationMinutes: number; theme: { name: string } } }>(CREATE_SESSION, {
      token: admin,
      variables: {
        input: {
          kind: 'PANEL',
          themeId: theme.data!.createTheme.id,
          title: 'Panel: cooperación climática',
          startsAt: '2023-03-28T08:30:00-05:00',
          endsAt: '2023-03-28T09:00:00-05:00',
        },
      },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createAgendaSession).toMatchObject({ durationMinutes: 30, theme: { name: 'Cooperación climática' } });
    expect(await agendaCount()).toBe(before + 1);
    const themes = await api.gql<{ themes: Array<{ name: string }> }>('{ themes { name } }');
    expect(themes.data!.themes.map((item) => item.name)).toContain('Cooperación climática');
  });

  it('refuses a session outside the day windows or overlapping another, saying which, and changes nothing', async () => {
    const before = await agendaCount();
    const outside = await api.gql(CREATE_SESSION, {
      token: admin,
      variables: { input: { kind: 'PANEL', title: 'Tarde', startsAt: '2023-03-28T15:00:00-05:00', endsAt: '2023-03-28T15:30:00-05:00' } },
    });
    expect(outside.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'startsAt', message: expect.stringContaining('08:30–12:55') }),
    ]);
    const overlapping = await api.gql(CREATE_SESSION, {
      token: admin,
      variables: { input: { kind: 'PANEL', title: 'Choque', startsAt: '2023-03-28T09:10:00-05:00', endsAt: '2023-03-28T09:20:00-05:00' } },
      language: 'en',
    });
    expect(overlapping.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'startsAt', message: expect.stringMatching(/^It overlaps “.+”\.$/) }),
    ]);
    expect(await agendaCount()).toBe(before);
  });

  it('keeps speakers with a short bio, and only administrators change the programme', async () => {
    const speaker = await api.gql<{ createSpeaker: { id: string; name: string; bio: string } }>(
      'mutation { createSpeaker(input: { name: "María Fernanda Ortiz", jobTitle: "Directora de cooperación", bio: "Especialista en cooperación descentralizada." }) { id name bio } }',
      { token: admin },
    );
    expect(speaker.data!.createSpeaker).toMatchObject({
      name: 'María Fernanda Ortiz',
      bio: 'Especialista en cooperación descentralizada.',
    });
    const updated = await api.gql<{ updateSpeaker: { name: string } }>(
      'mutation ($id: ID!) { updateSpeaker(id: $id, input: { name: "María F. Ortiz", bio: "" }) { name } }',
      { token: admin, variables: { id: speaker.data!.createSpeaker.id } },
    );
    expect(updated.data!.updateSpeaker.name).toBe('María F. Ortiz');
    const analyst = await sessionFor(api, 'analista@demo.ruta.ec');
    const refused = await api.gql('mutation { createTheme(input: { name: "Otro eje" }) { id } }', { token: analyst });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const speakers = await api.gql<{ speakers: Array<{ name: string }> }>('{ speakers { name } }');
    expect(speakers.data!.speakers.map((item) => item.name)).toContain('María F. Ortiz');
  });

  it('lets administrators choose who moderates a session, among accounts that may moderate', async () => {
    const SET = `mutation ($id: ID!, $userIds: [ID!]!) {
      setSessionModerators(sessionId: $id, userIds: $userIds) { id moderators { id displayName } }
    }`;
    const keynote = sessionId('paradiplomacia:keynote');
    const [moderatorId, analystId] = ['moderador@demo.ruta.ec', 'analista@demo.ruta.ec'].map(demoUserId);
    const moderator = await sessionFor(api, 'moderador@demo.ruta.ec');
    const mayModerate = async () =>
      (
        await api.gql<{ agenda: Array<{ id: string; canModerateQuestions: boolean }> }>('{ agenda { id canModerateQuestions } }', {
          token: moderator,
        })
      ).data!.agenda.find((session) => session.id === keynote)?.canModerateQuestions;
    expect(await mayModerate()).toBe(false);

    const set = await api.gql<{ setSessionModerators: { moderators: Array<{ id: string; displayName: string }> } }>(SET, {
      token: admin,
      variables: { id: keynote, userIds: [moderatorId, analystId, moderatorId] },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setSessionModerators.moderators).toEqual([
      { id: analystId, displayName: 'Analista de CONGOPE (demo)' },
      { id: moderatorId, displayName: 'Moderación (demo)' },
    ]);
    expect(await mayModerate()).toBe(true);

    // A technician's account does not moderate: refused in both languages, and nothing changes.
    const refused = await api.gql(SET, {
      token: admin,
      variables: { id: keynote, userIds: [moderatorId, demoUserId('tecnico.azuay@demo.ruta.ec')] },
      language: 'en',
    });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({
        field: 'userIds',
        message: 'Choose only people with the moderator, analyst or administrator role.',
        messages: {
          es: 'Elija solo personas con el rol de moderación, análisis o administración.',
          en: 'Choose only people with the moderator, analyst or administrator role.',
        },
      }),
    ]);
    const unknown = await api.gql(SET, { token: admin, variables: { id: '00000000-0000-4000-8000-000000000000', userIds: [] } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const email of ['analista@demo.ruta.ec', 'tecnico.azuay@demo.ruta.ec']) {
      const forbidden = await api.gql(SET, { token: await sessionFor(api, email), variables: { id: keynote, userIds: [] } });
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await mayModerate()).toBe(true);

    const cleared = await api.gql<{ setSessionModerators: { moderators: unknown[] } }>(SET, {
      token: admin,
      variables: { id: keynote, userIds: [] },
    });
    expect(cleared.data!.setSessionModerators.moderators).toEqual([]);
    expect(await mayModerate()).toBe(false);
  });
});
