import { createTestDatabase, ROLES, startServer, startTestApp, type TestApp, USER_BY_ROLE } from '@portal/testing';
import { GraphQLClient } from '@portal/testing';

interface Operation {
  name: string;
  allowed: string[];
  query: string;
  vars?: (role: string, i: number) => Record<string, unknown>;
}

const MANUFACTURER = ['ADMIN', 'PARTNER_MANAGER', 'TRAINING_MANAGER', 'KNOWLEDGE_EDITOR', 'HOTLINE_AGENT'];
const EVERYONE = ROLES;
const WITH_GRANT_READ = ROLES.filter((r) => r !== 'SUBCONTRACTOR_USER');

describe('permissions: every operation, every role', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let schulzId: string;
  let bergerId: string;
  let kayaId: string;
  let solarId: string;
  let premiumId: string;
  let gasId: string;
  const invitedIn: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ROLES) tokens[role] = await t.loginAs(USER_BY_ROLE[role]);
    const orgs = await t.sql<{ id: string; name: string }>(`SELECT id, name FROM organisation`);
    const id = (prefix: string): string => orgs.find((o) => o.name.startsWith(prefix))!.id;
    schulzId = id('Wärmetechnik');
    bergerId = id('Haustechnik');
    kayaId = id('Montageservice');
    [{ id: solarId }] = await t.sql<{ id: string }>(`SELECT id FROM product_line WHERE code = 'SOLAR_THERMAL'`);
    [{ id: gasId }] = await t.sql<{ id: string }>(`SELECT id FROM product_line WHERE code = 'GAS_CONDENSING'`);
    [{ id: premiumId }] = await t.sql<{ id: string }>(`SELECT id FROM tier WHERE code = 'PREMIUM'`);
    // Invited users in each organisation an allowed role manages (to resend and to deactivate).
    for (const [role, roleName] of [
      ['ADMIN', 'HOTLINE_AGENT'],
      ['PARTNER_ADMIN', 'TECHNICIAN'],
    ]) {
      invitedIn[role] = [];
      for (let n = 0; n < 3; n++) {
        const res = await t.gql.ok<{ inviteUser: { user: { id: string } } }>(
          `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`,
          { input: { email: `victim-${role.toLowerCase()}-${n}@example.org`, displayName: 'Opfer', roles: [roleName] } },
          { token: tokens[role] },
        );
        invitedIn[role].push(res.inviteUser.user.id);
      }
    }
  });
  // The partner manager manages partners' users, so it acts on the partner's invitees.
  const someone = (role: string, n: number): string =>
    role === 'PARTNER_MANAGER' ? invitedIn.PARTNER_ADMIN[n + 1] : (invitedIn[role]?.[n] ?? '00000000-0000-4000-8000-000000000000');
  afterAll(() => t.close());

  const inviteInOwnOrganisation = (role: string, i: number): Record<string, unknown> => ({
    input: {
      email: `perm-${role.toLowerCase()}-${i}@example.org`,
      displayName: 'Neue Person',
      roles: [role === 'PARTNER_ADMIN' ? 'TECHNICIAN' : role === 'SUBCONTRACTOR_USER' ? 'SUBCONTRACTOR_USER' : 'HOTLINE_AGENT'],
    },
  });

  const operations: Operation[] = [
    { name: 'organisations', allowed: EVERYONE, query: `{ organisations { totalCount } }` },
    { name: 'organisation', allowed: EVERYONE, query: `query($id: ID!) { organisation(id: $id) { id } }` },
    { name: 'users', allowed: ['ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN'], query: `{ users { totalCount } }` },
    { name: 'auditEvents', allowed: ['ADMIN', 'PARTNER_ADMIN'], query: `{ auditEvents { totalCount } }` },
    {
      name: 'inviteUser (own organisation)',
      allowed: ['ADMIN', 'PARTNER_ADMIN'],
      query: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationUrl } }`,
      vars: inviteInOwnOrganisation,
    },
    {
      name: 'createPartnerOrganisation',
      allowed: ['ADMIN', 'PARTNER_MANAGER'],
      query: `mutation($input: CreatePartnerOrganisationInput!) { createPartnerOrganisation(input: $input) { organisation { id } } }`,
      vars: (role, i) => ({
        input: {
          name: `Perm Partner ${role} ${i}`,
          legalName: `Perm Partner ${role} ${i} GmbH`,
          country: 'DE',
          firstAdmin: { email: `first-${role.toLowerCase()}-${i}@example.org`, displayName: 'Erste Admin' },
        },
      }),
    },
    {
      name: 'updateOrganisation',
      allowed: ['ADMIN', 'PARTNER_MANAGER'],
      query: `mutation($id: ID!) { updateOrganisation(id: $id, input: { city: "München" }) { city } }`,
      vars: () => ({ id: schulzId }),
    },
    {
      name: 'setOrganisationStatus',
      allowed: ['ADMIN', 'PARTNER_MANAGER'],
      query: `mutation($id: ID!, $status: OrganisationStatus!) { setOrganisationStatus(id: $id, status: $status, reason: "Prüfung") { status } }`,
      vars: (role) => ({ id: kayaId, status: role === 'ADMIN' ? 'SUSPENDED' : 'ACTIVE' }),
    },
    {
      name: 'resendInvitation',
      allowed: ['ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN'],
      query: `mutation($id: ID!) { resendInvitation(id: $id) { invitationUrl } }`,
      vars: (role) => ({ id: someone(role, 0) }),
    },
    {
      name: 'deactivateUser',
      allowed: ['ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN'],
      query: `mutation($id: ID!) { deactivateUser(id: $id) { status } }`,
      vars: (role) => ({ id: someone(role, 1) }),
    },
    { name: 'me', allowed: EVERYONE, query: `{ me { id } }`, vars: () => ({}) },
    {
      name: 'productLines',
      allowed: EVERYONE,
      query: `{ productLines { code } tiers { code } serviceCategories { code } }`,
      vars: () => ({}),
    },
    { name: 'tierGrants', allowed: WITH_GRANT_READ, query: `{ tierGrants { totalCount } }`, vars: () => ({}) },
    { name: 'partnerNetwork', allowed: WITH_GRANT_READ, query: `{ partnerNetwork { totalCount } }`, vars: () => ({}) },
    {
      name: 'tierRequests',
      allowed: ['ADMIN', 'PARTNER_MANAGER', 'PARTNER_ADMIN'],
      query: `{ tierRequests { totalCount } }`,
      vars: () => ({}),
    },
    {
      name: 'grantTier',
      allowed: ['ADMIN', 'PARTNER_MANAGER'],
      query: `mutation($input: GrantTierInput!) { grantTier(input: $input) { id } }`,
      vars: (role) => ({
        input: {
          partnerId: role === 'ADMIN' ? schulzId : bergerId,
          productLineId: role === 'ADMIN' ? solarId : gasId,
          tierId: premiumId,
          validUntil: '2030-12-31',
          reason: 'Matrix',
        },
      }),
    },
    {
      name: 'createProductLine',
      allowed: ['ADMIN'],
      query: `mutation($input: CatalogueEntryInput!) { createProductLine(input: $input) { id } }`,
      vars: (_role, i) => ({ input: { code: `PL_${i}`, nameDe: 'Linie', nameEn: 'Line' } }),
    },
  ];

  describe.each(operations)('$name', (op) => {
    it.each(ROLES.map((r, i) => [r, i]))('%s', async (role, i) => {
      const vars = op.vars?.(role, i) ?? { id: await ownOrganisation(role) };
      const res = await t.gql.query(op.query, vars, { token: tokens[role] });
      if (op.allowed.includes(role)) {
        expect(res.errors).toBeUndefined();
      } else {
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MISSING_PERMISSION' });
      }
    });
  });

  async function ownOrganisation(role: string): Promise<string> {
    const me = await t.gql.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`, {}, { token: tokens[role] });
    return me.me.organisation.id;
  }

  it('lets only manufacturer roles read another organisation', async () => {
    for (const role of ROLES) {
      const res = await t.gql.query(`query($id: ID!) { organisation(id: $id) { name } }`, { id: bergerId }, { token: tokens[role] });
      if (MANUFACTURER.includes(role)) expect(res.errors).toBeUndefined();
      else expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('refuses anonymous callers everything but the public operations', async () => {
    const anon = await t.gql.fails(`{ organisations { totalCount } }`);
    expect(anon.extensions.code).toBe('UNAUTHENTICATED');
  });

  describe('another tenant answers NOT_FOUND and changes nothing', () => {
    let berger: string;
    let schulzTechId: string;
    const counts = async (): Promise<unknown> =>
      t.sql(`SELECT (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM audit_event) AS audit,
                    (SELECT count(*) FROM invitation) AS invitations, (SELECT count(*) FROM organisation) AS organisations`);
    beforeAll(async () => {
      berger = await t.loginAs('admin@berger.example');
      [{ id: schulzTechId }] = await t.sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'technik@schulz.example'`);
    });

    it.each([
      ['organisation', `query($id: ID!) { organisation(id: $id) { id } }`, () => ({ id: schulzId })],
      ['deactivateUser', `mutation($id: ID!) { deactivateUser(id: $id) { id } }`, () => ({ id: schulzTechId })],
      ['reactivateUser', `mutation($id: ID!) { reactivateUser(id: $id) { id } }`, () => ({ id: schulzTechId })],
      ['resendInvitation', `mutation($id: ID!) { resendInvitation(id: $id) { invitationUrl } }`, () => ({ id: schulzTechId })],
      [
        'inviteUser',
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationUrl } }`,
        () => ({ input: { organisationId: schulzId, email: 'intruder@example.org', displayName: 'X', roles: ['TECHNICIAN'] } }),
      ],
      [
        'updateOrganisation (as partner admin)',
        `mutation($id: ID!) { updateOrganisation(id: $id, input: { city: "X" }) { id } }`,
        () => ({ id: schulzId }),
      ],
    ])('%s', async (_name, query, vars) => {
      const before = await counts();
      const res = await t.gql.query(query, vars(), { token: berger });
      const code = res.errors?.[0].extensions.code;
      // Operations the role may not call at all are FORBIDDEN before any lookup; the rest hide the object.
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(code);
      if (!_name.includes('as partner admin')) expect(code).toBe('NOT_FOUND');
      expect(await counts()).toEqual(before);
    });

    it('lists only the own organisation, own users and own audit events', async () => {
      const data = await t.gql.ok<{
        organisations: { items: { id: string }[] };
        users: { items: { organisationId: string }[] };
        auditEvents: { items: { organisationId: string }[] };
      }>(
        `{ organisations { items { id } } users(page: { limit: 100 }) { items { organisationId } } auditEvents(page: { limit: 100 }) { items { organisationId } } }`,
        {},
        { token: berger },
      );
      expect(data.organisations.items.map((o) => o.id)).toEqual([bergerId]);
      expect(new Set(data.users.items.map((u) => u.organisationId))).toEqual(new Set([bergerId]));
      expect(data.auditEvents.items.every((e) => e.organisationId === bergerId)).toBe(true);
      const filtered = await t.gql.ok<{ users: { totalCount: number } }>(
        `query($org: ID!) { users(filter: { organisationId: $org }) { totalCount } }`,
        { org: schulzId },
        { token: berger },
      );
      expect(filtered.users.totalCount).toBe(0);
    });

    it('lets a partner manager onboard users of a partner, but not staff of the manufacturer', async () => {
      const pm = tokens.PARTNER_MANAGER;
      const ok = await t.gql.query(
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { organisationId roles } } }`,
        { input: { organisationId: kayaId, email: 'kaya2@example.org', displayName: 'Kaya Zwei', roles: ['SUBCONTRACTOR_USER'] } },
        { token: pm },
      );
      expect(ok.errors).toBeUndefined();
      const escalate = await t.gql.fails(
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationUrl } }`,
        { input: { email: 'evil@example.org', displayName: 'Evil', roles: ['ADMIN'] } },
        { token: pm },
      );
      expect(escalate.extensions).toMatchObject({ code: 'FORBIDDEN' });
      const wrongRole = await t.gql.fails(
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationUrl } }`,
        { input: { organisationId: schulzId, email: 'evil2@example.org', displayName: 'Evil', roles: ['ADMIN'] } },
        { token: pm },
      );
      expect(wrongRole.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ROLE_NOT_ALLOWED' });
    });
  });
});

describe('default deny', () => {
  it('refuses an operation without an access rule, even to the admin', async () => {
    const db = await createTestDatabase();
    const server = await startServer(db.url, {}, { PORTAL_TEST_DENY_PROBE: '1' });
    try {
      const gql = new GraphQLClient(server.url);
      const { login } = await gql.ok<{ login: { token: string } }>(
        `mutation { login(input: { email: "admin@thermotec.example", password: "demo1234" }) { token } }`,
      );
      const err = await gql.fails(`{ probeWithoutAccessRule }`, {}, { token: login.token });
      expect(err.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_ACCESS_RULE' });
      expect((await gql.fails(`{ probeWithoutAccessRule }`)).extensions.code).toBe('FORBIDDEN');
    } finally {
      await server.stop();
      await db.drop();
    }
  });
});
