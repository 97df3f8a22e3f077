import { LOGIN, startTestApp, type TestApp } from '@portal/testing';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationUrl expiresAt user { id email status roles organisationName } } }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { email displayName organisationName locale } }`;
const ACCEPT = `mutation($token: String!, $password: String!) { acceptInvitation(input: { token: $token, password: $password }) { token viewer { email roles } } }`;

const tokenOf = (url: string): string => url.split('/invitation/')[1];

describe('invitations', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ publicUrl: 'https://portal.example' });
    admin = await t.loginAs('admin@schulz.example');
  });
  afterAll(() => t.close());

  it('runs end to end: invite, preview, accept once, log in, appear in the team', async () => {
    const { inviteUser } = await t.gql.ok(
      INVITE,
      { input: { email: 'Neu.Techniker@Schulz.example', displayName: 'Nina Neu', roles: ['TECHNICIAN'], locale: 'en' } },
      { token: admin },
    );
    expect(inviteUser.invitationUrl).toMatch(/^https:\/\/portal\.example\/invitation\/[A-Za-z0-9_-]{43}$/);
    expect(inviteUser.user).toMatchObject({
      email: 'neu.techniker@schulz.example',
      status: 'INVITED',
      roles: ['TECHNICIAN'],
      organisationName: 'Wärmetechnik Schulz GmbH',
    });
    const token = tokenOf(inviteUser.invitationUrl);

    // An invited user without a password cannot log in.
    expect((await t.gql.fails(LOGIN, { email: 'neu.techniker@schulz.example', password: '' })).extensions.code).toBe('UNAUTHENTICATED');

    const preview = await t.gql.ok(PREVIEW, { token });
    expect(preview.invitation).toEqual({
      email: 'neu.techniker@schulz.example',
      displayName: 'Nina Neu',
      organisationName: 'Wärmetechnik Schulz GmbH',
      locale: 'en',
    });

    const short = await t.gql.fails(ACCEPT, { token, password: 'short' });
    expect(short.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });

    const accepted = await t.gql.ok(ACCEPT, { token, password: 'ein-sicheres-passwort' });
    expect(accepted.acceptInvitation.viewer).toEqual({ email: 'neu.techniker@schulz.example', roles: ['TECHNICIAN'] });

    const again = await t.gql.fails(ACCEPT, { token, password: 'noch-ein-passwort' });
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITATION_INVALID' });
    expect((await t.gql.fails(PREVIEW, { token })).extensions.reason).toBe('INVITATION_INVALID');

    expect(await t.loginAs('neu.techniker@schulz.example', 'ein-sicheres-passwort')).toBeTruthy();
    const team = await t.gql.ok(`{ users(filter: { status: ACTIVE }) { items { email } } }`, {}, { token: admin });
    expect(team.users.items.map((u: { email: string }) => u.email)).toContain('neu.techniker@schulz.example');

    const audit = await t.sql(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`, [inviteUser.user.id]);
    expect(audit.map((a) => a.action)).toEqual(['user.invite', 'user.accept_invitation', 'session.login', 'session.login']);
  });

  it('enforces expiry', async () => {
    const { inviteUser } = await t.gql.ok(
      INVITE,
      { input: { email: 'spaet@schulz.example', displayName: 'Zu Spät', roles: ['TECHNICIAN'] } },
      { token: admin },
    );
    await t.sql(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [inviteUser.user.id]);
    const err = await t.gql.fails(ACCEPT, { token: tokenOf(inviteUser.invitationUrl), password: 'ein-sicheres-passwort' });
    expect(err.extensions.reason).toBe('INVITATION_INVALID');
    const [{ status }] = await t.sql(`SELECT status FROM app_user WHERE id = $1`, [inviteUser.user.id]);
    expect(status).toBe('INVITED');

    // A new link replaces the expired one.
    const { resendInvitation } = await t.gql.ok(
      `mutation($id: ID!) { resendInvitation(id: $id) { invitationUrl } }`,
      { id: inviteUser.user.id },
      { token: admin },
    );
    await t.gql.ok(ACCEPT, { token: tokenOf(resendInvitation.invitationUrl), password: 'ein-sicheres-passwort' });
  });

  it('revokes the old link when a new one is sent, and the link of a deactivated user', async () => {
    const { inviteUser } = await t.gql.ok(
      INVITE,
      { input: { email: 'doppelt@schulz.example', displayName: 'Doppelt', roles: ['TECHNICIAN'] } },
      { token: admin },
    );
    const old = tokenOf(inviteUser.invitationUrl);
    await t.gql.ok(`mutation($id: ID!) { resendInvitation(id: $id) { invitationUrl } }`, { id: inviteUser.user.id }, { token: admin });
    expect((await t.gql.fails(ACCEPT, { token: old, password: 'ein-sicheres-passwort' })).extensions.reason).toBe('INVITATION_INVALID');

    const second = await t.gql.ok(
      INVITE,
      { input: { email: 'gesperrt@schulz.example', displayName: 'Gesperrt', roles: ['TECHNICIAN'] } },
      { token: admin },
    );
    await t.gql.ok(`mutation($id: ID!) { deactivateUser(id: $id) { status } }`, { id: second.inviteUser.user.id }, { token: admin });
    expect(
      (await t.gql.fails(ACCEPT, { token: tokenOf(second.inviteUser.invitationUrl), password: 'ein-sicheres-passwort' })).extensions.reason,
    ).toBe('INVITATION_INVALID');
  });

  it('refuses a taken e-mail (any case), a role of another organisation kind and a bad e-mail, changing nothing', async () => {
    const before = await t.sql(`SELECT count(*)::int AS n FROM app_user`);
    const taken = await t.gql.fails(
      INVITE,
      { input: { email: 'TECHNIK@schulz.example', displayName: 'X', roles: ['TECHNICIAN'] } },
      { token: admin },
    );
    expect(taken.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    const role = await t.gql.fails(INVITE, { input: { email: 'x1@schulz.example', displayName: 'X', roles: ['ADMIN'] } }, { token: admin });
    expect(role.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ROLE_NOT_ALLOWED' });
    const bad = await t.gql.fails(INVITE, { input: { email: 'not-an-email', displayName: 'X', roles: ['TECHNICIAN'] } }, { token: admin });
    expect(bad.extensions.fields).toEqual([expect.objectContaining({ field: 'email' })]);
    expect(await t.sql(`SELECT count(*)::int AS n FROM app_user`)).toEqual(before);
  });

  it('onboards a partner with its first admin in one step', async () => {
    const pm = await t.loginAs('partners@thermotec.example');
    const res = await t.gql.ok(
      `mutation($input: CreatePartnerOrganisationInput!) { createPartnerOrganisation(input: $input) {
         organisation { id name status kind country } invitation { invitationUrl user { email roles } } } }`,
      {
        input: {
          name: 'Heizung Huber',
          legalName: 'Heizung Huber GmbH & Co. KG',
          city: 'Regensburg',
          postalCode: '93047',
          country: 'DE',
          firstAdmin: { email: 'chef@huber.example', displayName: 'Hans Huber' },
        },
      },
      { token: pm },
    );
    expect(res.createPartnerOrganisation.organisation).toMatchObject({
      name: 'Heizung Huber',
      status: 'ONBOARDING',
      kind: 'PARTNER',
      country: 'DE',
    });
    expect(res.createPartnerOrganisation.invitation.user).toEqual({ email: 'chef@huber.example', roles: ['PARTNER_ADMIN'] });
    const accepted = await t.gql.ok(ACCEPT, {
      token: tokenOf(res.createPartnerOrganisation.invitation.invitationUrl),
      password: 'huber-passwort-1',
    });
    expect(accepted.acceptInvitation.viewer.roles).toEqual(['PARTNER_ADMIN']);

    const dup = await t.gql.fails(
      `mutation($input: CreatePartnerOrganisationInput!) { createPartnerOrganisation(input: $input) { organisation { id } } }`,
      {
        input: { name: 'heizung huber', legalName: 'X', country: 'DE', firstAdmin: { email: 'chef2@huber.example', displayName: 'Zwei' } },
      },
      { token: pm },
    );
    expect(dup.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORGANISATION_NAME_TAKEN' });
    // The failed onboarding left neither organisation nor user behind.
    expect(await t.sql(`SELECT 1 FROM app_user WHERE email = 'chef2@huber.example'`)).toEqual([]);
  });
});
