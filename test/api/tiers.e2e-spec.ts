import { startTestApp, type TestApp } from '@portal/testing';

const GRANT_FIELDS = `id status validFrom validUntil suspendedUntil suspensionCause tier { code rank } productLine { code } partnerName`;

describe('authorisation tiers', () => {
  let t: TestApp;
  let pm: string;
  let admin: string;
  let schulzAdmin: string;
  let bergerAdmin: string;
  let technician: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ jobIntervalSeconds: 1 });
    [pm, admin, schulzAdmin, bergerAdmin, technician] = await Promise.all(
      [
        'partners@thermotec.example',
        'admin@thermotec.example',
        'admin@schulz.example',
        'admin@berger.example',
        'technik@schulz.example',
      ].map((e) => t.loginAs(e)),
    );
    for (const r of await t.sql<{ key: string; id: string }>(
      `SELECT code AS key, id FROM product_line UNION ALL SELECT code, id FROM service_category UNION ALL SELECT code, id FROM tier
       UNION ALL SELECT CASE WHEN name LIKE 'Wärme%' THEN 'schulz' WHEN name LIKE 'Haus%' THEN 'berger' ELSE name END, id FROM organisation`,
    )) {
      ids[r.key] = r.id;
    }
  });
  afterAll(() => t.close());

  const eventCount = async (): Promise<number> => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM tier_grant_event`))[0].n;

  it('runs the full lifecycle: request → approve → renew → downgrade → suspend → lift → revoke', async () => {
    const req = await t.gql.ok(
      `mutation($input: RequestTierInput!) { requestTier(input: $input) { id status partnerName tier { code } } }`,
      { input: { productLineId: ids.GAS_CONDENSING, tierId: ids.CERTIFIED, justification: 'Zwei Techniker mit Gas-Schulung seit 2025.' } },
      { token: bergerAdmin },
    );
    expect(req.requestTier).toMatchObject({ status: 'OPEN', partnerName: 'Haustechnik Berger KG', tier: { code: 'CERTIFIED' } });
    const dup = await t.gql.fails(
      `mutation($input: RequestTierInput!) { requestTier(input: $input) { id } }`,
      { input: { productLineId: ids.GAS_CONDENSING, tierId: ids.PREMIUM, justification: 'Noch ein Antrag, bitte.' } },
      { token: bergerAdmin },
    );
    expect(dup.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OPEN_REQUEST_EXISTS' });

    const approved = await t.gql.ok(
      `mutation($id: ID!) { approveTierRequest(input: { requestId: $id, validUntil: "2030-12-31", reason: "Nachweise geprüft" }) { status grantId decisionReason } }`,
      { id: req.requestTier.id },
      { token: pm },
    );
    expect(approved.approveTierRequest).toMatchObject({ status: 'APPROVED', decisionReason: 'Nachweise geprüft' });
    const grantId = approved.approveTierRequest.grantId as string;
    const again = await t.gql.fails(
      `mutation($id: ID!) { approveTierRequest(input: { requestId: $id }) { status } }`,
      { id: req.requestTier.id },
      { token: pm },
    );
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_NOT_OPEN' });

    const gql = async (name: string, inputType: string, input: Record<string, unknown>): Promise<Record<string, any>> =>
      (
        await t.gql.ok(
          `mutation($input: ${inputType}!) { ${name}(input: $input) { ${GRANT_FIELDS} } }`,
          { input: { grantId, ...input } },
          { token: pm },
        )
      )[name];

    expect(await gql('renewTierGrant', 'RenewGrantInput', { validUntil: '2031-12-31', reason: 'Verlängert' })).toMatchObject({
      validUntil: '2031-12-31',
      status: 'ACTIVE',
    });
    expect(
      await gql('changeGrantTier', 'ChangeGrantTierInput', { tierId: ids.REGISTERED, reason: 'Kein zertifizierter Techniker mehr' }),
    ).toMatchObject({
      tier: { code: 'REGISTERED' },
    });
    expect(await gql('suspendTierGrant', 'SuspendGrantInput', { reason: 'Beschwerden prüfen' })).toMatchObject({
      status: 'SUSPENDED',
      suspensionCause: 'MANUAL',
    });
    expect(await gql('liftTierGrantSuspension', 'GrantReasonInput', { reason: 'Geklärt' })).toMatchObject({
      status: 'ACTIVE',
      suspensionCause: null,
    });

    const before = await eventCount();
    const lift = await t.gql.fails(
      `mutation($input: GrantReasonInput!) { liftTierGrantSuspension(input: $input) { id } }`,
      { input: { grantId, reason: 'Nochmal' } },
      { token: pm },
    );
    expect(lift.extensions).toMatchObject({ code: 'CONFLICT', reason: 'GRANT_NOT_SUSPENDED' });
    expect(await eventCount()).toBe(before);

    expect(await gql('revokeTierGrant', 'GrantReasonInput', { reason: 'Partnerschaft beendet' })).toMatchObject({ status: 'REVOKED' });
    const renewRevoked = await t.gql.fails(
      `mutation($input: RenewGrantInput!) { renewTierGrant(input: $input) { id } }`,
      { input: { grantId, validUntil: '2035-01-01', reason: 'Zurück' } },
      { token: pm },
    );
    expect(renewRevoked.extensions).toMatchObject({ code: 'CONFLICT', reason: 'GRANT_NOT_LIVE' });

    const history = await t.gql.ok(
      `query($id: ID!) { tierGrant(id: $id) { status history { action reason actorName before after } } }`,
      { id: grantId },
      { token: bergerAdmin },
    );
    expect(history.tierGrant.history.map((e: { action: string }) => e.action)).toEqual([
      'GRANTED',
      'RENEWED',
      'TIER_CHANGED',
      'SUSPENDED',
      'SUSPENSION_LIFTED',
      'REVOKED',
    ]);
    expect(history.tierGrant.history[2]).toMatchObject({
      reason: 'Kein zertifizierter Techniker mehr',
      actorName: 'Peter Partnermanager',
      before: { tier: 'CERTIFIED' },
      after: { tier: 'REGISTERED' },
    });
    const audit = await t.sql<{ action: string }>(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`, [grantId]);
    expect(audit.map((a) => a.action)).toEqual([
      'tier_grant.granted',
      'tier_grant.renewed',
      'tier_grant.tier_changed',
      'tier_grant.suspended',
      'tier_grant.suspension_lifted',
      'tier_grant.revoked',
    ]);
    await expect(t.sql(`UPDATE tier_grant_event SET reason = 'forged'`)).rejects.toThrow(/append-only/);

    const feed = await t.gql.ok(`{ notifications { unreadCount items { kind params } } }`, {}, { token: bergerAdmin });
    expect(feed.notifications.items.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['GRANT_CHANGED', 'TIER_REQUEST_DECIDED']),
    );
    expect(feed.notifications.unreadCount).toBeGreaterThanOrEqual(7);
    expect(await t.gql.ok(`mutation { markNotificationsRead }`, {}, { token: bergerAdmin })).toEqual({
      markNotificationsRead: feed.notifications.unreadCount,
    });
    const [{ n: mails }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM mail_outbox WHERE to_email = 'admin@berger.example'`);
    expect(mails).toBe(feed.notifications.unreadCount);
  });

  it('lets exactly one of many simultaneous grants for the same partner and product line through', async () => {
    for (let round = 0; round < 6; round++) {
      const attempts = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          t.gql.query(
            `mutation($input: GrantTierInput!) { grantTier(input: $input) { id } }`,
            {
              input: {
                partnerId: ids.schulz,
                productLineId: ids.SOLAR_THERMAL,
                tierId: ids.CERTIFIED,
                validUntil: '2030-01-01',
                reason: `Runde ${round}`,
              },
            },
            { token: i % 2 ? pm : admin },
          ),
        ),
      );
      const ok = attempts.filter((a) => !a.errors);
      expect(ok).toHaveLength(1);
      for (const a of attempts.filter((x) => x.errors))
        expect(a.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTIVE_GRANT_EXISTS' });
      const live = await t.sql(
        `SELECT id FROM tier_grant WHERE partner_id = $1 AND product_line_id = $2 AND status IN ('ACTIVE', 'SUSPENDED')`,
        [ids.schulz, ids.SOLAR_THERMAL],
      );
      expect(live).toHaveLength(1);
      await t.gql.ok(
        `mutation($input: GrantReasonInput!) { revokeTierGrant(input: $input) { id } }`,
        { input: { grantId: (ok[0].data as any).grantTier.id, reason: 'Nächste Runde' } },
        { token: pm },
      );
    }
  });

  it('answers entitlement for each demo tier × service category', async () => {
    const tiers: Record<string, string[]> = {
      PREMIUM: ['INSTALLATION', 'COMMISSIONING', 'MAINTENANCE', 'WARRANTY_REPAIR'],
      CERTIFIED: ['INSTALLATION', 'COMMISSIONING', 'MAINTENANCE'],
      REGISTERED: ['MAINTENANCE'],
    };
    const holders: [string, string, string][] = [
      ['schulz', 'HEAT_PUMP', 'PREMIUM'],
      ['schulz', 'GAS_CONDENSING', 'CERTIFIED'],
      ['berger', 'SOLAR_THERMAL', 'REGISTERED'],
    ];
    const Q = `query($p: ID, $pl: ID!, $sc: ID!) { serviceEntitlement(partnerId: $p, productLineId: $pl, serviceCategoryId: $sc) { entitled reason grant { tier { code } } } }`;
    for (const [partner, pl, tier] of holders) {
      for (const category of ['INSTALLATION', 'COMMISSIONING', 'MAINTENANCE', 'WARRANTY_REPAIR']) {
        const { serviceEntitlement: e } = await t.gql.ok(Q, { p: ids[partner], pl: ids[pl], sc: ids[category] }, { token: pm });
        const expected = tiers[tier].includes(category);
        expect({ partner, pl, category, entitled: e.entitled, reason: e.reason }).toEqual({
          partner,
          pl,
          category,
          entitled: expected,
          reason: expected ? null : 'CATEGORY_NOT_INCLUDED',
        });
        expect(e.grant.tier.code).toBe(tier);
      }
    }
    const none = await t.gql.ok(Q, { p: ids.berger, pl: ids.GAS_CONDENSING, sc: ids.MAINTENANCE }, { token: pm });
    expect(none.serviceEntitlement).toMatchObject({ entitled: false, reason: 'REVOKED' });
    const own = await t.gql.ok(Q, { pl: ids.HEAT_PUMP, sc: ids.WARRANTY_REPAIR }, { token: technician });
    expect(own.serviceEntitlement.entitled).toBe(true);
    const never = await t.gql.ok(Q, { pl: ids.SOLAR_THERMAL, sc: ids.MAINTENANCE }, { token: bergerAdmin });
    expect(never.serviceEntitlement.entitled).toBe(true);
  });

  it('expires a grant whose validity ended yesterday when the job runs', async () => {
    const [{ id }] = await t.sql<{ id: string }>(
      `SELECT id FROM tier_grant WHERE partner_id = $1 AND product_line_id = $2 AND status = 'ACTIVE'`,
      [ids.berger, ids.HEAT_PUMP],
    );
    await t.sql(`UPDATE tier_grant SET valid_from = current_date - 400, valid_until = current_date - 1 WHERE id = $1`, [id]);
    let status = 'ACTIVE';
    for (let i = 0; i < 50 && status !== 'EXPIRED'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      [{ status }] = await t.sql<{ status: string }>(`SELECT status FROM tier_grant WHERE id = $1`, [id]);
    }
    expect(status).toBe('EXPIRED');
    const e = await t.gql.ok(
      `query($pl: ID!, $sc: ID!) { serviceEntitlement(productLineId: $pl, serviceCategoryId: $sc) { entitled reason } }`,
      { pl: ids.HEAT_PUMP, sc: ids.MAINTENANCE },
      { token: bergerAdmin },
    );
    expect(e.serviceEntitlement).toEqual({ entitled: false, reason: 'EXPIRED' });
    const history = await t.sql<{ action: string; reason: string }>(
      `SELECT action, reason FROM tier_grant_event WHERE grant_id = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    );
    expect(history[0]).toEqual({ action: 'EXPIRED', reason: 'Validity ended' });
  });

  it('tells the partner admin 60 and 14 days before a grant expires, once each', async () => {
    const [{ id }] = await t.sql<{ id: string }>(
      `SELECT id FROM tier_grant WHERE partner_id = $1 AND product_line_id = $2 AND status = 'ACTIVE'`,
      [ids.schulz, ids.GAS_CONDENSING],
    );
    const notices = async (): Promise<number[]> =>
      (
        await t.sql<{ days: number }>(
          `SELECT (params->>'daysBefore')::int AS days FROM notification WHERE kind = 'GRANT_EXPIRING' AND params->>'grantId' = $1 ORDER BY 1 DESC`,
          [id],
        )
      ).map((n) => n.days);
    const waitFor = async (expected: number[]): Promise<void> => {
      for (let i = 0; i < 50 && JSON.stringify(await notices()) !== JSON.stringify(expected); i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(await notices()).toEqual(expected);
    };
    await t.sql(`UPDATE tier_grant SET valid_until = current_date + 40 WHERE id = $1`, [id]);
    await waitFor([60]);
    await t.sql(`UPDATE tier_grant SET valid_until = current_date + 10 WHERE id = $1`, [id]);
    await waitFor([60, 14]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await notices()).toEqual([60, 14]);
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'GRANT_EXPIRING' AND params->>'grantId' = $1`,
      [id],
    );
    expect(n).toBe(2);
  });

  it('keeps partners apart and refuses what roles may not do', async () => {
    const [{ id: schulzGrant }] = await t.sql<{ id: string }>(`SELECT id FROM tier_grant WHERE partner_id = $1 LIMIT 1`, [ids.schulz]);
    expect(
      (await t.gql.fails(`query($id: ID!) { tierGrant(id: $id) { id } }`, { id: schulzGrant }, { token: bergerAdmin })).extensions.code,
    ).toBe('NOT_FOUND');
    const list = await t.gql.ok(`{ tierGrants(page: { limit: 100 }) { items { partnerName } } }`, {}, { token: bergerAdmin });
    expect(new Set(list.tierGrants.items.map((g: { partnerName: string }) => g.partnerName))).toEqual(new Set(['Haustechnik Berger KG']));
    const peek = await t.gql.fails(
      `query($p: ID!, $pl: ID!, $sc: ID!) { serviceEntitlement(partnerId: $p, productLineId: $pl, serviceCategoryId: $sc) { entitled } }`,
      { p: ids.schulz, pl: ids.HEAT_PUMP, sc: ids.MAINTENANCE },
      { token: bergerAdmin },
    );
    expect(peek.extensions.code).toBe('NOT_FOUND');
    const requests = await t.gql.ok(`{ tierRequests { items { partnerName } } }`, {}, { token: schulzAdmin });
    expect(requests.tierRequests.items).toEqual([]);

    const techRequest = await t.gql.fails(
      `mutation($input: RequestTierInput!) { requestTier(input: $input) { id } }`,
      { input: { productLineId: ids.SOLAR_THERMAL, tierId: ids.REGISTERED, justification: 'Ich hätte gern mehr.' } },
      { token: technician },
    );
    expect(techRequest.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const selfGrant = await t.gql.fails(
      `mutation($input: GrantTierInput!) { grantTier(input: $input) { id } }`,
      {
        input: {
          partnerId: ids.schulz,
          productLineId: ids.SOLAR_THERMAL,
          tierId: ids.PREMIUM,
          validUntil: '2030-01-01',
          reason: 'Selbst gemacht',
        },
      },
      { token: schulzAdmin },
    );
    expect(selfGrant.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const selfApprove = await t.gql.fails(
      `mutation($id: ID!) { approveTierRequest(input: { requestId: $id }) { id } }`,
      { id: schulzGrant },
      { token: schulzAdmin },
    );
    expect(selfApprove.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('suspends and restores grants with the partner organisation, in the same transaction', async () => {
    const live = async (): Promise<{ status: string; suspension_cause: string | null }[]> =>
      t.sql(`SELECT status, suspension_cause FROM tier_grant WHERE partner_id = $1 AND status IN ('ACTIVE', 'SUSPENDED') ORDER BY id`, [
        ids.schulz,
      ]);
    expect((await live()).every((g) => g.status === 'ACTIVE')).toBe(true);
    const set = (status: string): Promise<unknown> =>
      t.gql.ok(
        `mutation($id: ID!, $s: OrganisationStatus!) { setOrganisationStatus(id: $id, status: $s, reason: "Versicherung abgelaufen") { status } }`,
        { id: ids.schulz, s: status },
        { token: pm },
      );
    await set('SUSPENDED');
    expect(await live()).toEqual([
      { status: 'SUSPENDED', suspension_cause: 'ORGANISATION' },
      { status: 'SUSPENDED', suspension_cause: 'ORGANISATION' },
    ]);
    await set('ACTIVE');
    expect((await live()).every((g) => g.status === 'ACTIVE' && g.suspension_cause === null)).toBe(true);
  });

  it('lists the network with filters, sorting and a constant number of statements', async () => {
    const Q = `query($f: NetworkFilterInput, $s: NetworkSortInput) { partnerNetwork(filter: $f, sort: $s) { totalCount items { name grants { tier { code } productLine { code } } } } }`;
    const premium = await t.gql.ok(Q, { f: { tierId: ids.PREMIUM } }, { token: pm });
    expect(premium.partnerNetwork.items.map((p: { name: string }) => p.name)).toEqual(['Wärmetechnik Schulz GmbH']);
    const augsburg = await t.gql.ok(Q, { f: { region: '86' } }, { token: pm });
    expect(augsburg.partnerNetwork.items.map((p: { name: string }) => p.name)).toEqual(['Haustechnik Berger KG']);
    const byTier = await t.gql.ok(Q, { s: { field: 'HIGHEST_TIER', ascending: false } }, { token: pm });
    expect(byTier.partnerNetwork.items[0].name).toBe('Wärmetechnik Schulz GmbH');
    expect(byTier.partnerNetwork.items[0].grants.map((g: { productLine: { code: string } }) => g.productLine.code)).toEqual([
      'GAS_CONDENSING',
      'HEAT_PUMP',
    ]);
    const bad = await t.gql.fails(Q, { f: { region: "80'; --" } }, { token: pm });
    expect(bad.extensions.code).toBe('BAD_USER_INPUT');
    const partnerView = await t.gql.ok(Q, {}, { token: schulzAdmin });
    expect(partnerView.partnerNetwork.items.map((p: { name: string }) => p.name)).toEqual(['Wärmetechnik Schulz GmbH']);
  });

  it('validates grant input', async () => {
    const G = `mutation($input: GrantTierInput!) { grantTier(input: $input) { id } }`;
    const base = { partnerId: ids.berger, productLineId: ids.GAS_CONDENSING, tierId: ids.CERTIFIED, reason: 'Test' };
    expect((await t.gql.fails(G, { input: { ...base, validUntil: '2026-02-30' } }, { token: pm })).extensions.code).toBe('BAD_USER_INPUT');
    expect(
      (await t.gql.fails(G, { input: { ...base, validFrom: '2031-01-01', validUntil: '2030-01-01' } }, { token: pm })).extensions.reason,
    ).toBe('INVALID_PERIOD');
    expect(
      (await t.gql.fails(G, { input: { ...base, validUntil: '2020-01-01', validFrom: '2019-01-01' } }, { token: pm })).extensions.reason,
    ).toBe('VALID_UNTIL_IN_PAST');
    expect(
      (await t.gql.fails(G, { input: { ...base, partnerId: ids['Montageservice Kaya'], validUntil: '2030-01-01' } }, { token: pm }))
        .extensions.reason,
    ).toBe('PARTNER_NOT_GRANTABLE');
    expect(
      (
        await t.gql.fails(
          G,
          { input: { ...base, tierId: '00000000-0000-4000-8000-000000000000', validUntil: '2030-01-01' } },
          { token: pm },
        )
      ).extensions.code,
    ).toBe('NOT_FOUND');
  });
});
