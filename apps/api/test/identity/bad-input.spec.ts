import { conversatorioId, demoUserId, organizationId, seedId } from '@ruta/server-seed';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Case {
  name: string;
  document: string;
  variables: Record<string, unknown>;
  /** The field the error must name. */
  field: string;
  /** The catalogue key the field error must carry, when the case is about one. */
  key?: string;
  signedIn?: boolean;
}

const ADMIN_ID = demoUserId('admin@demo.ruta.ec');
const TECHNICIAN_ID = demoUserId('tecnico.azuay@demo.ruta.ec');
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const long = (length: number) => 'a'.repeat(length);
const LONE = 'Título \ud800 roto';

const CREATE_USER = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }';
const UPDATE_USER = 'mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }';
const DISABLE = 'mutation ($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id } }';
const LINK = 'mutation ($id: ID!) { createPasswordLink(id: $id) { url } }';
const SET_PASSWORD = 'mutation ($input: SetPasswordInput!) { setPasswordWithLink(input: $input) { token } }';
const CHANGE_PASSWORD = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const CREATE_ORG = 'mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id } }';
const UPDATE_ORG = 'mutation ($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }';

const user = { email: 'valida@example.org', displayName: 'Persona Válida', role: 'MODERATOR' };
const organization = { name: 'Organización Válida', kind: 'CIVIL_SOCIETY' };

