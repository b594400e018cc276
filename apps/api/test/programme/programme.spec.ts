import { checkAgenda } from '@ruta/shared-domain';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface AgendaData {
  event: {
    name: string;
    startsOn: string;
    endsOn: string;
    modality: string;
    platform: string;
    openingAt: string;
    days: Array<{ date: string; opensAt: string; closesAt: string }>;
    organizations: Array<{ role: string; organization: { shortName: string } }>;
  };
  themes: Array<{
    id: string;
    name: string;
    sessions: Array<{
      kind: string;
      durationMinutes: number;
      speakers: Array<{ role: string; durationMinutes: number | null; speaker: { name: string } | null }>;
    }>;
  }>;
  agenda: Array<{ id: string; kind: string; title: string; startsAt: string; endsAt: string; theme: { id: string } | null }>;
}

describe('the public programme of the 2023 forum', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('lists the 24 provinces by INEC code, 23 of them with a prefectura', async () => {
    const { data } = await api.gql<{
      provinces: Array<{ code: string; name: string; capital: string; region: string; hasPrefectura: boolean }>;
    }>('{ provinces { code name capital region hasPrefectura } }');
    expect(data?.provinces).toHaveLength(24);
    expect(data?.provinces.map((province) => province.code)).toEqual(
      Array.from({ length: 24 }, (_, index) => String(index + 1).padStart(2, '0')),
    );
    expect(data?.provinces.filter((province) => province.hasPrefectura)).toHaveLength(23);
    expect(data?.provinces.find((province) => province.code === '20')).toEqual({
      code: '20',
      name: 'Galápagos',
      capital: 'Puerto Baquerizo Moreno',
      region: 'Insular',
      hasPrefectura: false,
    });
    expect(data?.provinces.find((province) => province.code === '17')?.name).toBe('Pichincha');
  });

  it('describes the event as the concept note does, in Ecuador time', async () => {
    const { data, errors } = await api.gql<AgendaData>(
      '{ event { name startsOn endsOn modality platform openingAt days { date opensAt closesAt } organizations { role organization { shortName } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.event).toMatchObject({
      name: 'Foro La Internacionalización Territorial',
      startsOn: '2023-03-28',
      endsOn: '2023-03-29',
      modality: 'Virtual',
      platform: 'Zoom',
      openingAt: '2023-03-28T09:00:00-05:00',
      days: [
        { date: '2023-03-28', opensAt: '2023-03-28T08:30:00-05:00', closesAt: '2023-03-28T12:55:00-05:00' },
        { date: '2023-03-29', opensAt: '2023-03-29T08:30:00-05:00', closesAt: '2023-03-29T12:10:00-05:00' },
      ],
    });
    expect(data?.event.organizations).toEqual([
      { role: 'ORGANIZER', organization: { shortName: 'CONGOPE' } },
      { role: 'ORGANIZER', organization: { shortName: 'CIFAL Ecuador' } },
      { role: 'ORGANIZER', organization: { shortName: 'MREMH' } },
    ]);
  });

  it('has four themes, each a 30-minute keynote, a panel of three 10-minute talks and a 20-minute open dialogue', async () => {
    const { data } = await api.gql<AgendaData>(
      '{ themes { id name sessions { kind durationMinutes speakers { role durationMinutes speaker { name } } } } }',
    );
    expect(data?.themes.map((theme) => theme.name)).toEqual([
      'Cooperación descentralizada',
      'Cooperación Sur-Sur',
      'Paradiplomacia',
      'Internacionalización de agenda',
    ]);
    for (const theme of data?.themes ?? []) {
      expect(theme.sessions.map(({ kind, durationMinutes }) => [kind, durationMinutes])).toEqual([
        ['KEYNOTE', 30],
        ['PANEL', 30],
        ['OPEN_DIALOGUE', 20],
      ]);
      const panel = theme.sessions[1];
      expect(panel.speakers.map((slot) => [slot.role, slot.durationMinutes])).toEqual([
        ['PANELIST', 10],
        ['PANELIST', 10],
        ['PANELIST', 10],
      ]);
      // The concept note names no speaker: every slot stays "por confirmar".
      expect(theme.sessions.flatMap((session) => session.speakers).every((slot) => slot.speaker === null)).toBe(true);
    }
  });

  it('schedules an agenda that fits the day windows without overlap, opening at 09:00', async () => {
    const { data } = await api.gql<AgendaData>(
      '{ event { days { date opensAt closesAt } } agenda { id kind title startsAt endsAt theme { id } } }',
    );
    const days = (data?.event.days ?? []).map((day) => ({
      date: day.date,
      opensAt: new Date(day.opensAt),
      closesAt: new Date(day.closesAt),
    }));
    const sessions = (data?.agenda ?? []).map((session) => ({
      ...session,
      startsAt: new Date(session.startsAt),
      endsAt: new Date(session.endsAt),
    }));
    expect(sessions).toHaveLength(14);
    expect(checkAgenda(days, sessions)).toEqual([]);
    expect(data?.agenda[0]).toMatchObject({ kind: 'OPENING', startsAt: '2023-03-28T09:00:00-05:00', theme: null });
    expect(data?.agenda.at(-1)).toMatchObject({ kind: 'CLOSING', endsAt: '2023-03-29T12:10:00-05:00' });
    const starts = sessions.map((session) => session.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('serves the provincial competencies, the SDGs and the cooperation modalities', async () => {
    const { data } = await api.gql<{
      competencies: Array<{ key: string }>;
      sdgs: Array<{ number: number; name: string }>;
      cooperationModalities: Array<{ key: string }>;
    }>('{ competencies { key name legalBasis } sdgs { number name } cooperationModalities { key name } }');
    expect(data?.competencies.map((competency) => competency.key)).toContain('cooperacion_internacional');
    expect(data?.competencies).toHaveLength(8);
    expect(data?.sdgs).toHaveLength(17);
    expect(data?.sdgs[16]).toEqual({ number: 17, name: 'Alianzas para lograr los objetivos' });
    expect(data?.cooperationModalities.map((modality) => modality.key)).toContain('sur_sur');
  });
});
