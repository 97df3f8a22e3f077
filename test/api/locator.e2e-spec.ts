import request from 'supertest';
import { startTestApp, type TestApp } from '@portal/testing';

const FIND = `query($pl: ID!, $sc: ID, $pc: String, $lat: Float, $lon: Float, $r: Float, $place: String) {
  findPartners(productLineId: $pl, serviceCategoryId: $sc, postalCode: $pc, latitude: $lat, longitude: $lon, radiusKm: $r, place: $place) {
    totalCount items { name tierCode city distanceKm services phone } } }`;

describe('public partner locator and badges', () => {
  let t: TestApp;
  let pm: string;
  let schulzAdmin: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp({ publicUrl: 'https://portal.example' });
    [pm, schulzAdmin] = await Promise.all([t.loginAs('partners@thermotec.example'), t.loginAs('admin@schulz.example')]);
    for (const r of await t.sql<{ key: string; id: string }>(
      `SELECT code AS key, id FROM product_line UNION ALL SELECT code, id FROM service_category UNION ALL SELECT code, id FROM tier`,
    )) {
      ids[r.key] = r.id;
    }
  });
  afterAll(() => t.close());

  const names = async (vars: Record<string, unknown>): Promise<string[]> =>
    (await t.gql.ok(FIND, { pl: ids.HEAT_PUMP, ...vars })).findPartners.items.map((p: { name: string }) => p.name);

  it('offers the catalogue to anonymous visitors, as the public locator needs it', async () => {
    const data = await t.gql.ok(`{ productLines { code nameDe } serviceCategories { code nameEn } }`);
    expect(data.productLines.map((p: { code: string }) => p.code)).toEqual(['GAS_CONDENSING', 'HEAT_PUMP', 'SOLAR_THERMAL']);
    expect(data.serviceCategories).toHaveLength(4);
  });

  it('finds partners by postcode coverage, ranked by tier, without login', async () => {
    expect(await names({ pc: '80331' })).toEqual(['Wärmetechnik Schulz GmbH']);
    expect(await names({ pc: '85221' })).toEqual(['Wärmetechnik Schulz GmbH', 'Haustechnik Berger KG']);
    expect(await names({ pc: '86150' })).toEqual(['Haustechnik Berger KG']);
    expect(await names({ pc: '10115' })).toEqual([]);
  });

  it('finds by coordinates within a radius and by place; shows distance and services', async () => {
    expect(await names({ lat: 48.37, lon: 10.89, r: 20 })).toEqual(['Haustechnik Berger KG']);
    const both = (await t.gql.ok(FIND, { pl: ids.HEAT_PUMP, lat: 48.37, lon: 10.89, r: 100 })).findPartners.items;
    expect(both.map((p: { name: string }) => p.name)).toEqual(['Wärmetechnik Schulz GmbH', 'Haustechnik Berger KG']);
    expect(both[0].distanceKm).toBeGreaterThan(40);
    expect(both[0].distanceKm).toBeLessThan(70);
    expect(both[0].services).toEqual(['COMMISSIONING', 'INSTALLATION', 'MAINTENANCE', 'WARRANTY_REPAIR']);
    expect(await names({ place: 'augsburg' })).toEqual(['Haustechnik Berger KG']);
  });

  it('filters by service and leaves out unlisted, unentitled and suspended partners', async () => {
    expect(await names({ pc: '85221', sc: ids.WARRANTY_REPAIR })).toEqual(['Wärmetechnik Schulz GmbH']);
    expect((await t.gql.ok(FIND, { pl: ids.SOLAR_THERMAL, pc: '86150' })).findPartners.totalCount).toBe(0);
    const [{ id }] = await t.sql<{
      id: string;
    }>(`SELECT g.id FROM tier_grant g JOIN product_line pl ON pl.id = g.product_line_id JOIN organisation o ON o.id = g.partner_id
       WHERE pl.code = 'HEAT_PUMP' AND o.name LIKE 'Wärme%' AND g.status = 'ACTIVE'`);
    await t.gql.ok(
      `mutation($g: ID!) { suspendTierGrant(input: { grantId: $g, reason: "Prüfung" }) { status } }`,
      { g: id },
      { token: pm },
    );
    expect(await names({ pc: '85221' })).toEqual(['Haustechnik Berger KG']);
    await t.gql.ok(
      `mutation($g: ID!) { liftTierGrantSuspension(input: { grantId: $g, reason: "Erledigt" }) { status } }`,
      { g: id },
      { token: pm },
    );
  });

  it('agrees with the entitlement check for every listed grant and service category', async () => {
    const E = `query($p: ID!, $pl: ID!, $sc: ID!) { serviceEntitlement(partnerId: $p, productLineId: $pl, serviceCategoryId: $sc) { entitled } }`;
    const partners = await t.sql<{ id: string; name: string; postal: string }>(
      `SELECT o.id, o.name, min(a.postal_prefix) || repeat('0', 5 - length(min(a.postal_prefix))) AS postal FROM organisation o JOIN service_area a ON a.organisation_id = o.id GROUP BY o.id, o.name`,
    );
    let compared = 0;
    for (const p of partners) {
      for (const pl of ['HEAT_PUMP', 'GAS_CONDENSING']) {
        for (const sc of ['INSTALLATION', 'COMMISSIONING', 'MAINTENANCE', 'WARRANTY_REPAIR']) {
          const entitled = (await t.gql.ok(E, { p: p.id, pl: ids[pl], sc: ids[sc] }, { token: pm })).serviceEntitlement.entitled as boolean;
          const found = (await t.gql.ok(FIND, { pl: ids[pl], sc: ids[sc], pc: p.postal })).findPartners.items.some(
            (i: { name: string }) => i.name === p.name,
          );
          expect({ partner: p.name, pl, sc, found }).toEqual({ partner: p.name, pl, sc, found: entitled });
          compared++;
        }
      }
    }
    expect(compared).toBe(16);
  });

  it('refuses bad input clearly', async () => {
    for (const vars of [{ pc: '8033' }, { pc: 'abcde' }, { lat: 200, lon: 10 }, { lat: 48, lon: 11, r: 5000 }, { place: 'x' }]) {
      const err = await t.gql.fails(FIND, { pl: ids.HEAT_PUMP, ...vars });
      expect(err.extensions.code).toBe('BAD_USER_INPUT');
    }
    expect((await t.gql.fails(FIND, { pl: 'not-a-uuid' })).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('exposes nothing private through the public types', async () => {
    const schema = await t.gql.query(`{ __type(name: "LocatorResult") { fields { name } } }`);
    const fields = (schema.data as any).__type.fields.map((f: { name: string }) => f.name).sort();
    expect(fields).toEqual([
      'city',
      'distanceKm',
      'name',
      'openingHours',
      'partnerId',
      'phone',
      'postalCode',
      'services',
      'street',
      'tierCode',
      'tierNameDe',
      'tierNameEn',
      'tierRank',
    ]);
  });

  it('offers an authorisation certificate PDF for an active grant of the own organisation', async () => {
    const grants = (
      await t.gql.ok(`{ tierGrants(filter: { statuses: [ACTIVE] }) { items { id productLine { code } } } }`, {}, { token: schulzAdmin })
    ).tierGrants.items;
    const gas = grants.find((g: { productLine: { code: string } }) => g.productLine.code === 'GAS_CONDENSING');
    const res = await fetch(`${t.url}/grants/${gas.id}/certificate.pdf?lang=en`, { headers: { authorization: `Bearer ${schulzAdmin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const berger = await t.loginAs('admin@berger.example');
    expect((await fetch(`${t.url}/grants/${gas.id}/certificate.pdf`, { headers: { authorization: `Bearer ${berger}` } })).status).toBe(404);
    expect((await fetch(`${t.url}/grants/${gas.id}/certificate.pdf`)).status).toBe(401);
  });

  it('issues badges that follow the live status, and verifies them without revealing unknown codes', async () => {
    const badges = (await t.gql.ok(`{ myBadges { code productLineCode svgUrl verifyUrl snippet } }`, {}, { token: schulzAdmin })).myBadges;
    expect(badges.map((b: { productLineCode: string }) => b.productLineCode)).toEqual(['GAS_CONDENSING', 'HEAT_PUMP']);
    const heat = badges.find((b: { productLineCode: string }) => b.productLineCode === 'HEAT_PUMP');
    expect(heat.code).toMatch(/^b[A-Za-z0-9_-]{43}$/);
    expect(heat.snippet).toContain(heat.verifyUrl);
    const V = `query($c: String!) { verifyBadge(code: $c) { status partnerName tierCode productLineNameEn validUntil badgeAllowed } }`;
    expect((await t.gql.ok(V, { c: heat.code })).verifyBadge).toMatchObject({
      status: 'VALID',
      partnerName: 'Wärmetechnik Schulz GmbH',
      tierCode: 'PREMIUM',
      badgeAllowed: true,
    });
    const svg = await fetch(`${t.url}/badges/${heat.code}.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await svg.text()).toContain('Premium');

    const [{ id }] = await t.sql<{
      id: string;
    }>(`SELECT g.id FROM tier_grant g JOIN product_line pl ON pl.id = g.product_line_id JOIN organisation o ON o.id = g.partner_id
       WHERE pl.code = 'HEAT_PUMP' AND o.name LIKE 'Wärme%' AND g.status = 'ACTIVE'`);
    await t.gql.ok(
      `mutation($g: ID!, $t: ID!) { changeGrantTier(input: { grantId: $g, tierId: $t, reason: "Herabgestuft" }) { id } }`,
      { g: id, t: ids.CERTIFIED },
      { token: pm },
    );
    expect((await t.gql.ok(V, { c: heat.code })).verifyBadge).toMatchObject({ status: 'VALID', tierCode: 'CERTIFIED' });
    await t.gql.ok(
      `mutation($g: ID!, $t: ID!) { changeGrantTier(input: { grantId: $g, tierId: $t, reason: "Weiter herabgestuft" }) { id } }`,
      { g: id, t: ids.REGISTERED },
      { token: pm },
    );
    expect((await t.gql.ok(V, { c: heat.code })).verifyBadge).toMatchObject({
      status: 'VALID',
      tierCode: 'REGISTERED',
      badgeAllowed: false,
    });
    expect(await (await fetch(`${t.url}/badges/${heat.code}.svg`)).text()).toContain('ohne Partnersiegel');
    await t.gql.ok(`mutation($g: ID!) { revokeTierGrant(input: { grantId: $g, reason: "Beendet" }) { id } }`, { g: id }, { token: pm });
    expect((await t.gql.ok(V, { c: heat.code })).verifyBadge).toMatchObject({ status: 'REVOKED', tierCode: null });
    expect(await (await fetch(`${t.url}/badges/${heat.code}.svg`)).text()).toContain('REVOKED');

    const unknown = (await t.gql.ok(V, { c: `b${'x'.repeat(43)}` })).verifyBadge;
    const malformed = (await t.gql.ok(V, { c: "'; DROP TABLE badge; --" })).verifyBadge;
    expect(unknown).toEqual({
      status: 'NOT_FOUND',
      partnerName: null,
      tierCode: null,
      productLineNameEn: null,
      validUntil: null,
      badgeAllowed: false,
    });
    expect(malformed).toEqual(unknown);
    expect((await request(t.url).get(`/badges/b${'x'.repeat(43)}.svg`)).status).toBe(404);
  });
});
