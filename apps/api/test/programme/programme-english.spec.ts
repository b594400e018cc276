import { FORUM_2023_EVENT_ID, forum2023English, sessionId, themeId, translateForum2023 } from '@ruta/server-seed';
import { DataSource } from 'typeorm';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface EventEnglish {
  name: string | null;
  subtitle: string | null;
  presentation: string | null;
  objectives: string[] | null;
  specificObjectives: string[] | null;
  methodology: string | null;
  audience: string[] | null;
}

const EVENT_ENGLISH = '{ event { name english { name subtitle presentation objectives specificObjectives methodology audience } } }';
const SET_EVENT_ENGLISH = `mutation ($input: EventEnglishInput!) {
  setEventEnglish(input: $input) { english { name subtitle presentation objectives specificObjectives methodology audience } }
}`;
const UPDATE_THEME = `mutation ($id: ID!, $input: ThemeInput!) { updateTheme(id: $id, input: $input) { name english { name description } } }`;
const UPDATE_SESSION = `mutation ($id: ID!, $input: AgendaSessionInput!) {
  updateAgendaSession(id: $id, input: $input) { title english { title description } }
}`;

describe('the programme in English', () => {
  let api: TestApp;
  let admin: string;
  let analyst: string;

  const eventEnglish = async () => (await api.gql<{ event: { english: EventEnglish } }>(EVENT_ENGLISH)).data!.event.english;
  const themeEnglish = async (key: string) =>
    (
      await api.gql<{ themes: Array<{ key: string; name: string; english: { name: string | null } }> }>(
        '{ themes { key name english { name } } }',
      )
    ).data!.themes.find((theme) => theme.key === key)!;

  beforeAll(async () => {
    api = await startTestApp();
    [admin, analyst] = await Promise.all([sessionFor(api, 'admin@demo.ruta.ec'), sessionFor(api, 'analista@demo.ruta.ec')]);
  });
  afterAll(() => api.close());

  it('reads the seeded English of the event, the themes and the sessions, wherever a theme is shown', async () => {
    const { data } = await api.gql<{
      event: { name: string; english: EventEnglish };
      themes: Array<{
        key: string;
        english: { name: string; description: string };
        sessions: Array<{ id: string; english: { title: string } }>;
      }>;
      agenda: Array<{
        id: string;
        title: string;
        english: { title: string; description: string };
        theme: { english: { name: string } } | null;
      }>;
    }>(`{
      event { name english { name subtitle presentation objectives specificObjectives methodology audience } }
      themes { key english { name description } sessions { id english { title } } }
      agenda { id title english { title description } theme { english { name } } }
    }`);
    expect(data!.event.name).toBe('Foro La Internacionalización Territorial');
    expect(data!.event.english).toEqual(forum2023English.event);
    expect(data!.themes.map((theme) => theme.english.name)).toEqual([
      'Decentralised cooperation',
      'South-South cooperation',
      'Paradiplomacy',
      'Internationalising the agenda',
    ]);
    const paradiplomacy = data!.themes.find((theme) => theme.key === 'paradiplomacia')!;
    expect(paradiplomacy.sessions.map((session) => session.english.title)).toEqual([
      'Keynote lecture: Paradiplomacy',
      'Panel: Paradiplomacy',
      'Open dialogue: Paradiplomacy',
    ]);
    // Every session has both texts in English, and so has the theme it is seen from.
    for (const session of data!.agenda) {
      expect(session.english.title).toBeTruthy();
      expect(session.english.description).toBeTruthy();
      if (session.theme) expect(session.theme.english.name).toBeTruthy();
    }
    expect(data!.agenda.find((session) => session.id === sessionId('opening'))!.english.title).toBe('Opening ceremony');

    // A theme seen from another feature (a conversatorio) carries its English name too.
    const conversatorios = await api.gql<{ conversatorios: Array<{ theme: { key: string; english: { name: string } } }> }>(
      '{ conversatorios { theme { key english { name } } } }',
      { token: analyst },
    );
    const seen = conversatorios.data!.conversatorios.find((conversatorio) => conversatorio.theme.key === 'paradiplomacia');
    expect(seen?.theme.english.name).toBe('Paradiplomacy');
    // …and one read as JSON built by PostgreSQL (an action item's theme).
    const items = await api.gql<{ actionItems: { nodes: Array<{ theme: { key: string; english: { name: string } } }> } }>(
      '{ actionItems(first: 50) { nodes { theme { key english { name } } } } }',
      { token: analyst },
    );
    const englishNames = Object.fromEntries(Object.entries(forum2023English.themes).map(([key, theme]) => [key, theme.name] as const));
    expect(items.data!.actionItems.nodes.length).toBeGreaterThan(0);
    for (const { theme } of items.data!.actionItems.nodes) expect(theme.english.name).toBe(englishNames[theme.key]);
  });

  it('lets an administrator replace the event’s English; a blank text or list means “not translated”', async () => {
    const set = await api.gql<{ setEventEnglish: { english: EventEnglish } }>(SET_EVENT_ENGLISH, {
      token: admin,
      variables: {
        input: {
          name: '  Territorial Internationalisation Forum 2023 ',
          subtitle: '',
          objectives: [' First objective. ', '', 'Second objective.'],
          specificObjectives: [],
          audience: null,
        },
      },
    });
    expect(set.errors).toBeUndefined();
    const expected = {
      name: 'Territorial Internationalisation Forum 2023',
      subtitle: null,
      presentation: null,
      objectives: ['First objective.', 'Second objective.'],
      specificObjectives: null,
      methodology: null,
      audience: null,
    };
    expect(set.data!.setEventEnglish.english).toEqual(expected);
    expect(await eventEnglish()).toEqual(expected);
  });

  it('lets an administrator give a theme and a session their English, and keeps it when a change leaves it out', async () => {
    const id = themeId('cooperacion-sur-sur');
    const themed = await api.gql<{ updateTheme: { english: { name: string | null; description: string | null } } }>(UPDATE_THEME, {
      token: admin,
      variables: {
        id,
        input: { name: 'Cooperación Sur-Sur', description: 'Intercambio entre territorios.', english: { name: 'South–South cooperation' } },
      },
    });
    expect(themed.errors).toBeUndefined();
    expect(themed.data!.updateTheme.english).toEqual({ name: 'South–South cooperation', description: null });

    // A Spanish-only change (an older client, a script): the English stays.
    const spanishOnly = await api.gql<{ updateTheme: { name: string; english: { name: string | null } } }>(UPDATE_THEME, {
      token: admin,
      variables: { id, input: { name: 'Cooperación Sur–Sur', description: 'Intercambio entre territorios.' } },
    });
    expect(spanishOnly.data!.updateTheme).toMatchObject({ name: 'Cooperación Sur–Sur', english: { name: 'South–South cooperation' } });

    const keynote = sessionId('cooperacion-sur-sur:keynote');
    const { data } = await api.gql<{
      agenda: Array<{ id: string; kind: string; startsAt: string; endsAt: string; theme: { id: string } | null }>;
    }>('{ agenda { id kind startsAt endsAt theme { id } } }');
    const session = data!.agenda.find((candidate) => candidate.id === keynote)!;
    const input = { kind: session.kind, themeId: session.theme?.id, startsAt: session.startsAt, endsAt: session.endsAt };
    const updated = await api.gql<{ updateAgendaSession: { english: { title: string | null; description: string | null } } }>(
      UPDATE_SESSION,
      {
        token: admin,
        variables: {
          id: keynote,
          input: { ...input, title: 'Conferencia: Sur-Sur', english: { title: 'Keynote: South–South', description: 'Thirty minutes.' } },
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateAgendaSession.english).toEqual({ title: 'Keynote: South–South', description: 'Thirty minutes.' });
    const agenda = await api.gql<{ agenda: Array<{ id: string; english: { title: string } }> }>('{ agenda { id english { title } } }');
    expect(agenda.data!.agenda.find((candidate) => candidate.id === keynote)!.english.title).toBe('Keynote: South–South');
  });

  it('refuses anyone but an administrator, and changes nothing', async () => {
    const before = await eventEnglish();
    const input = { name: 'Hijacked' };
    const asAnalyst = await api.gql(SET_EVENT_ENGLISH, { token: analyst, variables: { input } });
    expect(asAnalyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.gql(SET_EVENT_ENGLISH, { variables: { input } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const theme = await api.gql(UPDATE_THEME, {
      token: analyst,
      variables: { id: themeId('paradiplomacia'), input: { name: 'Paradiplomacia', english: { name: 'Hijacked' } } },
    });
    expect(theme.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await eventEnglish()).toEqual(before);
    expect((await themeEnglish('paradiplomacia')).english.name).toBe('Paradiplomacy');
  });

  it('refuses too long or too many texts with the catalogue’s messages, and changes nothing', async () => {
    const before = await eventEnglish();
    const tooLong = await api.gql(SET_EVENT_ENGLISH, {
      token: admin,
      variables: { input: { name: 'x'.repeat(201), objectives: Array.from({ length: 21 }, (_, index) => `Objective ${index}`) } },
      language: 'en',
    });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', key: 'tooLong', message: 'It cannot be longer than 200 characters.' }),
        expect.objectContaining({
          field: 'objectives',
          key: 'tooMany',
          messages: { es: 'No puede guardar más de 20.', en: expect.any(String) },
        }),
      ]),
    );
    const longItem = await api.gql(SET_EVENT_ENGLISH, {
      token: admin,
      variables: { input: { audience: ['Civil society.', 'y'.repeat(1001)] } },
    });
    expect(longItem.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'audience', key: 'tooLong', message: 'No puede tener más de 1000 caracteres.' }),
    ]);
    expect(await eventEnglish()).toEqual(before);

    const theme = await api.gql(UPDATE_THEME, {
      token: admin,
      variables: { id: themeId('paradiplomacia'), input: { name: 'Paradiplomacia renovada', english: { name: '<b>Paradiplomacy</b>' } } },
    });
    expect(theme.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'english.name', key: 'plainText', message: 'No puede contener < ni > ni caracteres de control.' }),
    ]);
    expect(await themeEnglish('paradiplomacia')).toMatchObject({ name: 'Paradiplomacia', english: { name: 'Paradiplomacy' } });
  });

  it('seeds missing translations on start, never over an administrator’s English, blank or edited Spanish', async () => {
    const dataSource = api.app.get(DataSource);
    const [decentralised, southSouth, agenda] = [
      themeId('cooperacion-descentralizada'),
      themeId('cooperacion-sur-sur'),
      themeId('internacionalizacion-agenda'),
    ];
    // A database from before the translations; an administrator's blank; a Spanish name edited.
    await dataSource.query(`UPDATE theme SET english = '{}' WHERE id = $1`, [decentralised]);
    await dataSource.query(`UPDATE theme SET english = '{"name": null}' WHERE id = $1`, [southSouth]);
    await dataSource.query(`UPDATE theme SET english = '{}', name = 'Agenda internacional' WHERE id = $1`, [agenda]);
    await dataSource.query(`UPDATE event SET english = english - 'methodology' WHERE id = $1`, [FORUM_2023_EVENT_ID]);

    await dataSource.transaction((manager) => translateForum2023(manager));

    const rows = (await dataSource.query(`SELECT id, english FROM theme WHERE id = ANY($1::uuid[])`, [
      [decentralised, southSouth, agenda],
    ])) as Array<{
      id: string;
      english: Record<string, string | null>;
    }>;
    const english = (id: string) => rows.find((row) => row.id === id)!.english;
    expect(english(decentralised)).toEqual(forum2023English.themes['cooperacion-descentralizada']);
    expect(english(southSouth)).toEqual({ name: null });
    expect(english(agenda)).toEqual({ description: forum2023English.themes['internacionalizacion-agenda'].description });
    // The event's other English texts are the administrator's (set above); only the missing one is seeded.
    expect(await eventEnglish()).toMatchObject({
      name: 'Territorial Internationalisation Forum 2023',
      methodology: forum2023English.event.methodology,
    });
  });
});
