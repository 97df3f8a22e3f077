import { DEMO_ORGANISATIONS } from '../../libs/db/src/seed/demo-data';
import { LOGIN, startTestApp, type TestApp } from '@portal/testing';

const ME = `{ me { id email displayName locale roles permissions organisation { id name kind status } } }`;
const LOGOUT = `mutation { logout }`;

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ loginAccountLimit: 3, loginWindowSeconds: 2 });
  });
  afterAll(() => t.close());

  /** Whether the token is refused within 5 s. */
  async function refusedSoon(token: string): Promise<boolean> {
    for (let i = 0; i < 50; i++) {
      const res = await t.gql.query(ME, {}, { token });
      if (res.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  const demoUsers = DEMO_ORGANISATIONS.flatMap((o) => o.users.map((u) => ({ ...u, organisation: o.name, kind: o.kind })));

  it.each(demoUsers.map((u) => [u.email, u]))('logs in, answers me and logs out: %s', async (_email, user) => {
    const login = await t.gql.query<{ login: { token: string; viewer: { email: string; roles: string[] } } }>(LOGIN, {
      email: user.email,
      password: 'demo1234',
    });
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.viewer).toMatchObject({ email: user.email, roles: user.roles });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/portal_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const token = login.data!.login.token;
    const me = await t.gql.ok<{ me: { email: string; organisation: { name: string; kind: string }; roles: string[] } }>(ME, {}, { token });
    expect(me.me).toMatchObject({ email: user.email, roles: user.roles, organisation: { name: user.organisation, kind: user.kind } });

    // The browser path: the cookie alone authenticates.
    const viaCookie = await t.gql.ok<{ me: { email: string } }>(ME, {}, { cookie: cookie.split(';')[0] });
    expect(viaCookie.me.email).toBe(user.email);

    expect(await t.gql.ok(LOGOUT, {}, { token })).toEqual({ logout: true });
    const after = await t.gql.fails(ME, {}, { token });
    expect(after.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const wrong = await t.gql.fails(LOGIN, { email: 'technik@schulz.example', password: 'nope-nope-nope' });
    const unknown = await t.gql.fails(LOGIN, { email: 'nobody@nowhere.example', password: 'nope-nope-nope' });
    expect(wrong.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(unknown.extensions).toEqual(wrong.extensions);
    expect(unknown.message).toBe(wrong.message);
  });

  it('refuses a session of a deactivated user at once, and its login', async () => {
    const victim = await t.loginAs('technik@schulz.example');
    const admin = await t.loginAs('admin@schulz.example');
    const [{ id }] = await t.sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'technik@schulz.example'`);
    // Used once, so the session is held in memory (PrincipalCache) when the user is deactivated.
    expect((await t.gql.ok<{ me: { email: string } }>(ME, {}, { token: victim })).me.email).toBe('technik@schulz.example');
    await t.gql.ok(`mutation($id: ID!) { deactivateUser(id: $id) { status } }`, { id }, { token: admin });
    expect((await t.gql.fails(ME, {}, { token: victim })).extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.gql.fails(LOGIN, { email: 'technik@schulz.example', password: 'demo1234' })).extensions.code).toBe('UNAUTHENTICATED');
    await t.gql.ok(`mutation($id: ID!) { reactivateUser(id: $id) { status } }`, { id }, { token: admin });
    expect(await t.loginAs('technik@schulz.example')).toBeTruthy();
  });

  it('refuses a revoked, an expired and a made-up token', async () => {
    const token = await t.loginAs('hotline@thermotec.example');
    await t.sql(`UPDATE session SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL AND user_id =
                 (SELECT id FROM app_user WHERE email = 'hotline@thermotec.example')`);
    // Login left the session in memory (PrincipalCache); a change made with SQL (or on another API instance) reaches
    // it by NOTIFY a moment after the commit, far sooner than the 30 s the memory would keep it.
    expect(await refusedSoon(token)).toBe(true);
    expect((await t.gql.fails(ME, {}, { token: 'x'.repeat(43) })).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps refusing changed sessions after the change listener lost its connection and came back', async () => {
    const listener = `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'partner-portal-principals'`;
    const [before] = await t.sql<{ pid: number }>(listener);
    expect(before).toBeDefined();
    await t.sql('SELECT pg_terminate_backend($1)', [before.pid]);
    let back: { pid: number } | undefined;
    for (let i = 0; i < 50 && !(back && back.pid !== before.pid); i++) {
      await new Promise((r) => setTimeout(r, 100));
      [back] = await t.sql<{ pid: number }>(listener);
    }
    expect(back).toBeDefined();
    expect(back?.pid).not.toBe(before.pid);
    const token = await t.loginAs('training@thermotec.example');
    expect((await t.gql.ok(ME, {}, { token })).me).toBeTruthy();
    await t.sql(`UPDATE session SET revoked_at = now() WHERE revoked_at IS NULL AND user_id =
                 (SELECT id FROM app_user WHERE email = 'training@thermotec.example')`);
    expect(await refusedSoon(token)).toBe(true);
  });

  it('ends the other sessions when the password changes, keeps the current one', async () => {
    const first = await t.loginAs('knowledge@thermotec.example');
    const second = await t.loginAs('knowledge@thermotec.example');
    expect((await t.gql.ok(ME, {}, { token: second })).me).toBeTruthy();
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }`;
    const wrong = await t.gql.fails(CHANGE, { c: 'wrong-password', n: 'a-new-password-1' }, { token: first });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD' });
    const short = await t.gql.fails(CHANGE, { c: 'demo1234', n: 'short' }, { token: first });
    expect(short.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(short.extensions.fields?.[0].field).toBe('newPassword');

    await t.gql.ok(CHANGE, { c: 'demo1234', n: 'a-new-password-1' }, { token: first });
    expect((await t.gql.ok(ME, {}, { token: first })).me).toBeTruthy();
    expect((await t.gql.fails(ME, {}, { token: second })).extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.gql.fails(LOGIN, { email: 'knowledge@thermotec.example', password: 'demo1234' })).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await t.loginAs('knowledge@thermotec.example', 'a-new-password-1')).toBeTruthy();
  });

  it('stores the own language and display name', async () => {
    const token = await t.loginAs('training@thermotec.example');
    const res = await t.gql.ok<{ updateMyProfile: { locale: string; displayName: string } }>(
      `mutation { updateMyProfile(input: { locale: en, displayName: "Tanja T." }) { locale displayName } }`,
      {},
      { token },
    );
    expect(res.updateMyProfile).toEqual({ locale: 'en', displayName: 'Tanja T.' });
    expect((await t.gql.ok<{ me: { locale: string } }>(ME, {}, { token })).me.locale).toBe('en');
  });

  it('rate-limits failed logins per account, and the right password works again after the window', async () => {
    const email = 'partners@thermotec.example';
    for (let i = 0; i < 3; i++) {
      expect((await t.gql.fails(LOGIN, { email, password: `wrong-${i}` })).extensions.reason).toBe('INVALID_CREDENTIALS');
    }
    const limited = await t.gql.fails(LOGIN, { email, password: 'demo1234' });
    expect(limited.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_LOGIN_ATTEMPTS' });
    expect(limited.extensions.retryAfterSeconds).toBeGreaterThan(0);
    // Another account from the same address is not affected by this account's limit.
    expect(await t.loginAs('admin@berger.example')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 2100));
    expect(await t.loginAs(email)).toBeTruthy();
  });

  it('checks at most the allowed number of passwords when attempts arrive all at once', async () => {
    const email = 'training@thermotec.example';
    const attempts = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => t.gql.query(LOGIN, { email, password: `wrong-${i}` })),
      t.gql.query(LOGIN, { email, password: 'demo1234' }),
    ]);
    const reasons = attempts.map((a) => a.errors?.[0]?.extensions?.reason ?? 'OK');
    // The limit is 3 per account: three attempts are checked, every other one is refused unchecked.
    expect(reasons.filter((r) => r !== 'TOO_MANY_LOGIN_ATTEMPTS')).toHaveLength(3);
    expect(reasons.filter((r) => r === 'TOO_MANY_LOGIN_ATTEMPTS')).toHaveLength(6);
    await new Promise((r) => setTimeout(r, 2100));
    expect(await t.loginAs(email)).toBeTruthy();
  });

  it('rate-limits failed logins per client address', async () => {
    const limited = await startTestApp({ loginIpLimit: 4, loginAccountLimit: 100, loginWindowSeconds: 60 });
    try {
      for (let i = 0; i < 4; i++) await limited.gql.fails(LOGIN, { email: `user${i}@nowhere.example`, password: 'wrong-password' });
      const err = await limited.gql.fails(LOGIN, { email: 'admin@thermotec.example', password: 'demo1234' });
      expect(err.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_LOGIN_ATTEMPTS' });
    } finally {
      await limited.close();
    }
  });
});