const cases: Case[] = [
  // createUser
  { name: 'createUser: empty name', document: CREATE_USER, variables: { input: { ...user, displayName: '   ' } }, field: 'displayName' },
  {
    name: 'createUser: name too long',
    document: CREATE_USER,
    variables: { input: { ...user, displayName: long(121) } },
    field: 'displayName',
  },
  {
    name: 'createUser: markup in the name',
    document: CREATE_USER,
    variables: { input: { ...user, displayName: '<script>alert(1)</script>' } },
    field: 'displayName',
  },
  {
    name: 'createUser: NUL in the name',
    document: CREATE_USER,
    variables: { input: { ...user, displayName: 'Ana\u0000' } },
    field: 'displayName',
  },
  { name: 'createUser: not an email', document: CREATE_USER, variables: { input: { ...user, email: 'valida@' } }, field: 'email' },
  {
    name: 'createUser: email too long',
    document: CREATE_USER,
    variables: { input: { ...user, email: `${long(250)}@example.org` } },
    field: 'email',
  },
  {
    name: 'createUser: email already taken',
    document: CREATE_USER,
    variables: { input: { ...user, email: 'ADMIN@demo.ruta.ec' } },
    field: 'email',
  },
  { name: 'createUser: unknown role', document: CREATE_USER, variables: { input: { ...user, role: 'BOSS' } }, field: 'role' },
  {
    name: 'createUser: name of the wrong type',
    document: CREATE_USER,
    variables: { input: { ...user, displayName: 42 } },
    field: 'displayName',
  },
  {
    name: 'createUser: email missing',
    document: CREATE_USER,
    variables: { input: { displayName: 'X', role: 'MODERATOR' } },
    field: 'email',
  },
  {
    name: 'createUser: unknown province',
    document: CREATE_USER,
    variables: { input: { ...user, role: 'TECHNICIAN', provinceCode: '99' } },
    field: 'provinceCode',
  },
  {
    name: 'createUser: malformed province code',
    document: CREATE_USER,
    variables: { input: { ...user, role: 'TECHNICIAN', provinceCode: "01' OR 1=1" } },
    field: 'provinceCode',
  },
  {
    name: 'createUser: unknown organisation',
    document: CREATE_USER,
    variables: { input: { ...user, role: 'PARTNER', organizationId: UNKNOWN_ID } },
    field: 'organizationId',
  },
  {
    name: 'createUser: malformed organisation id',
    document: CREATE_USER,
    variables: { input: { ...user, role: 'PARTNER', organizationId: 'aecid' } },
    field: 'organizationId',
  },
  // updateUser
  {
    name: 'updateUser: malformed id',
    document: UPDATE_USER,
    variables: { id: 'x', input: { displayName: 'X', role: 'MODERATOR' } },
    field: 'id',
  },
  {
    name: 'updateUser: empty name',
    document: UPDATE_USER,
    variables: { id: TECHNICIAN_ID, input: { displayName: '', role: 'TECHNICIAN', provinceCode: '01' } },
    field: 'displayName',
  },
  {
    name: 'updateUser: technician without province',
    document: UPDATE_USER,
    variables: { id: TECHNICIAN_ID, input: { displayName: 'T', role: 'TECHNICIAN' } },
    field: 'provinceCode',
  },
  {
    name: 'updateUser: demoting oneself',
    document: UPDATE_USER,
    variables: { id: ADMIN_ID, input: { displayName: 'Yo', role: 'ANALYST' } },
    field: 'role',
  },
  // setUserDisabled, createPasswordLink
  { name: 'setUserDisabled: malformed id', document: DISABLE, variables: { id: '1; DROP TABLE app_user', disabled: true }, field: 'id' },
  { name: 'setUserDisabled: not a boolean', document: DISABLE, variables: { id: TECHNICIAN_ID, disabled: 'yes' }, field: 'disabled' },
  { name: 'setUserDisabled: disabling oneself', document: DISABLE, variables: { id: ADMIN_ID, disabled: true }, field: 'id' },
  { name: 'createPasswordLink: malformed id', document: LINK, variables: { id: '' }, field: 'id' },
  // setPasswordWithLink, changePassword, login
  {
    name: 'setPasswordWithLink: unknown token',
    document: SET_PASSWORD,
    variables: { input: { token: 'no-such-token', password: 'a-long-password' } },
    field: 'token',
  },
  {
    name: 'setPasswordWithLink: password too short',
    document: SET_PASSWORD,
    variables: { input: { token: 'no-such-token', password: 'short' } },
    field: 'password',
  },
  {
    name: 'setPasswordWithLink: password too long',
    document: SET_PASSWORD,
    variables: { input: { token: 'x', password: long(201) } },
    field: 'password',
  },
  {
    name: 'changePassword: new password too short',
    document: CHANGE_PASSWORD,
    variables: { input: { currentPassword: 'ruta-demo', newPassword: 'short' } },
    field: 'newPassword',
    signedIn: true,
  },
  {
    name: 'changePassword: wrong current password',
    document: CHANGE_PASSWORD,
    variables: { input: { currentPassword: 'nope', newPassword: 'a-long-password' } },
    field: 'currentPassword',
    signedIn: true,
  },
  { name: 'login: empty email', document: LOGIN, variables: { email: '', password: 'ruta-demo' }, field: 'email' },
  { name: 'login: password too long', document: LOGIN, variables: { email: 'admin@demo.ruta.ec', password: long(201) }, field: 'password' },
  {
    name: 'login: email of the wrong type',
    document: LOGIN,
    variables: { email: ['admin@demo.ruta.ec'], password: 'ruta-demo' },
    field: 'email',
  },
  // createOrganization, updateOrganization
  { name: 'createOrganization: empty name', document: CREATE_ORG, variables: { input: { ...organization, name: '' } }, field: 'name' },
  {
    name: 'createOrganization: name too long',
    document: CREATE_ORG,
    variables: { input: { ...organization, name: long(201) } },
    field: 'name',
  },
  {
    name: 'createOrganization: markup in the name',
    document: CREATE_ORG,
    variables: { input: { ...organization, name: '<img src=x onerror=alert(1)>' } },
    field: 'name',
  },
  {
    name: 'createOrganization: name taken',
    document: CREATE_ORG,
    variables: { input: { ...organization, name: 'Banco Mundial' } },
    field: 'name',
  },
  {
    name: 'createOrganization: javascript: website',
    document: CREATE_ORG,
    variables: { input: { ...organization, website: 'javascript:alert(1)' } },
    field: 'website',
  },
  {
    name: 'createOrganization: GAD without province',
    document: CREATE_ORG,
    variables: { input: { ...organization, kind: 'GAD_PROVINCIAL' } },
    field: 'provinceCode',
  },
  {
    name: 'createOrganization: unknown kind',
    document: CREATE_ORG,
    variables: { input: { ...organization, kind: 'CARTEL' } },
    field: 'kind',
  },
  {
    name: 'updateOrganization: unknown province',
    document: UPDATE_ORG,
    variables: { id: organizationId('aecid'), input: { ...organization, provinceCode: '77' } },
    field: 'provinceCode',
  },
  { name: 'updateOrganization: malformed id', document: UPDATE_ORG, variables: { id: 'aecid', input: organization }, field: 'id' },

  // A negative budget is refused on its field (the web form used to clamp it to 0 without a word).
  {
    name: 'proposeActionItem: negative budget',
    document: 'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id } }',
    variables: {
      input: { title: 'Presupuesto negativo', leadProvinceCode: '01', themeId: seedId('theme:paradiplomacia'), budgetUsd: -5000 },
    },
    field: 'budgetUsd',
    key: 'tooSmall',
  },

  // A lone surrogate (valid in JSON, impossible in UTF-8) in any text a client sends: its field, never a database error.
  ...[
    { name: 'createUser', document: CREATE_USER, variables: { input: { ...user, displayName: LONE } }, field: 'displayName' },
    { name: 'createOrganization', document: CREATE_ORG, variables: { input: { ...organization, name: LONE } }, field: 'name' },
    {
      name: 'proposeActionItem',
      document: 'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id } }',
      variables: { input: { title: LONE, leadProvinceCode: '01', themeId: seedId('theme:paradiplomacia') } },
      field: 'title',
    },
    {
      name: 'proposeActionItem, in a nested indicator',
      document: 'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id } }',
      variables: {
        input: { title: 'Bien', leadProvinceCode: '01', themeId: seedId('theme:paradiplomacia'), indicators: [{ name: LONE, unit: 'u' }] },
      },
      field: 'indicators.0.name',
    },
    {
      name: 'createContribution',
      document: 'mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }',
      variables: {
        input: { conversatorioId: conversatorioId('cooperacion-descentralizada'), provinceCode: '01', type: 'IDEA', body: LONE },
      },
      field: 'body',
    },
    {
      name: 'saveView',
      document: 'mutation ($name: String!) { saveView(name: $name, query: "estado=AGREED") { id } }',
      variables: { name: LONE },
      field: 'name',
    },
    {
      name: 'search (an argument, not an input)',
      document: 'query ($text: String!) { search(text: $text) { kind } }',
      variables: { text: LONE },
      field: 'text',
    },
    { name: 'login', document: LOGIN, variables: { email: 'admin@demo.ruta.ec', password: '\udc00ruta-demo' }, field: 'password' },
  ].map((testCase) => ({ ...testCase, name: `${testCase.name}: a lone surrogate` })),
];

