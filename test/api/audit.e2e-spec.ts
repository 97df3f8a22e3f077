import { startTestApp, type TestApp } from '@portal/testing';

describe('audit', () => {
  let t: TestApp;
  let admin: string;
  let partnerAdmin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.loginAs('admin@thermotec.example');
    partnerAdmin = await t.loginAs('admin@schulz.example');
  });
  afterAll(() => t.close());

  const lastAudit = async (): Promise<Record<string, unknown>> =>
    (
      await t.sql(
        `SELECT action, entity_type, entity_id, organisation_id, actor_user_id, request_id, before, after FROM audit_event ORDER BY id DESC LIMIT 1`,
      )
    )[0];
  const auditCount = async (): Promise<number> => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event`))[0].n;

  it('writes one event per mutation with actor, request id, before and after', async () => {
    const [{ id: kaya }] = await t.sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Montageservice Kaya'`);
    const res = await t.gql.query(
      `mutation($id: ID!) { setOrganisationStatus(id: $id, status: SUSPENDED, reason: "Versicherungsnachweis fehlt") { status } }`,
      { id: kaya },
      { token: admin, headers: { 'x-request-id': 'test-request-0001' } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.headers['x-request-id']).toBe('test-request-0001');
    const [{ id: adminId }] = await t.sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'admin@thermotec.example'`);
    expect(await lastAudit()).toEqual({
      action: 'organisation.set_status',
      entity_type: 'organisation',
      entity_id: kaya,
      organisation_id: kaya,
      actor_user_id: adminId,
      request_id: 'test-request-0001',
      before: { status: 'ACTIVE' },
      after: { status: 'SUSPENDED', reason: 'Versicherungsnachweis fehlt' },
    });
  });

  it('writes nothing when the mutation fails', async () => {
    const [{ id: kaya }] = await t.sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Montageservice Kaya'`);
    const before = await auditCount();
    const err = await t.gql.fails(
      `mutation($id: ID!) { setOrganisationStatus(id: $id, status: ONBOARDING, reason: "zurück") { status } }`,
      { id: kaya },
      { token: admin },
    );
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_STATUS_TRANSITION' });
    const dup = await t.gql.fails(
      `mutation { inviteUser(input: { email: "technik@schulz.example", displayName: "X", roles: [TECHNICIAN] }) { invitationUrl } }`,
      {},
      { token: partnerAdmin },
    );
    expect(dup.extensions.reason).toBe('EMAIL_TAKEN');
    expect(await auditCount()).toBe(before);
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(t.sql(`UPDATE audit_event SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    expect(await auditCount()).toBeGreaterThan(0);
  });

  it('lets the admin filter the log; a partner sees only its own organisation', async () => {
    await t.gql.ok(`mutation { updateMyProfile(input: { locale: en }) { locale } }`, {}, { token: partnerAdmin });
    const all = await t.gql.ok(
      `{ auditEvents(filter: { action: "organisation." }) { totalCount items { action actorEmail before after } } }`,
      {},
      { token: admin },
    );
    expect(all.auditEvents.totalCount).toBe(1);
    expect(all.auditEvents.items[0]).toMatchObject({ action: 'organisation.set_status', actorEmail: 'admin@thermotec.example' });

    const mine = await t.gql.ok(
      `{ auditEvents(page: { limit: 100 }) { totalCount items { action organisationId } } }`,
      {},
      { token: partnerAdmin },
    );
    const [{ id: schulz }] = await t.sql<{ id: string }>(`SELECT id FROM organisation WHERE name LIKE 'Wärmetechnik%'`);
    expect(mine.auditEvents.items.length).toBeGreaterThan(0);
    expect(mine.auditEvents.items.every((e: { organisationId: string }) => e.organisationId === schulz)).toBe(true);
    expect(mine.auditEvents.items.map((e: { action: string }) => e.action)).toContain('user.update_profile');

    const paged = await t.gql.ok(`{ auditEvents(page: { offset: 1, limit: 1 }) { offset hasMore items { id } } }`, {}, { token: admin });
    expect(paged.auditEvents).toMatchObject({ offset: 1, hasMore: true });
    expect(paged.auditEvents.items).toHaveLength(1);
  });
});
