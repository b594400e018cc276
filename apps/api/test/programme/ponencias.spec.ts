import { seedId } from '@ruta/server-seed';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Slot {
  id: string;
  role: string;
  durationMinutes: number | null;
  slidesUrl: string | null;
  recordingUrl: string | null;
  ponenciaWritten: boolean;
  speaker: { name: string } | null;
}
const SLOT_FIELDS = 'id role durationMinutes slidesUrl recordingUrl ponenciaWritten speaker { name }';
const keynoteSlot = seedId('slot:cooperacion-descentralizada:keynote:0');
const panelSession = seedId('session:cooperacion-sur-sur:panel');
const panelSlot = seedId('slot:cooperacion-sur-sur:panel:1');
const keynoteSession = seedId('session:cooperacion-descentralizada:keynote');

describe('ponencias: the talks of the agenda, their speakers and summaries', () => {
  let api: TestApp;
  let admin: string;
  const slots = async (sessionId: string) =>
    (await api.gql<{ agenda: Array<{ id: string; speakers: Slot[] }> }>(`{ agenda { id speakers { ${SLOT_FIELDS} } } }`)).data!.agenda.find(
      (session) => session.id === sessionId,
    )!.speakers;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await sessionFor(api, 'admin@demo.ruta.ec');
  });
  afterAll(() => api.close());

  it('assigns a speaker and the talk’s links to a slot, and the public agenda shows them with the bio', async () => {
    const speaker = await api.gql<{ createSpeaker: { id: string } }>(
      'mutation { createSpeaker(input: { name: "Lucía Andrade", jobTitle: "Coordinadora de redes de ciudades", bio: "Quince años en cooperación entre gobiernos locales." }) { id } }',
      { token: admin },
    );
    const updated = await api.gql<{ updateSessionSpeaker: { id: string; speakers: Slot[] } }>(
      `mutation ($id: ID!, $input: SessionSpeakerInput!) { updateSessionSpeaker(id: $id, input: $input) { id speakers { ${SLOT_FIELDS} } } }`,
      {
        token: admin,
        variables: {
          id: keynoteSlot,
          input: {
            role: 'KEYNOTE_SPEAKER',
            speakerId: speaker.data!.createSpeaker.id,
            durationMinutes: 30,
            slidesUrl: 'https://congope.gob.ec/foro/diapositivas.pdf',
            recordingUrl: 'https://video.example.org/foro-2023/1',
          },
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateSessionSpeaker.id).toBe(keynoteSession);
    const { data } = await api.gql<{
      agenda: Array<{ speakers: Array<{ id: string; slidesUrl: string; speaker: { bio: string } | null }> }>;
    }>('{ agenda { speakers { id slidesUrl speaker { bio } } } }');
    const slot = data!.agenda.flatMap((session) => session.speakers).find((candidate) => candidate.id === keynoteSlot)!;
    expect(slot).toMatchObject({
      slidesUrl: 'https://congope.gob.ec/foro/diapositivas.pdf',
      speaker: { bio: 'Quince años en cooperación entre gobiernos locales.' },
    });
    // The demo keynote's ponencia is written; the others are not yet.
    expect((await slots(keynoteSession))[0].ponenciaWritten).toBe(true);
    expect((await slots(panelSession)).map((candidate) => candidate.ponenciaWritten)).toEqual([false, false, false]);
  });

  it('keeps a session’s talks within its length and links to http(s) only, saying why and changing nothing', async () => {
    const before = await slots(panelSession);
    const mutate = (query: string, variables: Record<string, unknown>, language?: 'en') =>
      api.gql(query, { token: admin, variables, language });
    // The panel's 30 minutes are taken by three 10-minute talks.
    const fourth = await mutate(
      `mutation ($sessionId: ID!) { addSessionSpeaker(sessionId: $sessionId, input: { role: PANELIST, durationMinutes: 10 }) { id } }`,
      { sessionId: panelSession },
    );
    expect(fourth.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'durationMinutes', message: 'Las intervenciones suman 40 min y la sesión dura 30 min.' }),
    ]);
    const longer = await mutate(
      `mutation ($id: ID!) { updateSessionSpeaker(id: $id, input: { role: PANELIST, durationMinutes: 15 }) { id } }`,
      { id: panelSlot },
      'en',
    );
    expect(longer.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'durationMinutes', message: 'The talks add up to 35 min and the session lasts 30 min.' }),
    ]);
    const script = await mutate(
      `mutation ($id: ID!) { updateSessionSpeaker(id: $id, input: { role: PANELIST, durationMinutes: 10, slidesUrl: "javascript:alert(1)", recordingUrl: "ftp://x.org/v" }) { id } }`,
      { id: panelSlot },
    );
    expect(script.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((script.errors?.[0].extensions?.fields as Array<{ field: string }>).map((field) => field.field).sort()).toEqual([
      'recordingUrl',
      'slidesUrl',
    ]);
    const unknownSpeaker = await mutate(
      `mutation ($id: ID!) { updateSessionSpeaker(id: $id, input: { role: PANELIST, durationMinutes: 10, speakerId: "00000000-0000-4000-8000-000000000000" }) { id } }`,
      { id: panelSlot },
    );
    expect(unknownSpeaker.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'speakerId' })]);
    // Shortening the session below its talks is refused too.
    const shorter = await mutate(
      `mutation ($id: ID!) { updateAgendaSession(id: $id, input: { kind: PANEL, title: "Panel", startsAt: "2023-03-28T11:30:00-05:00", endsAt: "2023-03-28T11:50:00-05:00" }) { id } }`,
      { id: panelSession },
    );
    expect(shorter.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'endsAt', message: expect.stringContaining('30 min') })]),
    );
    expect(await slots(panelSession)).toEqual(before);
  });

  it('adds and removes a slot; a written ponencia keeps its slot and its session', async () => {
    const added = await api.gql<{ addSessionSpeaker: { speakers: Slot[] } }>(
      `mutation ($sessionId: ID!) { addSessionSpeaker(sessionId: $sessionId, input: { role: MODERATOR }) { speakers { ${SLOT_FIELDS} } } }`,
      { token: admin, variables: { sessionId: panelSession } },
    );
    expect(added.errors).toBeUndefined();
    const speakers = added.data!.addSessionSpeaker.speakers;
    expect(speakers.map((slot) => slot.role)).toEqual(['PANELIST', 'PANELIST', 'PANELIST', 'MODERATOR']);
    // Its (empty) ponencia goes with it.
    const newSlot = speakers[3].id;
    await api.gql('query ($id: ID!) { ponenciaDocument(sessionSpeakerId: $id) { id } }', { token: admin, variables: { id: newSlot } });
    const removed = await api.gql<{ removeSessionSpeaker: { speakers: Slot[] } }>(
      'mutation ($id: ID!) { removeSessionSpeaker(id: $id) { speakers { id } } }',
      { token: admin, variables: { id: newSlot } },
    );
    expect(removed.data!.removeSessionSpeaker.speakers).toHaveLength(3);
    expect(await api.db.query('SELECT 1 FROM document WHERE session_speaker_id = $1', [newSlot])).toHaveLength(0);

    const keep = await api.gql('mutation ($id: ID!) { removeSessionSpeaker(id: $id) { id } }', {
      token: admin,
      variables: { id: keynoteSlot },
    });
    expect(keep.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'id', message: 'La ponencia de esta intervención ya está escrita; no se puede eliminar.' }),
    ]);
    const session = await api.gql('mutation ($id: ID!) { deleteAgendaSession(id: $id) }', {
      token: admin,
      variables: { id: keynoteSession },
    });
    expect(session.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'id', message: expect.stringContaining('ponencia') }),
    ]);
    expect(await slots(keynoteSession)).toHaveLength(1);
  });

  it('gives each talk one ponencia document: analysts write it, everyone signed in reads and comments, nobody else', async () => {
    const open = async (token: string | undefined, id = panelSlot) =>
      api.gql<{
        ponenciaDocument: {
          id: string;
          kind: string;
          title: string;
          myAccess: string;
          ponencia: { sessionTitle: string; talk: { id: string; role: string; speaker: { name: string } | null } };
        };
      }>(
        'query ($id: ID!) { ponenciaDocument(sessionSpeakerId: $id) { id kind title myAccess ponencia { sessionTitle talk { id role speaker { name } } } } }',
        {
          token,
          variables: { id },
        },
      );
    const analyst = await open(await sessionFor(api, 'analista@demo.ruta.ec'));
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.ponenciaDocument).toMatchObject({
      kind: 'PONENCIA',
      title: 'Ponencia: Panel: Cooperación Sur-Sur — Panelista 2',
      myAccess: 'EDIT',
      ponencia: { sessionTitle: 'Panel: Cooperación Sur-Sur', talk: { id: panelSlot, role: 'PANELIST', speaker: null } },
    });
    const technician = await open(await sessionFor(api, 'tecnico.azuay@demo.ruta.ec'));
    expect(technician.data!.ponenciaDocument).toMatchObject({ id: analyst.data!.ponenciaDocument.id, myAccess: 'COMMENT' });
    expect(await api.db.query('SELECT 1 FROM document WHERE session_speaker_id = $1', [panelSlot])).toHaveLength(1);
    // The title follows the speaker.
    const keynote = await open(admin, keynoteSlot);
    expect(keynote.data!.ponenciaDocument.title).toBe('Ponencia: Conferencia magistral: Cooperación descentralizada — Lucía Andrade');
    const anonymous = await open(undefined);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await open(admin, '00000000-0000-4000-8000-000000000000');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Listed with the documents, after the roadmap ones.
    const { data } = await api.gql<{ documents: Array<{ kind: string }> }>('{ documents { kind } }', { token: admin });
    const kinds = data!.documents.map((document) => document.kind);
    expect(kinds.filter((kind) => kind === 'PONENCIA').length).toBeGreaterThanOrEqual(2);
    expect(kinds.indexOf('PONENCIA')).toBeGreaterThan(kinds.lastIndexOf('ROADMAP_THEME'));
    expect(kinds.lastIndexOf('PONENCIA')).toBeLessThan(kinds.indexOf('OUTCOME'));
  });

  it('lets only administrators change the slots', async () => {
    const analyst = await sessionFor(api, 'analista@demo.ruta.ec');
    const refused = await api.gql('mutation ($id: ID!) { removeSessionSpeaker(id: $id) { id } }', {
      token: analyst,
      variables: { id: panelSlot },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await slots(panelSession)).toHaveLength(3);
  });
});
