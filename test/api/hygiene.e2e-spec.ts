import request from 'supertest';
import { createTestDatabase, GraphQLClient, LOGIN, startServer, startTestApp, type TestApp } from '@portal/testing';

describe('bad input gets a clear error and loses nothing', () => {
  let t: TestApp;
  let admin: string;
  let snapshot: () => Promise<unknown>;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.loginAs('admin@thermotec.example');
    snapshot = () =>
      t.sql(`SELECT (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM organisation) AS orgs,
                    (SELECT count(*) FROM audit_event) AS audit, (SELECT string_agg(name, ',' ORDER BY name) FROM organisation) AS names`);
  });
  afterAll(() => t.close());

  const CREATE = `mutation($input: CreatePartnerOrganisationInput!) { createPartnerOrganisation(input: $input) { organisation { id } } }`;
  const valid = {
    name: 'Gültig GmbH',
    legalName: 'Gültig GmbH',
    country: 'DE',
    firstAdmin: { email: 'a@gueltig.example', displayName: 'A' },
  };

  const cases: [string, unknown, string, string | null][] = [
    ['an oversized string', { ...valid, name: 'x'.repeat(5000) }, 'VALIDATION_FAILED', 'name'],
    ['a NUL byte', { ...valid, legalName: 'Null\u0000Byte GmbH' }, 'INVALID_CHARACTER', 'input.legalName'],
    [
      'a NUL byte deep inside',
      { ...valid, firstAdmin: { email: 'b@gueltig.example', displayName: 'B\u0000' } },
      'INVALID_CHARACTER',
      'input.firstAdmin.displayName',
    ],
    ['a wrong country format', { ...valid, country: 'Germany' }, 'VALIDATION_FAILED', 'country'],
    ['a wrong type', { ...valid, name: 42 }, 'INVALID_VARIABLES', null],
    ['an unknown field', { ...valid, isVip: true }, 'INVALID_VARIABLES', null],
    ['a manufacturer kind', { ...valid, kind: 'MANUFACTURER' }, 'VALIDATION_FAILED', 'kind'],
  ];

  it.each(cases)('%s', async (_name, input, reason, field) => {
    const before = await snapshot();
    const res = await t.gql.query(CREATE, { input }, { token: admin });
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    if (field) expect(res.errors?.[0].extensions.fields?.map((f) => f.field)).toContain(field);
    expect(res.errors?.[0].message).toBeTruthy();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a malformed id as input, not as a server error', async () => {
    const err = await t.gql.fails(`{ organisation(id: "not-a-uuid") { id } }`, {}, { token: admin });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
  });

  it('refuses a 100-level-deep query before running it', async () => {
    const deep = `{ me { ${'organisation { '.repeat(1)}${'a { '.repeat(98)}b${' }'.repeat(99)} } }`;
    const res = await t.gql.query(deep, {}, { token: admin });
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses 50 aliases of login without trying a single password', async () => {
    const before = await t.sql(`SELECT count(*)::int AS n FROM rate_limit`);
    const aliases = Array.from(
      { length: 50 },
      (_, i) => `a${i}: login(input: { email: "admin@thermotec.example", password: "guess${i}" }) { token }`,
    );
    const res = await t.gql.query(`mutation { ${aliases.join('\n')} }`);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/alias/i);
    expect(await t.sql(`SELECT count(*)::int AS n FROM rate_limit`)).toEqual(before);
  });

  it('refuses a query that costs too much', async () => {
    // Repeated fragment spreads cost the server work each time; 14 aliases stay under the alias limit.
    const many = Array.from(
      { length: 14 },
      (_, i) => `u${i}: users(page: { limit: 100 }) { items { ...U ...U ...U ...U ...U } totalCount }`,
    );
    const fragment = 'fragment U on User { id email displayName locale status roles organisationId organisationName createdAt }';
    const res = await t.gql.query(`{ ${many.join('\n')} } ${fragment}`, {}, { token: admin });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/cost/i);
  });

  it('refuses a page larger than the cap', async () => {
    const err = await t.gql.fails(`{ users(page: { limit: 1000 }) { totalCount } }`, {}, { token: admin });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(err.extensions.fields?.[0].field).toBe('page.limit');
  });

  it('refuses an oversized body, a broken JSON body and a GET without preflight header', async () => {
    const huge = await request(t.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(2_000_000) } }));
    expect(huge.status).toBe(413);
    const broken = await request(t.url).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(broken.status).toBe(400);
    const csrf = await request(t.url).get('/graphql').query({ query: '{ me { id } }' });
    expect(csrf.status).toBe(400);
    const syntax = await t.gql.query(`{ me { id `);
    expect(syntax.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(syntax.errors?.[0].message).toMatch(/Syntax Error/);
  });

  it('keeps serving after all that', async () => {
    const health = await request(t.url).get('/health/ready');
    expect(health.body).toEqual({ status: 'ok', database: 'up' });
    expect((await t.gql.ok(`{ me { email } }`, {}, { token: admin })).me.email).toBe('admin@thermotec.example');
  });

  it('sends the security headers on the API and on the web app', async () => {
    for (const path of ['/graphql?query=%7B__typename%7D', '/', '/health/ready']) {
      const res = await request(t.url).get(path).set('apollo-require-preflight', 'true');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['cross-origin-embedder-policy']).toBeUndefined();
    }
  });

  it('suggests field names in development only', async () => {
    const err = await t.gql.fails(`{ me { emial } }`, {}, { token: admin });
    expect(err.message).toMatch(/Did you mean/);
  });
});

describe('production hardening', () => {
  it('turns off introspection and field suggestions', async () => {
    const db = await createTestDatabase();
    const server = await startServer(db.url, { nodeEnv: 'production', cookieSecure: true });
    try {
      const gql = new GraphQLClient(server.url);
      const intro = await gql.fails(`{ __schema { types { name } } }`);
      expect(intro.extensions.code).toBe('BAD_USER_INPUT');
      const login = await gql.query<{ login: { token: string } }>(LOGIN, { email: 'admin@thermotec.example', password: 'demo1234' });
      expect(String(login.headers['set-cookie'])).toMatch(/Secure/);
      const typo = await gql.fails(`{ me { emial } }`, {}, { token: login.data!.login.token });
      expect(typo.message).not.toMatch(/Did you mean/);
    } finally {
      await server.stop();
      await db.drop();
    }
  });
});
