import { startTestApp, type TestApp } from '@portal/testing';

/** Whitespace and null where a value is required: a field error, and nothing stored. */
describe('input hygiene across the portal', () => {
  let t: TestApp;
  let admin: string;
  let schulz: string;
  let berger: string;
  let trainer: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, schulz, berger, trainer] = await Promise.all(
      ['admin@thermotec.example', 'admin@schulz.example', 'admin@berger.example', 'training@thermotec.example'].map((e) => t.loginAs(e)),
    );
  });
  afterAll(() => t.close());

  /** The fields an error names, each once (a null may break several of a field's rules). */
  const fieldsOf = (error: { extensions: Record<string, unknown> }) => [
    ...new Set(((error.extensions.fields as { field: string }[] | undefined) ?? []).map((f) => f.field.split('.').pop())),
  ];

  it('refuses a blank trade register number instead of linking another partner’s subcontractor', async () => {
    const REGISTER = `mutation($i: RegisterSubcontractorInput!) { registerSubcontractor(input: $i) { id subcontractorId } }`;
    const before = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM organisation`);
    for (const [token, name] of [
      [schulz, 'Leer GmbH'],
      [berger, 'Andere GmbH'],
    ]) {
      const error = await t.gql.fails(REGISTER, { i: { name, tradeRegisterNumber: '     ' } }, { token });
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(error)).toContain('tradeRegisterNumber');
    }
    expect(await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM organisation`)).toEqual(before);
  });

  it('refuses whitespace-only reasons', async () => {
    const [org] = await t.sql<{ id: string; status: string }>(`SELECT id, status FROM organisation WHERE name = 'Haustechnik Berger KG'`);
    const status = await t.gql.fails(
      `mutation($id: ID!) { setOrganisationStatus(id: $id, status: SUSPENDED, reason: "     ") { status } }`,
      { id: org.id },
      { token: admin },
    );
    expect(status.extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(status)).toEqual(['reason']);
    expect((await t.sql<{ status: string }>(`SELECT status FROM organisation WHERE id = $1`, [org.id]))[0].status).toBe(org.status);

    const [session] = await t.sql<{ id: string }>(`SELECT id FROM training_session WHERE status = 'SCHEDULED' LIMIT 1`);
    const cancel = await t.gql.fails(
      `mutation($id: ID!) { cancelTrainingSession(id: $id, reason: "   ") { status } }`,
      { id: session.id },
      { token: trainer },
    );
    expect(fieldsOf(cancel)).toEqual(['reason']);
  });

  it('refuses null for profile and organisation fields that may be left out, with the field named', async () => {
    const profile = await t.gql.fails(`mutation { updateMyProfile(input: { displayName: null }) { displayName } }`, {}, { token: schulz });
    expect(profile.extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(profile)).toEqual(['displayName']);
    expect(profile.message).toContain('displayName may be left out but not set to null');

    const [org] = await t.sql<{ id: string; name: string; city: string }>(
      `SELECT id, name, city FROM organisation WHERE name LIKE 'Wärmetechnik%'`,
    );
    for (const input of [{ name: null }, { city: null }, { legalName: null }, { name: '   ' }]) {
      const error = await t.gql.fails(
        `mutation($id: ID!, $i: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $i) { name } }`,
        { id: org.id, i: input },
        { token: admin },
      );
      expect([input, error.extensions.code, fieldsOf(error)]).toEqual([input, 'BAD_USER_INPUT', Object.keys(input)]);
    }
    expect(await t.sql(`SELECT id, name, city FROM organisation WHERE id = $1`, [org.id])).toEqual([org]);
    // Leaving a field out still changes nothing about it.
    const kept = await t.gql.ok(
      `mutation($id: ID!) { updateOrganisation(id: $id, input: { city: "  Stuttgart  " }) { name city } }`,
      { id: org.id },
      { token: admin },
    );
    expect(kept.updateOrganisation).toEqual({ name: org.name, city: 'Stuttgart' });
  });

  it('refuses one coordinate without the other in the public locator', async () => {
    const [pl] = await t.sql<{ id: string }>(`SELECT id FROM product_line WHERE code = 'HEAT_PUMP'`);
    const error = await t.gql.fails(`query($pl: ID!) { findPartners(productLineId: $pl, latitude: 48.4) { totalCount } }`, { pl: pl.id });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(error)).toEqual(['longitude']);
  });

  it('takes real course codes as tier requirements and refuses unknown ones', async () => {
    const [tier] = await t.sql<Record<string, unknown>>(
      `SELECT id, code, rank, name_de AS "nameDe", name_en AS "nameEn", knowledge_level AS "knowledgeLevel", may_delegate AS "mayDelegate",
              listed_in_locator AS "listedInLocator", may_show_badge AS "mayShowBadge",
              required_certified_technicians AS "requiredCertifiedTechnicians", requires_annual_training AS "requiresAnnualTraining"
         FROM tier WHERE code = 'REGISTERED'`,
    );
    const { id, ...fields } = tier;
    const UPDATE = `mutation($id: ID!, $input: TierInput!) { updateTier(id: $id, input: $input) { requirements { courseCodes } } }`;
    const input = (codes: string[]) => ({ ...fields, entitlements: [], requiredCourseCodes: codes });
    const unknown = await t.gql.fails(UPDATE, { id, input: input(['GAS-SERVICE', 'NO_SUCH_COURSE']) }, { token: admin });
    expect([unknown.extensions.code, unknown.extensions.reason]).toEqual(['BAD_USER_INPUT', 'UNKNOWN_COURSE']);
    expect(unknown.message).toContain('NO_SUCH_COURSE');
    const updated = await t.gql.ok(UPDATE, { id, input: input(['GAS-SERVICE']) }, { token: admin });
    expect(updated.updateTier.requirements.courseCodes).toEqual(['GAS-SERVICE']);
  });
});
