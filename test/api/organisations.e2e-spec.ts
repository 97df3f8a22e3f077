import { startTestApp, type TestApp } from '@portal/testing';

const LIST = `query($filter: OrganisationFilterInput, $sort: OrganisationSortInput, $page: PageInput) {
  organisations(filter: $filter, sort: $sort, page: $page) { totalCount offset hasMore items { name kind status city } } }`;

describe('organisations', () => {
  let t: TestApp;
  let pm: string;
  beforeAll(async () => {
    t = await startTestApp();
    pm = await t.loginAs('partners@thermotec.example');
  });
  afterAll(() => t.close());

  it('filters by kind, status and text; sorts; pages', async () => {
    const partners = await t.gql.ok(LIST, { filter: { kind: 'PARTNER' } }, { token: pm });
    expect(partners.organisations.items.map((o: { name: string }) => o.name)).toEqual([
      'Haustechnik Berger KG',
      'Wärmetechnik Schulz GmbH',
    ]);
    const munich = await t.gql.ok(LIST, { filter: { search: 'münch' } }, { token: pm });
    expect(munich.organisations.items.map((o: { name: string }) => o.name).sort()).toEqual([
      'Montageservice Kaya',
      'Wärmetechnik Schulz GmbH',
    ]);
    const byCityDesc = await t.gql.ok(LIST, { sort: { field: 'CITY', direction: 'DESC' } }, { token: pm });
    expect(byCityDesc.organisations.items.map((o: { city: string }) => o.city)).toEqual(['Stuttgart', 'München', 'München', 'Augsburg']);
    const page = await t.gql.ok(LIST, { page: { offset: 1, limit: 2 } }, { token: pm });
    expect(page.organisations).toMatchObject({ totalCount: 4, offset: 1, hasMore: true });
    expect(page.organisations.items).toHaveLength(2);
    const none = await t.gql.ok(LIST, { filter: { search: '100%_' } }, { token: pm });
    expect(none.organisations).toMatchObject({ totalCount: 0, items: [], hasMore: false });
    const badSort = await t.gql.fails(LIST, { sort: { field: 'name; DROP TABLE organisation' } }, { token: pm });
    expect(badSort.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('updates master data and walks the status lifecycle', async () => {
    const [{ id }] = await t.sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Haustechnik Berger KG'`);
    const upd = await t.gql.ok(
      `mutation($id: ID!) { updateOrganisation(id: $id, input: { street: "Neue Straße 1", postalCode: "86150" }) { street postalCode city } }`,
      { id },
      { token: pm },
    );
    expect(upd.updateOrganisation).toEqual({ street: 'Neue Straße 1', postalCode: '86150', city: 'Augsburg' });
    const taken = await t.gql.fails(
      `mutation($id: ID!) { updateOrganisation(id: $id, input: { name: "WÄRMETECHNIK SCHULZ GMBH" }) { name } }`,
      { id },
      { token: pm },
    );
    expect(taken.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORGANISATION_NAME_TAKEN' });

    const set = (status: string): Promise<unknown> =>
      t.gql.query(
        `mutation($id: ID!, $s: OrganisationStatus!) { setOrganisationStatus(id: $id, status: $s, reason: "Test") { status } }`,
        { id, s: status },
        { token: pm },
      );
    expect(await set('SUSPENDED')).toMatchObject({ data: { setOrganisationStatus: { status: 'SUSPENDED' } } });
    expect(await set('ACTIVE')).toMatchObject({ data: { setOrganisationStatus: { status: 'ACTIVE' } } });
    expect(await set('ENDED')).toMatchObject({ data: { setOrganisationStatus: { status: 'ENDED' } } });
    expect(await set('ACTIVE')).toMatchObject({ errors: [{ extensions: { code: 'CONFLICT', reason: 'INVALID_STATUS_TRANSITION' } }] });

    // Users of an ended partnership can no longer log in.
    const err = await t.gql.fails(`mutation { login(input: { email: "admin@berger.example", password: "demo1234" }) { token } }`);
    expect(err.extensions.code).toBe('UNAUTHENTICATED');
    const history = await t.sql(
      `SELECT after->>'status' AS status FROM audit_event WHERE entity_id = $1 AND action = 'organisation.set_status' ORDER BY id`,
      [id],
    );
    expect(history.map((h) => h.status)).toEqual(['SUSPENDED', 'ACTIVE', 'ENDED']);
  });

  it('keeps the manufacturer status fixed', async () => {
    const admin = await t.loginAs('admin@thermotec.example');
    const [{ id }] = await t.sql<{ id: string }>(`SELECT id FROM organisation WHERE kind = 'MANUFACTURER'`);
    const err = await t.gql.fails(
      `mutation($id: ID!) { setOrganisationStatus(id: $id, status: SUSPENDED, reason: "Test") { status } }`,
      { id },
      { token: admin },
    );
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MANUFACTURER_STATUS_FIXED' });
  });
});
