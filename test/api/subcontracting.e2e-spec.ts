import { startTestApp, type TestApp } from '@portal/testing';

const DELEGATION = `id status validFrom validUntil suspensionCause subcontractorName partnerName`;
const REQUEST = `mutation($input: RequestDelegationInput!) { requestDelegation(input: $input) { ${DELEGATION} } }`;
const DECIDE = `mutation($id: ID!, $d: DelegationDecision!, $r: String, $until: LocalDate) {
  decideDelegation(id: $id, decision: $d, reason: $r, validUntil: $until) { ${DELEGATION} } }`;
const CHANGE_TIER = `mutation($g: ID!, $t: ID!) { changeGrantTier(input: { grantId: $g, tierId: $t, reason: "Jahresprüfung" }) { id } }`;
const SEARCH = `query { knowledgeSearch(input: { query: "", limit: 50 }) { total hits { article { id } } } }`;

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('subcontractor permissions', () => {
  let t: TestApp;
  let schulz: string;
  let berger: string;
  let manager: string;
  let kaya: string;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ jobIntervalSeconds: 1 });
    [schulz, berger, manager, kaya] = await Promise.all(
      ['admin@schulz.example', 'admin@berger.example', 'partners@thermotec.example', 'team@kaya.example'].map((e) => t.loginAs(e)),
    );
    for (const r of await t.sql<{ key: string; id: string }>(
      `SELECT code AS key, id FROM product_line UNION ALL SELECT code, id FROM service_category UNION ALL SELECT 'TIER_' || code, id FROM tier
       UNION ALL SELECT 'REL', id FROM subcontractor_relationship
       UNION ALL SELECT 'GRANT', g.id FROM tier_grant g JOIN organisation o ON o.id = g.partner_id JOIN product_line pl ON pl.id = g.product_line_id
                  WHERE o.name LIKE 'Wärmetechnik Schulz%' AND pl.code = 'HEAT_PUMP' AND g.status = 'ACTIVE'`,
    ))
      id[r.key] = r.id;
  });
  afterAll(() => t.close());

  const ask = (category = 'MAINTENANCE', line = 'HEAT_PUMP', token = schulz, relationshipId = id.REL) =>
    t.gql.query<{ requestDelegation: { id: string; status: string } }>(
      REQUEST,
      { input: { relationshipId, productLineId: id[line], serviceCategoryId: id[category], validFrom: today(), validUntil: inDays(200) } },
      { token },
    );
  const status = async (delegationId: string) =>
    (await t.sql<{ status: string }>(`SELECT status FROM delegation WHERE id = $1`, [delegationId]))[0].status;
  const kayaArticles = async () =>
    new Set((await t.gql.ok(SEARCH, {}, { token: kaya })).knowledgeSearch.hits.map((h: { article: { id: string } }) => h.article.id));
  const permittedArticles = async () =>
    new Set(
      (
        await t.sql<{ id: string }>(
          `SELECT a.id FROM article a WHERE a.status = 'PUBLISHED' AND a.audience <> 'MANUFACTURER' AND $1 = ANY (a.product_line_ids) AND $2 = ANY (a.service_category_ids)`,
          [id.HEAT_PUMP, id.MAINTENANCE],
        )
      ).map((r) => r.id),
    );

  it('refuses requests the partner may not make, with the reason, and changes nothing', async () => {
    const before = (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM delegation`))[0].n;
    const cases: [string, Promise<{ errors?: { extensions: Record<string, unknown> }[] }>, string, string][] = [
      ['tier does not delegate', ask('MAINTENANCE', 'GAS_CONDENSING'), 'FORBIDDEN', 'TIER_DOES_NOT_DELEGATE'],
      ['no grant on the line', ask('MAINTENANCE', 'SOLAR_THERMAL'), 'FORBIDDEN', 'PARTNER_NOT_ENTITLED'],
      ["another partner's subcontractor", ask('MAINTENANCE', 'HEAT_PUMP', berger), 'NOT_FOUND', 'SUBCONTRACTOR_NOT_FOUND'],
      ['subcontractor user', ask('MAINTENANCE', 'HEAT_PUMP', kaya), 'FORBIDDEN', 'MISSING_PERMISSION'],
    ];
    for (const [label, pending, code, reason] of cases) {
      const res = await pending;
      expect([label, res.errors?.[0].extensions.code, res.errors?.[0].extensions.reason]).toEqual([label, code, reason]);
    }
    const pending = await t.gql.query(
      `mutation { requestDelegation(input: { relationshipId: "${id.REL}", productLineId: "${id.HEAT_PUMP}",
      serviceCategoryId: "${id.MAINTENANCE}", validFrom: "2030-01-10", validUntil: "2030-01-01" }) { id } }`,
      {},
      { token: schulz },
    );
    expect(pending.errors?.[0].extensions.reason).toBe('INVALID_PERIOD');
    expect((await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM delegation`))[0].n).toBe(before);
  });

  it('keeps a subcontractor user out of every partner and manufacturer operation', async () => {
    const operations = [
      `{ tierGrants { totalCount } }`,
      `{ auditEvents { totalCount } }`,
      `mutation { createArticle(input: { title: "Bericht", language: de }) { id } }`,
      `mutation { registerSubcontractor(input: { name: "Sub GmbH", tradeRegisterNumber: "HRB 9" }) { id } }`,
      `mutation { decideDelegation(id: "${id.REL}", decision: APPROVE) { id } }`,
      `mutation { inviteSubcontractorUser(relationshipId: "${id.REL}", email: "x@kaya.example", displayName: "X") { expiresAt } }`,
    ];
    for (const op of operations) {
      const res = await t.gql.query(op, {}, { token: kaya });
      expect([op, res.errors?.[0].extensions.code]).toEqual([op, 'FORBIDDEN']);
    }
    // What it may see: its company, the partners it works for, its permissions.
    const mine = await t.gql.ok(`{ subcontractors { partnerName name } delegations { totalCount } }`, {}, { token: kaya });
    expect(mine.subcontractors).toEqual([{ partnerName: 'Wärmetechnik Schulz GmbH', name: 'Montageservice Kaya' }]);
    // The partner invites the subcontractor's people; another partner does not even see the relationship.
    const INVITE = `mutation($r: ID!, $e: String!) { inviteSubcontractorUser(relationshipId: $r, email: $e, displayName: "Ali Kaya") { user { email roles } } }`;
    const invited = await t.gql.ok(INVITE, { r: id.REL, e: 'ali@kaya.example' }, { token: schulz });
    expect(invited.inviteSubcontractorUser.user).toEqual({ email: 'ali@kaya.example', roles: ['SUBCONTRACTOR_USER'] });
    expect((await t.gql.fails(INVITE, { r: id.REL, e: 'x@kaya.example' }, { token: berger })).extensions.code).toBe('NOT_FOUND');
  });

  it('approves a permission: the subcontractor is entitled through the partner and reads exactly the permitted articles', async () => {
    expect((await kayaArticles()).size).toBe(0);
    const requested = (await ask()).data!.requestDelegation;
    expect(requested.status).toBe('REQUESTED');
    const approved = (await t.gql.ok(DECIDE, { id: requested.id, d: 'APPROVE', until: inDays(100) }, { token: manager })).decideDelegation;
    expect(approved).toMatchObject({ status: 'APPROVED', validUntil: inDays(100), subcontractorName: 'Montageservice Kaya' });
    const wider = await t.gql.fails(DECIDE, { id: requested.id, d: 'APPROVE' }, { token: manager });
    expect(wider.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_DECISION' });

    const entitlement = await t.gql.ok(
      `query($pl: ID!, $sc: ID!) { subcontractorEntitlement(productLineId: $pl, serviceCategoryId: $sc) { entitled reason partnerName delegationId validUntil } }`,
      { pl: id.HEAT_PUMP, sc: id.MAINTENANCE },
      { token: kaya },
    );
    expect(entitlement.subcontractorEntitlement).toEqual({
      entitled: true,
      reason: null,
      partnerName: 'Wärmetechnik Schulz GmbH',
      delegationId: requested.id,
      validUntil: inDays(100),
    });
    const expected = await permittedArticles();
    expect(expected.size).toBeGreaterThan(0);
    expect([...(await kayaArticles())].sort()).toEqual([...expected].sort());
    const [notice] = await t.sql<{ kind: string }>(
      `SELECT n.kind FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = 'team@kaya.example' ORDER BY n.created_at DESC LIMIT 1`,
    );
    expect(notice.kind).toBe('DELEGATION_CHANGED');
  });

  it('suspends dependent permissions in the same transaction as a downgrade and restores them on re-upgrade', async () => {
    const [{ id: delegationId }] = await t.sql<{ id: string }>(`SELECT id FROM delegation WHERE status = 'APPROVED'`);
    // A tier change that fails after the cascade ran leaves both the grant and the permission as they were.
    await t.sql(`CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await t.sql(
      `CREATE TRIGGER fail_once BEFORE INSERT ON delegation_event FOR EACH ROW WHEN (NEW.action = 'SUSPENDED') EXECUTE FUNCTION fail_once()`,
    );
    const aborted = await t.gql.query(CHANGE_TIER, { g: id.GRANT, t: id.TIER_CERTIFIED }, { token: manager });
    expect(aborted.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    await t.sql(`DROP TRIGGER fail_once ON delegation_event; DROP FUNCTION fail_once()`);
    expect(await status(delegationId)).toBe('APPROVED');
    expect(
      (await t.sql<{ code: string }>(`SELECT t.code FROM tier_grant g JOIN tier t ON t.id = g.tier_id WHERE g.id = $1`, [id.GRANT]))[0]
        .code,
    ).toBe('PREMIUM');

    await t.gql.ok(CHANGE_TIER, { g: id.GRANT, t: id.TIER_CERTIFIED }, { token: manager });
    expect(await status(delegationId)).toBe('SUSPENDED');
    expect((await kayaArticles()).size).toBe(0);
    const [shared] = await t.sql<{ n: number }>(
      `SELECT count(DISTINCT request_id)::int AS n FROM (
         SELECT request_id FROM delegation_event WHERE delegation_id = $1 AND action = 'SUSPENDED'
         UNION ALL SELECT request_id FROM audit_event WHERE entity_id = $2 AND action = 'tier_grant.tier_changed'
            AND occurred_at = (SELECT max(occurred_at) FROM audit_event WHERE entity_id = $2)) x`,
      [delegationId, id.GRANT],
    );
    expect(shared.n).toBe(1);
    const cause = await t.gql.ok(`{ delegations(status: SUSPENDED) { items { suspensionCause } } }`, {}, { token: schulz });
    expect(cause.delegations.items[0].suspensionCause).toBe('PARTNER_TIER');
    const lift = await t.gql.fails(DECIDE, { id: delegationId, d: 'LIFT_SUSPENSION' }, { token: manager });
    expect(lift.extensions.reason).toBe('SUSPENDED_BY_PARTNER_TIER');

    await t.gql.ok(CHANGE_TIER, { g: id.GRANT, t: id.TIER_PREMIUM }, { token: manager });
    expect(await status(delegationId)).toBe('APPROVED');
    expect([...(await kayaArticles())].sort()).toEqual([...(await permittedArticles())].sort());
    const history = await t.gql.ok(
      `query($id: ID!) { delegationHistory(id: $id) { action toStatus } }`,
      { id: delegationId },
      { token: kaya },
    );
    expect(history.delegationHistory.map((h: { action: string }) => h.action)).toEqual(['REQUESTED', 'APPROVE', 'SUSPENDED', 'RESTORED']);
  });

  it('never ends with an approved permission under a non-delegating tier when a downgrade races an approval', async () => {
    for (let round = 0; round < 8; round++) {
      const requested = (await ask('INSTALLATION')).data!.requestDelegation;
      const [approval, downgrade] = await Promise.all([
        t.gql.query(DECIDE, { id: requested.id, d: 'APPROVE' }, { token: manager }),
        t.gql.query(CHANGE_TIER, { g: id.GRANT, t: id.TIER_CERTIFIED }, { token: manager }),
      ]);
      expect(downgrade.errors).toBeUndefined();
      const final = await status(requested.id);
      // Either the approval came first and was suspended by the downgrade, or it was refused after it.
      if (approval.errors) expect([approval.errors[0].extensions.reason, final]).toEqual(['TIER_DOES_NOT_DELEGATE', 'REQUESTED']);
      else expect(final).toBe('SUSPENDED');
      await t.gql.ok(CHANGE_TIER, { g: id.GRANT, t: id.TIER_PREMIUM }, { token: manager });
      const [live] = await t.sql<{ status: string }>(`SELECT status FROM delegation WHERE id = $1`, [requested.id]);
      await t.gql.ok(
        DECIDE,
        { id: requested.id, d: live.status === 'REQUESTED' ? 'REJECT' : 'REVOKE', r: 'Runde beendet' },
        { token: manager },
      );
    }
  });

  it('suspends when the job expires the partner grant, and expires permissions at the end of their period', async () => {
    const [{ id: delegationId }] = await t.sql<{ id: string }>(
      `SELECT id FROM delegation WHERE status = 'APPROVED' AND service_category_id = $1`,
      [id.MAINTENANCE],
    );
    await t.sql(`UPDATE tier_grant SET valid_from = current_date - 400, valid_until = current_date - 1 WHERE id = $1`, [id.GRANT]);
    let current = 'APPROVED';
    for (let i = 0; i < 60 && current !== 'SUSPENDED'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      current = await status(delegationId);
    }
    expect(current).toBe('SUSPENDED');
    await t.sql(`UPDATE delegation SET valid_from = current_date - 10, valid_until = current_date - 1 WHERE id = $1`, [delegationId]);
    for (let i = 0; i < 60 && current !== 'EXPIRED'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      current = await status(delegationId);
    }
    expect(current).toBe('EXPIRED');
  });
});
