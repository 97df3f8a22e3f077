import request from 'supertest';
import { startTestApp, type TestApp } from '@portal/testing';

const hour = 3600_000;

describe('training needs, priority booking and calendars', () => {
  let t: TestApp;
  let trainer: string;
  let schulzAdmin: string;
  let bergerAdmin: string;
  let technician: string;
  let basicId: string;

  beforeAll(async () => {
    t = await startTestApp({ publicUrl: 'https://portal.example' });
    [trainer, schulzAdmin, bergerAdmin, technician] = await Promise.all(
      ['training@thermotec.example', 'admin@schulz.example', 'admin@berger.example', 'technik@schulz.example'].map((e) => t.loginAs(e)),
    );
    [{ id: basicId }] = await t.sql<{ id: string }>(`SELECT id FROM course WHERE code = 'BASIC'`);
  });
  afterAll(() => t.close());

  const NEED = `mutation($input: TrainingNeedInput!) { stateTrainingNeed(input: $input) { id status organisationName courseCode people } }`;

  it('sums up needs, plans a session from them, and lets those partners book first', async () => {
    const a = await t.gql.ok(
      NEED,
      { input: { courseId: basicId, people: 3, preferredFrom: '2027-03-01', preferredTo: '2027-03-31', region: '80' } },
      { token: schulzAdmin },
    );
    expect(a.stateTrainingNeed).toMatchObject({
      status: 'OPEN',
      organisationName: 'Wärmetechnik Schulz GmbH',
      courseCode: 'BASIC',
      people: 3,
    });
    await t.gql.ok(
      NEED,
      { input: { topic: 'Kältemittel R290 sicher handhaben', people: 2, preferredFrom: '2027-04-01', preferredTo: '2027-05-31' } },
      { token: bergerAdmin },
    );
    const missing = await t.gql.fails(
      NEED,
      { input: { people: 2, preferredFrom: '2027-04-01', preferredTo: '2027-05-31' } },
      { token: bergerAdmin },
    );
    expect(missing.extensions.reason).toBe('COURSE_OR_TOPIC');
    expect(
      (
        await t.gql.fails(
          NEED,
          { input: { topic: 'Etwas', people: 2, preferredFrom: '2027-04-01', preferredTo: '2027-05-31' } },
          { token: technician },
        )
      ).extensions.code,
    ).toBe('FORBIDDEN');

    const summary = await t.gql.ok(
      `{ trainingNeedSummary { courseCode topic region month people partners needIds } }`,
      {},
      { token: trainer },
    );
    const basic = summary.trainingNeedSummary.find((g: { courseCode: string | null }) => g.courseCode === 'BASIC');
    expect(basic).toMatchObject({ region: '80', month: '2027-03', people: 3, partners: 1 });
    const own = await t.gql.ok(`{ trainingNeeds { organisationName } }`, {}, { token: bergerAdmin });
    expect(own.trainingNeeds.map((n: { organisationName: string }) => n.organisationName)).toEqual(['Haustechnik Berger KG']);

    const startsAt = new Date(Date.now() + 30 * 24 * hour).toISOString();
    const endsAt = new Date(Date.now() + 30 * 24 * hour + 8 * hour).toISOString();
    const planned = await t.gql.ok(
      `mutation($ids: [ID!]!, $s: SessionInput!) { planSessionFromNeeds(needIds: $ids, session: $s, priorityDays: 5) { id courseCode capacity } }`,
      { ids: basic.needIds, s: { courseId: basicId, startsAt, endsAt, venue: 'München', region: '80', capacity: 8 } },
      { token: trainer },
    );
    const sessionId = planned.planSessionFromNeeds.id;
    const again = await t.gql.fails(
      `mutation($ids: [ID!]!, $s: SessionInput!) { planSessionFromNeeds(needIds: $ids, session: $s) { id } }`,
      { ids: basic.needIds, s: { courseId: basicId, startsAt, endsAt, capacity: 8 } },
      { token: trainer },
    );
    expect(again.extensions.reason).toBe('NEED_NOT_OPEN');

    const BOOK = `mutation($s: ID!) { bookSeat(input: { sessionId: $s }) { id status } }`;
    expect((await t.gql.fails(BOOK, { s: sessionId }, { token: bergerAdmin })).extensions.reason).toBe('PRIORITY_BOOKING_ONLY');
    const booked = await t.gql.ok(BOOK, { s: sessionId }, { token: technician });
    expect(booked.bookSeat.status).toBe('CONFIRMED');
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'SESSION_PLANNED_FROM_NEED' AND params->>'sessionId' = $1`,
      [sessionId],
    );
    expect(n).toBe(1);

    // The .ics of the booking, for its participant (bearer) and nobody from another partner.
    const ics = await request(t.url).get(`/calendar/bookings/${booked.bookSeat.id}.ics`).set('authorization', `Bearer ${technician}`);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    expect(ics.text).toMatch(/BEGIN:VEVENT[\s\S]*SUMMARY:Wärmepumpe Grundlagen[\s\S]*END:VEVENT/);
    expect(
      (await request(t.url).get(`/calendar/bookings/${booked.bookSeat.id}.ics`).set('authorization', `Bearer ${bergerAdmin}`)).status,
    ).toBe(404);
    expect((await request(t.url).get(`/calendar/bookings/${booked.bookSeat.id}.ics`)).status).toBe(401);

    // The private feed: works with its token, stops when replaced or revoked; the owner sees whether one exists.
    const FEED_STATUS = `{ calendarFeedCreatedAt }`;
    expect((await t.gql.ok(FEED_STATUS, {}, { token: technician })).calendarFeedCreatedAt).toBeNull();
    const feed = (await t.gql.ok(`mutation { createCalendarFeed }`, {}, { token: technician })).createCalendarFeed as string;
    expect(feed).toMatch(/^https:\/\/portal\.example\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(feed).pathname;
    const body = await request(t.url).get(path);
    expect(body.status).toBe(200);
    expect(body.text).toContain(`booking-${booked.bookSeat.id}@partner-portal`);
    const replaced = new URL((await t.gql.ok(`mutation { createCalendarFeed }`, {}, { token: technician })).createCalendarFeed as string)
      .pathname;
    expect((await request(t.url).get(path)).status).toBe(404);
    expect((await request(t.url).get(replaced)).status).toBe(200);
    const createdAt = (await t.gql.ok<{ calendarFeedCreatedAt: string }>(FEED_STATUS, {}, { token: technician })).calendarFeedCreatedAt;
    expect(Math.abs(Date.parse(createdAt) - Date.now())).toBeLessThan(60_000);
    await t.gql.ok(`mutation { revokeCalendarFeed }`, {}, { token: technician });
    expect((await t.gql.ok(FEED_STATUS, {}, { token: technician })).calendarFeedCreatedAt).toBeNull();
    expect((await request(t.url).get(replaced)).status).toBe(404);
    expect((await request(t.url).get('/calendar/feed/not-a-token.ics')).status).toBe(404);
  });

  it('lets a partner admin withdraw an open need of the own organisation, once', async () => {
    const CLOSE = `mutation($id: ID!) { closeTrainingNeed(id: $id) { id status } }`;
    const stated = await t.gql.ok(
      NEED,
      { input: { topic: 'Hydraulischer Abgleich', people: 4, preferredFrom: '2027-06-01', preferredTo: '2027-06-30', region: '90' } },
      { token: schulzAdmin },
    );
    const id = stated.stateTrainingNeed.id as string;
    const status = async () => (await t.sql<{ status: string }>(`SELECT status FROM training_need WHERE id = $1`, [id]))[0].status;
    const inSummary = async () =>
      (await t.gql.ok(`{ trainingNeedSummary { needIds } }`, {}, { token: trainer })).trainingNeedSummary.some((g: { needIds: string[] }) =>
        g.needIds.includes(id),
      );
    expect(await inSummary()).toBe(true);

    expect((await t.gql.fails(CLOSE, { id }, { token: bergerAdmin })).extensions.code).toBe('NOT_FOUND');
    expect((await t.gql.fails(CLOSE, { id }, { token: technician })).extensions.code).toBe('FORBIDDEN');
    expect((await t.gql.fails(CLOSE, { id }, { token: trainer })).extensions.code).toBe('FORBIDDEN');
    expect(await status()).toBe('OPEN');

    expect((await t.gql.ok(CLOSE, { id }, { token: schulzAdmin })).closeTrainingNeed).toEqual({ id, status: 'CLOSED' });
    expect(await inSummary()).toBe(false);
    const again = await t.gql.fails(CLOSE, { id }, { token: schulzAdmin });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NEED_NOT_OPEN' });
    expect(await status()).toBe('CLOSED');
    const [audit] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'training_need.close' AND entity_id = $1`,
      [id],
    );
    expect(audit.n).toBe(1);
  });
});