const TABLES = [
  'app_user',
  'organization',
  'user_token',
  'session',
  'sign_in_failure',
  'action_item',
  'contribution',
  'saved_view',
  'history_entry',
];

describe('bad input to the identity and organisation mutations', () => {
  let api: TestApp;
  let admin: string;
  let moderator: string;

  const snapshot = async () => {
    const parts = await Promise.all(
      TABLES.map(async (table) => {
        const [row] = (await api.db.query(
          `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`,
        )) as Array<{ n: number; h: string }>;
        return `${table}:${row.n}:${row.h}`;
      }),
    );
    return parts.join(' ');
  };

  beforeAll(async () => {
    api = await startTestApp();
    admin = await sessionFor(api, 'admin@demo.ruta.ec');
    moderator = await sessionFor(api, 'moderador@demo.ruta.ec');
  });
  afterAll(() => api.close());

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))(
    '%s → BAD_USER_INPUT, in Spanish and English, nothing changed',
    async (_name, testCase) => {
      const token = testCase.signedIn ? moderator : admin;
      const before = await snapshot();
      const spanish = await api.gql(testCase.document, { token, variables: testCase.variables });
      const english = await api.gql(testCase.document, { token, variables: testCase.variables, language: 'en' });
      // A wrong password is recorded as a sign-in failure only by `login`; nothing here may change anything.
      expect(await snapshot()).toBe(before);

      expect(spanish.data ?? null).toBeNull();
      expect(spanish.errors).toHaveLength(1);
      const error = spanish.errors![0];
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      const fields = error.extensions?.fields as Array<{
        field: string;
        key: string;
        message: string;
        messages: { es: string; en: string };
      }>;
      const field = fields.find((candidate) => candidate.field === testCase.field);
      expect(field).toBeDefined();
      if (testCase.key) expect(field!.key).toBe(testCase.key);
      expect(field!.messages.es).not.toBe(field!.messages.en);
      expect(field!.message).toBe(field!.messages.es);

      const englishField = (english.errors![0].extensions?.fields as typeof fields).find((candidate) => candidate.field === testCase.field);
      expect(englishField!.message).toBe(field!.messages.en);
      expect(english.errors![0].message).toBe('The data sent is not valid.');
      expect(error.message).toBe('Los datos enviados no son válidos.');
    },
  );
});
