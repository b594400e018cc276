import { conversatorioId, demoUserId, themeId } from '@ruta/server-seed';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ConversatorioData {
  id: string;
  title: string;
  status: string;
  version: number;
  closedAt: string | null;
  theme: { key: string };
  moderator: { displayName: string } | null;
  provinces: Array<{ code: string }>;
}

const FIELDS = 'id title status version closedAt theme { key } moderator { displayName } provinces { code }';
const MOVE = `mutation ($id: ID!, $input: MoveConversatorioInput!) { moveConversatorio(id: $id, input: $input) { ${FIELDS} } }`;
const CREATE = `mutation ($input: CreateConversatorioInput!) { createConversatorio(input: $input) { ${FIELDS} } }`;

describe('conversatorios', () => {
  let api: TestApp;
  let analyst: string;
  let moderator: string;

  beforeAll(async () => {
    api = await startTestApp();
    analyst = await sessionFor(api, 'analista@demo.ruta.ec');
    moderator = await sessionFor(api, 'moderador@demo.ruta.ec');
  });
  afterAll(() => api.close());

  it('lists one open conversatorio per theme, with its provinces and moderator', async () => {
    const { data } = await api.gql<{ conversatorios: ConversatorioData[] }>(`{ conversatorios { ${FIELDS} } }`, {
      token: await sessionFor(api, 'socio.giz@demo.ruta.ec'),
    });
    expect(data?.conversatorios.map((item) => item.theme.key)).toEqual([
      'cooperacion-descentralizada',
      'cooperacion-sur-sur',
      'paradiplomacia',
      'internacionalizacion-agenda',
    ]);
    expect(data?.conversatorios.every((item) => item.status === 'OPEN' && item.moderator?.displayName === 'Moderación (demo)')).toBe(true);
    expect(data?.conversatorios[0].provinces.map((province) => province.code)).toEqual(['01', '10', '11', '13', '17']);
  });

  it('is created, planned, by an analyst, with its participating provinces', async () => {
    const { data, errors } = await api.gql<{ createConversatorio: ConversatorioData }>(CREATE, {
      token: analyst,
      variables: {
        input: {
          themeId: themeId('cooperacion-sur-sur'),
          title: '  Conversatorio amazónico  ',
          purpose: 'Intercambio entre provincias amazónicas.',
          startsAt: '2023-03-30T09:00:00-05:00',
          endsAt: '2023-03-30T11:00:00-05:00',
          moderatorId: demoUserId('moderador@demo.ruta.ec'),
          provinceCodes: ['22', '15', '16'],
        },
      },
    });
    expect(errors).toBeUndefined();
    expect(data?.createConversatorio).toMatchObject({
      title: 'Conversatorio amazónico',
      status: 'PLANNED',
      version: 1,
      theme: { key: 'cooperacion-sur-sur' },
      moderator: { displayName: 'Moderación (demo)' },
      provinces: [{ code: '15' }, { code: '16' }, { code: '22' }],
    });
  });

  it('refuses a conversatorio that ends before it starts, of an unknown theme or province, or with a moderator who is not one', async () => {
    const { errors } = await api.gql(CREATE, {
      token: analyst,
      variables: {
        input: {
          themeId: '00000000-0000-4000-8000-000000000000',
          title: 'Mal',
          startsAt: '2023-03-30T11:00:00-05:00',
          endsAt: '2023-03-30T10:00:00-05:00',
          moderatorId: demoUserId('tecnico.azuay@demo.ruta.ec'),
          provinceCodes: ['01', '99'],
        },
      },
    });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((errors?.[0].extensions?.fields as Array<{ field: string; key: string }>).map(({ field, key }) => `${field}:${key}`)).toEqual([
      'themeId:unknownValue',
      'endsAt:endsBeforeStart',
      'provinceCodes:unknownValue',
      'moderatorId:moderatorRoleRequired',
    ]);
    const naive = await api.gql(CREATE, {
      token: analyst,
      variables: {
        input: {
          themeId: themeId('paradiplomacia'),
          title: 'X',
          startsAt: '2023-03-30T09:00:00',
          endsAt: '2023-03-30T10:00:00Z',
          provinceCodes: ['01'],
        },
      },
    });
    expect(naive.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'startsAt', key: 'invalid' })]);
  });

  it('moves one step at a time: its moderator closes it, recording when; a stale version conflicts', async () => {
    const id = conversatorioId('internacionalizacion-agenda');
    const read = await api.gql<{ conversatorio: ConversatorioData }>(`query ($id: ID!) { conversatorio(id: $id) { ${FIELDS} } }`, {
      token: moderator,
      variables: { id },
    });
    const version = read.data!.conversatorio.version;
    const skip = await api.gql(MOVE, { token: moderator, variables: { id, input: { status: 'CONSOLIDATED', expectedVersion: version } } });
    expect(skip.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'status', key: 'invalidTransition' }] });

    const closed = await api.gql<{ moveConversatorio: ConversatorioData }>(MOVE, {
      token: moderator,
      variables: { id, input: { status: 'CLOSED', expectedVersion: version } },
    });
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.moveConversatorio).toMatchObject({ status: 'CLOSED', version: version + 1 });
    expect(Date.now() - new Date(closed.data!.moveConversatorio.closedAt!).getTime()).toBeLessThan(60_000);
    const [{ closed_by_id }] = await api.db.query('SELECT closed_by_id FROM conversatorio WHERE id = $1', [id]);
    expect(closed_by_id).toBe(demoUserId('moderador@demo.ruta.ec'));

    const stale = await api.gql(MOVE, { token: analyst, variables: { id, input: { status: 'CONSOLIDATED', expectedVersion: version } } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', current: { status: 'CLOSED', version: version + 1 } });
    const consolidated = await api.gql<{ moveConversatorio: ConversatorioData }>(MOVE, {
      token: analyst,
      variables: { id, input: { status: 'CONSOLIDATED', expectedVersion: version + 1 } },
    });
    expect(consolidated.data?.moveConversatorio.status).toBe('CONSOLIDATED');
  });

  it('lets only its own moderator, analysts and administrators move it', async () => {
    const created = await api.gql<{ createConversatorio: ConversatorioData }>(CREATE, {
      token: analyst,
      variables: {
        input: {
          themeId: themeId('paradiplomacia'),
          title: 'Sin moderación',
          startsAt: '2023-03-30T09:00:00-05:00',
          endsAt: '2023-03-30T10:00:00-05:00',
          provinceCodes: ['17'],
        },
      },
    });
    const id = created.data!.createConversatorio.id;
    const byOtherModerator = await api.gql(MOVE, { token: moderator, variables: { id, input: { status: 'OPEN', expectedVersion: 1 } } });
    expect(byOtherModerator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byTechnician = await api.gql(MOVE, {
      token: await sessionFor(api, 'tecnico.pichincha@demo.ruta.ec'),
      variables: { id, input: { status: 'OPEN', expectedVersion: 1 } },
    });
    expect(byTechnician.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ status }] = await api.db.query('SELECT status FROM conversatorio WHERE id = $1', [id]);
    expect(status).toBe('PLANNED');
  });
});
