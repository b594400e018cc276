import { MAX_SIGN_IN_DELAY_MS, SIGN_IN_DELAY_PER_FAILURE_MS, signInDelayMs } from '@ruta/server-identity';
import { demoUserId, organizationId } from '@ruta/server-seed';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ME = '{ me { id email displayName role province { code name } organization { shortName } } }';
const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email displayName role } } }';

interface LoginData {
  login: { token: string; user: { id: string; email: string; displayName: string; role: string } };
}
interface MeData {
  me: { id: string; email: string; role: string; province: { code: string } | null; organization: { shortName: string } | null } | null;
}

describe('signing in, sessions and password links', () => {
  let api: TestApp;

  beforeAll(async () => {
    // Behind a trusted proxy (the loopback) the tests choose the client's address with X-Forwarded-For.
    api = await startTestApp({ TRUST_PROXY: 'loopback' });
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.db.query('DELETE FROM sign_in_failure');
  });

  it('signs in with the demo password, sets an httpOnly SameSite cookie, and the token works as a bearer', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { email: 'Tecnico.Azuay@demo.ruta.ec ', password: 'ruta-demo' } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ruta_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const { data } = (await response.json()) as { data: LoginData };
    expect(data.login.user).toMatchObject({ email: 'tecnico.azuay@demo.ruta.ec', role: 'TECHNICIAN' });

    const me = await api.gql<MeData>(ME, { token: data.login.token });
    expect(me.data?.me).toMatchObject({ role: 'TECHNICIAN', province: { code: '01', name: 'Azuay' } });

    const withCookie = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await withCookie.json()) as { data: MeData }).data.me?.email).toBe('tecnico.azuay@demo.ruta.ec');
  });

  it('shows a partner their organisation and an anonymous visitor nothing', async () => {
    const me = await api.gql<MeData>(ME, { token: await sessionFor(api, 'socio.giz@demo.ruta.ec') });
    expect(me.data?.me).toMatchObject({ role: 'PARTNER', organization: { shortName: 'GIZ' }, province: null });
    expect((await api.gql<MeData>(ME)).data?.me).toBeNull();
  });

  it('gives the same answer for an unknown address and a wrong password, after similar work', async () => {
    const unknown = await api.gql(LOGIN, { variables: { email: 'nadie@demo.ruta.ec', password: 'ruta-demo' } });
    const wrong = await api.gql(LOGIN, { variables: { email: 'analista@demo.ruta.ec', password: 'no-es-esta' } });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Correo o contraseña incorrectos.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(wrong.errors?.[0]).toEqual(unknown.errors?.[0]);

    const timed = async (email: string) => {
      const started = performance.now();
      await api.gql(LOGIN, { variables: { email, password: 'no-es-esta' } });
      return performance.now() - started;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const unknownTimes: number[] = [];
    const knownTimes: number[] = [];
    await api.db.query('DELETE FROM sign_in_failure');
    for (let round = 0; round < 4; round += 1) {
      unknownTimes.push(await timed(`nadie${round}@demo.ruta.ec`));
      knownTimes.push(await timed('moderador@demo.ruta.ec'));
    }
    // Both paths run one argon2id verification (tens of ms); a missing one would be ~10× faster.
    const ratio = median(unknownTimes) / median(knownTimes);
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
  });

  it('throttles an account from one address after 5 failures, even with the right password, but not other accounts', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { errors } = await api.gql(LOGIN, { variables: { email: 'moderador@demo.ruta.ec', password: `wrong-${attempt}` } });
      expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await api.gql(LOGIN, { variables: { email: 'moderador@demo.ruta.ec', password: 'ruta-demo' } });
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const other = await api.gql<LoginData>(LOGIN, { variables: { email: 'analista@demo.ruta.ec', password: 'ruta-demo' } });
    expect(other.data?.login.user.role).toBe('ANALYST');
  });

  it('throttles an address after 30 failures across accounts', async () => {
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await api.db.query('INSERT INTO sign_in_failure (email, ip) VALUES ($1, $2)', [`x${attempt}@example.org`, '127.0.0.1']);
    }
    // An account that has not signed in from this address before (the analyst did, in the test above).
    const blocked = await api.gql(LOGIN, { variables: { email: 'socio.giz@demo.ruta.ec', password: 'ruta-demo' } });
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('limits failures per account and address: another address signs in with the right password, after a short wait', async () => {
    const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
    const technician = 'tecnico.azuay@demo.ruta.ec';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { errors } = await api.gql(LOGIN, { variables: { email: technician, password: `wrong-${attempt}` }, ...from('203.0.113.1') });
      expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await api.gql(LOGIN, { variables: { email: technician, password: 'ruta-demo' }, ...from('203.0.113.1') });
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');

    const started = performance.now();
    const elsewhere = await api.gql<LoginData>(LOGIN, { variables: { email: technician, password: 'ruta-demo' }, ...from('203.0.113.2') });
    expect(elsewhere.data?.login.user.role).toBe('TECHNICIAN');
    // The account has 5 recent failures: attempts from other addresses wait before the check.
    expect(performance.now() - started).toBeGreaterThanOrEqual(SIGN_IN_DELAY_PER_FAILURE_MS);
    // Signing in elsewhere does not clear the guesses made from the first address.
    const still = await api.gql(LOGIN, { variables: { email: technician, password: 'ruta-demo' }, ...from('203.0.113.1') });
    expect(still.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('keeps the wait of distributed guessing short and bounded', () => {
    expect(signInDelayMs(4)).toBe(0);
    expect(signInDelayMs(5)).toBe(SIGN_IN_DELAY_PER_FAILURE_MS);
    expect(signInDelayMs(6)).toBe(2 * SIGN_IN_DELAY_PER_FAILURE_MS);
    expect(signInDelayMs(10_000)).toBe(MAX_SIGN_IN_DELAY_MS);
    expect(MAX_SIGN_IN_DELAY_MS).toBeLessThanOrEqual(3_000);
  });

  it('throttles an address after 30 failures across accounts, except for people who signed in from it before', async () => {
    const office = { headers: { 'x-forwarded-for': '203.0.113.3' } };
    const earlier = await api.gql<LoginData>(LOGIN, { variables: { email: 'admin@demo.ruta.ec', password: 'ruta-demo' }, ...office });
    expect(earlier.data?.login.user.role).toBe('ADMIN');
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await api.db.query('INSERT INTO sign_in_failure (email, ip) VALUES ($1, $2)', [`x${attempt}@example.org`, '203.0.113.3']);
    }
    const unknown = await api.gql(LOGIN, { variables: { email: 'nueva.persona@example.org', password: 'ruta-demo' }, ...office });
    expect(unknown.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const newcomer = await api.gql(LOGIN, { variables: { email: 'socio.giz@demo.ruta.ec', password: 'ruta-demo' }, ...office });
    expect(newcomer.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const colleague = await api.gql<LoginData>(LOGIN, { variables: { email: 'admin@demo.ruta.ec', password: 'ruta-demo' }, ...office });
    expect(colleague.errors).toBeUndefined();
    expect(colleague.data?.login.user.role).toBe('ADMIN');
  });

  it('ends the session at sign-out, and every session at sign-out everywhere', async () => {
    const first = await sessionFor(api, 'analista@demo.ruta.ec');
    const second = await sessionFor(api, 'analista@demo.ruta.ec');
    await api.gql('mutation { logout }', { token: first });
    expect((await api.gql<MeData>(ME, { token: first })).data?.me).toBeNull();
    expect((await api.gql<MeData>(ME, { token: second })).data?.me?.role).toBe('ANALYST');

    const third = await sessionFor(api, 'analista@demo.ruta.ec');
    await api.gql('mutation { logoutEverywhere }', { token: second });
    expect((await api.gql<MeData>(ME, { token: second })).data?.me).toBeNull();
    expect((await api.gql<MeData>(ME, { token: third })).data?.me).toBeNull();
  });

  it('expires a session after a week unused or a month after sign-in', async () => {
    const idle = await sessionFor(api, 'analista@demo.ruta.ec');
    const old = await sessionFor(api, 'analista@demo.ruta.ec');
    const fresh = await sessionFor(api, 'analista@demo.ruta.ec');
    await api.db.query(
      `UPDATE session SET last_seen_at = now() - interval '8 days' WHERE id = (SELECT id FROM session ORDER BY created_at DESC OFFSET 2 LIMIT 1)`,
    );
    await api.db.query(
      `UPDATE session SET created_at = now() - interval '31 days' WHERE id = (SELECT id FROM session ORDER BY created_at DESC OFFSET 1 LIMIT 1)`,
    );
    expect((await api.gql<MeData>(ME, { token: idle })).data?.me).toBeNull();
    expect((await api.gql<MeData>(ME, { token: old })).data?.me).toBeNull();
    expect((await api.gql<MeData>(ME, { token: fresh })).data?.me?.role).toBe('ANALYST');
  });

  it('invites a person, who sets a password once through the link and is signed in', async () => {
    const admin = await sessionFor(api, 'admin@demo.ruta.ec');
    const created = await api.gql<{
      createUser: { user: { id: string; invitationPending: boolean }; invitation: { kind: string; url: string; expiresAt: string } };
    }>(
      `mutation { createUser(input: { email: "Nueva.Tecnica@Example.org", displayName: "Nueva Técnica", role: TECHNICIAN, provinceCode: "10" }) {
        user { id invitationPending } invitation { kind url expiresAt } } }`,
      { token: admin },
    );
    const { user, invitation } = created.data!.createUser;
    expect(user.invitationPending).toBe(true);
    expect(invitation.kind).toBe('INVITATION');
    expect(invitation.url).toMatch(new RegExp(`^${api.baseUrl}/definir-contrasena/[\\w-]{43}$`));
    const hours = (new Date(invitation.expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);

    const token = invitation.url.split('/').pop();
    const info = await api.gql<{ passwordLink: { kind: string; email: string } }>(
      'query ($t: String!) { passwordLink(token: $t) { kind email displayName } }',
      { variables: { t: token } },
    );
    expect(info.data?.passwordLink).toMatchObject({ kind: 'INVITATION', email: 'nueva.tecnica@example.org' });

    const SET = 'mutation ($input: SetPasswordInput!) { setPasswordWithLink(input: $input) { token user { role } } }';
    const set = await api.gql<{ setPasswordWithLink: { token: string } }>(SET, {
      variables: { input: { token, password: 'una-clave-larga' } },
    });
    expect((await api.gql<MeData>(ME, { token: set.data?.setPasswordWithLink.token })).data?.me).toMatchObject({
      role: 'TECHNICIAN',
      province: { code: '10' },
    });

    const again = await api.gql(SET, { variables: { input: { token, password: 'otra-clave-larga' } } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'token', key: 'tokenInvalid' }] });
    const login = await api.gql<LoginData>(LOGIN, { variables: { email: 'nueva.tecnica@example.org', password: 'una-clave-larga' } });
    expect(login.data?.login.user.role).toBe('TECHNICIAN');
  });

  it('refuses an expired link, and a reset link ends the person’s other sessions', async () => {
    const admin = await sessionFor(api, 'admin@demo.ruta.ec');
    const id = demoUserId('socio.aecid@demo.ruta.ec');
    const partnerSession = await sessionFor(api, 'socio.aecid@demo.ruta.ec');
    const LINK = 'mutation ($id: ID!) { createPasswordLink(id: $id) { kind url } }';
    const expired = await api.gql<{ createPasswordLink: { kind: string; url: string } }>(LINK, { token: admin, variables: { id } });
    expect(expired.data?.createPasswordLink.kind).toBe('PASSWORD_RESET');
    await api.db.query(`UPDATE user_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1 AND used_at IS NULL`, [id]);
    const SET = 'mutation ($input: SetPasswordInput!) { setPasswordWithLink(input: $input) { token } }';
    const refused = await api.gql(SET, {
      variables: { input: { token: expired.data?.createPasswordLink.url.split('/').pop(), password: 'clave-nueva-larga' } },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const reset = await api.gql<{ createPasswordLink: { url: string } }>(LINK, { token: admin, variables: { id } });
    const done = await api.gql(SET, {
      variables: { input: { token: reset.data?.createPasswordLink.url.split('/').pop(), password: 'clave-nueva-larga' } },
    });
    expect(done.errors).toBeUndefined();
    expect((await api.gql<MeData>(ME, { token: partnerSession })).data?.me).toBeNull();
  });

  it('disabling a person ends their sessions and stops them signing in', async () => {
    const admin = await sessionFor(api, 'admin@demo.ruta.ec');
    const session = await sessionFor(api, 'tecnico.pichincha@demo.ruta.ec');
    const id = demoUserId('tecnico.pichincha@demo.ruta.ec');
    const disabled = await api.gql<{ setUserDisabled: { disabled: boolean } }>(
      'mutation ($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabled } }',
      {
        token: admin,
        variables: { id },
      },
    );
    expect(disabled.data?.setUserDisabled.disabled).toBe(true);
    expect((await api.gql<MeData>(ME, { token: session })).data?.me).toBeNull();
    const login = await api.gql(LOGIN, { variables: { email: 'tecnico.pichincha@demo.ruta.ec', password: 'ruta-demo' } });
    expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await api.gql('mutation ($id: ID!) { setUserDisabled(id: $id, disabled: false) { disabled } }', { token: admin, variables: { id } });
  });

  it('changes a password only with the current one, ending the other sessions', async () => {
    const current = await sessionFor(api, 'moderador@demo.ruta.ec');
    const other = await sessionFor(api, 'moderador@demo.ruta.ec');
    const CHANGE = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
    const wrong = await api.gql(CHANGE, {
      token: current,
      variables: { input: { currentPassword: 'no-es-esta', newPassword: 'una-clave-nueva' } },
    });
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'currentPassword', key: 'wrongPassword' }],
    });
    const changed = await api.gql(CHANGE, {
      token: current,
      variables: { input: { currentPassword: 'ruta-demo', newPassword: 'una-clave-nueva' } },
    });
    expect(changed.errors).toBeUndefined();
    expect((await api.gql<MeData>(ME, { token: current })).data?.me?.role).toBe('MODERATOR');
    expect((await api.gql<MeData>(ME, { token: other })).data?.me).toBeNull();
  });

  it('keeps each role to its scope: technicians need a province with a prefectura, partners a cooperating organisation', async () => {
    const admin = await sessionFor(api, 'admin@demo.ruta.ec');
    const create = (input: string) =>
      api.gql(`mutation { createUser(input: { email: "alguien@example.org", displayName: "Alguien", ${input} }) { user { id } } }`, {
        token: admin,
      });
    const fieldsOf = async (input: string) => (await create(input)).errors?.[0].extensions?.fields as Array<{ field: string; key: string }>;
    expect(await fieldsOf('role: TECHNICIAN')).toEqual([expect.objectContaining({ field: 'provinceCode', key: 'provinceRequired' })]);
    expect(await fieldsOf('role: TECHNICIAN, provinceCode: "20"')).toEqual([
      expect.objectContaining({ field: 'provinceCode', key: 'provinceWithoutPrefectura' }),
    ]);
    expect(await fieldsOf('role: ANALYST, provinceCode: "17"')).toEqual([
      expect.objectContaining({ field: 'provinceCode', key: 'provinceNotAllowed' }),
    ]);
    expect(await fieldsOf('role: PARTNER')).toEqual([expect.objectContaining({ field: 'organizationId', key: 'organizationRequired' })]);
    expect(await fieldsOf(`role: PARTNER, organizationId: "${organizationId('gad-01')}"`)).toEqual([
      expect.objectContaining({ field: 'organizationId', key: 'organizationKindNotAllowed' }),
    ]);
    const self = await api.gql(
      `mutation { updateUser(id: "${demoUserId('admin@demo.ruta.ec')}", input: { displayName: "Yo", role: ANALYST }) { id } }`,
      { token: admin },
    );
    expect(self.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'role', key: 'cannotChangeSelf' })]);
  });
});
