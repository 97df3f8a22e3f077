import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '@portal/testing';

const BOOK = `mutation($input: BookSeatInput!) { bookSeat(input: $input) { id status waitlistPosition participantName } }`;
const hour = 3600_000;

describe('trainings: seats, waiting list, attendance, certificates', () => {
  let t: TestApp;
  let trainer: string;
  let schulzAdmin: string;
  let technician: string;
  let bergerAdmin: string;
  let courseId: string;
  let schulzId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [trainer, schulzAdmin, technician, bergerAdmin] = await Promise.all(
      ['training@thermotec.example', 'admin@schulz.example', 'technik@schulz.example', 'admin@berger.example'].map((e) => t.loginAs(e)),
    );
    const course = await t.gql.ok(
      `mutation { createCourse(input: { code: "WP-BASIC", titleDe: "Wärmepumpe Grundlagen", titleEn: "Heat pump basics", format: CLASSROOM,
         durationMinutes: 480, certificateValidityMonths: 24 }) { id code format } }`,
      {},
      { token: trainer },
    );
    courseId = course.createCourse.id;
    [{ id: schulzId }] = await t.sql<{ id: string }>(`SELECT id FROM organisation WHERE name LIKE 'Wärmetechnik%'`);
  });
  afterAll(() => t.close());

  const newSession = async (capacity: number, extra: Record<string, unknown> = {}): Promise<string> => {
    const startsAt = new Date(Date.now() + 14 * 24 * hour).toISOString();
    const endsAt = new Date(Date.now() + 14 * 24 * hour + 8 * hour).toISOString();
    const res = await t.gql.ok(
      `mutation($input: SessionInput!) { createTrainingSession(input: $input) { id seatsLeft capacity status } }`,
      { input: { courseId, startsAt, endsAt, venue: 'Schulungszentrum Stuttgart', region: '70', capacity, ...extra } },
      { token: trainer },
    );
    return res.createTrainingSession.id;
  };

  /** Technicians with ready-made sessions, so a race does not wait for hundreds of password checks. */
  const technicians = async (n: number, tag: string): Promise<{ id: string; token: string }[]> => {
    const people: { id: string; token: string }[] = [];
    for (let i = 0; i < n; i++) {
      const [{ id }] = await t.sql<{ id: string }>(
        `INSERT INTO app_user (organisation_id, email, display_name, locale, password_hash, status) VALUES ($1, $2, $3, 'de', 'x', 'ACTIVE') RETURNING id`,
        [schulzId, `tech-${tag}-${i}@schulz.example`, `Techniker ${tag} ${i}`],
      );
      await t.sql(`INSERT INTO user_role (user_id, role) VALUES ($1, 'TECHNICIAN')`, [id]);
      const token = randomBytes(32).toString('base64url');
      await t.sql(`INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
        id,
        createHash('sha256').update(token).digest(),
      ]);
      people.push({ id, token });
    }
    return people;
  };

  it('never oversells: 200 parallel bookings on 20 seats → 20 confirmed, 180 waiting in order; 5 cancellations promote the first 5', async () => {
    const crowd = await technicians(200, 'race');
    for (let round = 0; round < 3; round++) {
      const sessionId = await newSession(20);
      const results = await Promise.all(crowd.map((p) => t.gql.query(BOOK, { input: { sessionId } }, { token: p.token })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      const statuses = results.map((r) => (r.data as any).bookSeat.status as string);
      expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(20);
      expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(180);
      const [counter] = await t.sql<{ seats_taken: number; confirmed: number }>(
        `SELECT seats_taken, (SELECT count(*)::int FROM booking WHERE session_id = $1 AND status = 'CONFIRMED') AS confirmed FROM training_session WHERE id = $1`,
        [sessionId],
      );
      expect(counter).toEqual({ seats_taken: 20, confirmed: 20 });
      const waiting = await t.sql<{ id: string; participant_id: string }>(
        `SELECT id::text, participant_id FROM booking WHERE session_id = $1 AND status = 'WAITLISTED' ORDER BY booking.id`,
        [sessionId],
      );
      // The waiting list is arrival order: positions 1..180 follow the booking ids without gaps.
      const page = (offset: number): Promise<any> =>
        t.gql.ok(
          `query($s: ID!, $o: Int!) { bookings(sessionId: $s, page: { limit: 100, offset: $o }) { items { id status waitlistPosition } } }`,
          { s: sessionId, o: offset },
          { token: schulzAdmin },
        );
      const all = [...(await page(0)).bookings.items, ...(await page(100)).bookings.items];
      const listed = all.filter((b: { status: string }) => b.status === 'WAITLISTED');
      expect(listed.map((b: { waitlistPosition: number }) => b.waitlistPosition)).toEqual(listed.map((_: unknown, i: number) => i + 1));
      expect(listed.map((b: { id: string }) => b.id)).toEqual(waiting.map((w) => w.id));

      const confirmed = await t.sql<{ id: string; participant_id: string }>(
        `SELECT id::text, participant_id FROM booking WHERE session_id = $1 AND status = 'CONFIRMED' LIMIT 5`,
        [sessionId],
      );
      for (const b of confirmed) {
        const token = crowd.find((p) => p.id === b.participant_id)!.token;
        expect(
          (await t.gql.ok(`mutation($id: ID!) { cancelBooking(id: $id) { status } }`, { id: b.id }, { token })).cancelBooking.status,
        ).toBe('CANCELLED');
      }
      const promoted = await t.sql<{ id: string }>(
        `SELECT id::text FROM booking WHERE session_id = $1 AND status = 'CONFIRMED' AND id = ANY($2::bigint[])`,
        [sessionId, waiting.slice(0, 5).map((w) => w.id)],
      );
      expect(promoted).toHaveLength(5);
      const [after] = await t.sql<{ seats_taken: number; waiting: number }>(
        `SELECT seats_taken, (SELECT count(*)::int FROM booking WHERE session_id = $1 AND status = 'WAITLISTED') AS waiting FROM training_session WHERE id = $1`,
        [sessionId],
      );
      expect(after).toEqual({ seats_taken: 20, waiting: 175 });
      const [{ n }] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM notification WHERE kind = 'BOOKING_PROMOTED' AND params->>'sessionId' = $1`,
        [sessionId],
      );
      expect(n).toBe(5);
    }
  });

  it('books once for a retried request with the same idempotency key', async () => {
    const sessionId = await newSession(5);
    const key = `retry-${randomBytes(6).toString('hex')}`;
    const attempts = await Promise.all(
      Array.from({ length: 4 }, () => t.gql.ok(BOOK, { input: { sessionId, idempotencyKey: key } }, { token: technician })),
    );
    expect(new Set(attempts.map((a) => a.bookSeat.id)).size).toBe(1);
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM booking WHERE session_id = $1`, [sessionId]);
    expect(n).toBe(1);
    const other = await newSession(5);
    expect((await t.gql.fails(BOOK, { input: { sessionId: other, idempotencyKey: key } }, { token: technician })).extensions.reason).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
  });

  it('refuses an idempotency key used again for another participant', async () => {
    const sessionId = await newSession(5);
    const [first, second] = await technicians(2, `idem-${randomBytes(3).toString('hex')}`);
    const key = `team-${randomBytes(6).toString('hex')}`;
    await t.gql.ok(BOOK, { input: { sessionId, participantId: first.id, idempotencyKey: key } }, { token: schulzAdmin });
    const reused = await t.gql.fails(BOOK, { input: { sessionId, participantId: second.id, idempotencyKey: key } }, { token: schulzAdmin });
    expect(reused.extensions.reason).toBe('IDEMPOTENCY_KEY_REUSED');
    const booked = await t.sql<{ participant_id: string }>(`SELECT participant_id FROM booking WHERE session_id = $1`, [sessionId]);
    expect(booked.map((b) => b.participant_id)).toEqual([first.id]);
  });

  it('leaves no live booking on a session cancelled while people book it', async () => {
    for (let round = 0; round < 4; round++) {
      const sessionId = await newSession(1);
      const people = await technicians(4, `cancel-race-${round}-${randomBytes(3).toString('hex')}`);
      const outcomes = await Promise.all([
        ...people.map((p) => t.gql.query(BOOK, { input: { sessionId } }, { token: p.token })),
        t.gql.query(
          `mutation($id: ID!) { cancelTrainingSession(id: $id, reason: "Trainer krank") { status } }`,
          { id: sessionId },
          { token: trainer },
        ),
      ]);
      expect(outcomes.at(-1)?.errors).toBeUndefined();
      for (const outcome of outcomes.slice(0, -1)) {
        if (outcome.errors) expect(outcome.errors[0].extensions?.reason).toBe('SESSION_CANCELLED');
      }
      const live = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM booking WHERE session_id = $1 AND status IN ('CONFIRMED', 'WAITLISTED')`,
        [sessionId],
      );
      expect([round, live[0].n]).toEqual([round, 0]);
    }
  });

  it('refuses each impossible booking with its reason and changes nothing', async () => {
    const sessionId = await newSession(3);
    const [{ id: techId }] = await t.sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'technik@schulz.example'`);
    const [{ id: bergerAdminId }] = await t.sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'admin@berger.example'`);
    await t.gql.ok(BOOK, { input: { sessionId, participantId: techId } }, { token: schulzAdmin });
    const count = async (): Promise<unknown> =>
      t.sql(
        `SELECT count(*)::int AS n, (SELECT seats_taken FROM training_session WHERE id = $1) AS seats FROM booking WHERE session_id = $1`,
        [sessionId],
      );
    const before = await count();
    expect((await t.gql.fails(BOOK, { input: { sessionId } }, { token: technician })).extensions.reason).toBe('ALREADY_BOOKED');
    expect((await t.gql.fails(BOOK, { input: { sessionId, participantId: bergerAdminId } }, { token: schulzAdmin })).extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await t.gql.fails(BOOK, { input: { sessionId, participantId: bergerAdminId } }, { token: technician })).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql.fails(BOOK, { input: { sessionId } }, { token: trainer })).extensions.code).toBe('FORBIDDEN');
    expect(await count()).toEqual(before);

    await t.sql(`UPDATE training_session SET booking_deadline = now() - interval '1 minute' WHERE id = $1`, [sessionId]);
    expect((await t.gql.fails(BOOK, { input: { sessionId } }, { token: bergerAdmin })).extensions.reason).toBe('BOOKING_CLOSED');
    await t.gql.ok(
      `mutation($id: ID!) { cancelTrainingSession(id: $id, reason: "Trainer krank") { status seatsLeft } }`,
      { id: sessionId },
      { token: trainer },
    );
    expect((await t.gql.fails(BOOK, { input: { sessionId } }, { token: bergerAdmin })).extensions.reason).toBe('SESSION_CANCELLED');
    const [{ status }] = await t.sql<{ status: string }>(`SELECT status FROM booking WHERE session_id = $1`, [sessionId]);
    expect(status).toBe('CANCELLED');
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'SESSION_CANCELLED' AND params->>'sessionId' = $1`,
      [sessionId],
    );
    expect(n).toBe(1);
  });

  it('keeps a late cancellation booked, and moves the waiting list up when capacity grows', async () => {
    const sessionId = await newSession(1);
    const first = await t.gql.ok(BOOK, { input: { sessionId } }, { token: technician });
    const second = await t.gql.ok(BOOK, { input: { sessionId } }, { token: bergerAdmin });
    expect(second.bookSeat).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    await t.sql(`UPDATE training_session SET cancellation_deadline = now() - interval '1 minute' WHERE id = $1`, [sessionId]);
    const late = await t.gql.ok(
      `mutation($id: ID!) { cancelBooking(id: $id) { status } }`,
      { id: first.bookSeat.id },
      { token: technician },
    );
    expect(late.cancelBooking.status).toBe('LATE_CANCELLED');
    const [s] = await t.sql<{ starts_at: Date; ends_at: Date }>(`SELECT starts_at, ends_at FROM training_session WHERE id = $1`, [
      sessionId,
    ]);
    const grown = await t.gql.ok(
      `mutation($id: ID!, $input: SessionInput!) { updateTrainingSession(id: $id, input: $input) { capacity seatsLeft waitlistLength } }`,
      {
        id: sessionId,
        input: {
          courseId,
          startsAt: s.starts_at,
          endsAt: s.ends_at,
          venue: 'Schulungszentrum Stuttgart',
          region: '70',
          capacity: 2,
          cancellationDeadline: new Date(Date.now() + hour).toISOString(),
        },
      },
      { token: trainer },
    );
    expect(grown.updateTrainingSession).toEqual({ capacity: 2, seatsLeft: 0, waitlistLength: 0 });
    const smaller = await t.gql.fails(
      `mutation($id: ID!, $input: SessionInput!) { updateTrainingSession(id: $id, input: $input) { capacity } }`,
      { id: sessionId, input: { courseId, startsAt: s.starts_at, endsAt: s.ends_at, capacity: 1 } },
      { token: trainer },
    );
    expect(smaller.extensions.reason).toBe('CAPACITY_BELOW_BOOKED');
  });

  it('takes attendance, issues a verifiable certificate, and keeps partners apart', async () => {
    const sessionId = await newSession(5);
    const booked = await t.gql.ok(BOOK, { input: { sessionId } }, { token: technician });
    const early = await t.gql.fails(
      `mutation($id: ID!) { markAttendance(input: { bookingId: $id, attended: true }) { status } }`,
      { id: booked.bookSeat.id },
      { token: trainer },
    );
    expect(early.extensions.reason).toBe('SESSION_NOT_STARTED');
    await t.sql(
      `UPDATE training_session SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour', booking_deadline = now() - interval '3 hours',
              cancellation_deadline = now() - interval '3 hours' WHERE id = $1`,
      [sessionId],
    );
    const attended = await t.gql.ok(
      `mutation($id: ID!) { markAttendance(input: { bookingId: $id, attended: true }) { status } }`,
      { id: booked.bookSeat.id },
      { token: trainer },
    );
    expect(attended.markAttendance.status).toBe('ATTENDED');
    const mine = await t.gql.ok(`{ certificates { code holderName courseCode validUntil } }`, {}, { token: technician });
    const cert = mine.certificates.find((c: { courseCode: string }) => c.courseCode === 'WP-BASIC');
    expect(cert.code).toMatch(/^TT(-[A-Z2-9]{5}){3}$/);
    const V = `query($c: String!) { verifyCertificate(code: $c) { validity holderName organisationName courseTitleEn validUntil } }`;
    expect((await t.gql.ok(V, { c: cert.code.toLowerCase() })).verifyCertificate).toMatchObject({
      validity: 'VALID',
      holderName: 'Tobias Techniker',
      courseTitleEn: 'Heat pump basics',
    });
    const unknown = (await t.gql.ok(V, { c: 'TT-AAAAA-BBBBB-CCCCC' })).verifyCertificate;
    const malformed = (await t.gql.ok(V, { c: "x' OR 1=1" })).verifyCertificate;
    expect(unknown).toEqual({ validity: 'UNKNOWN', holderName: null, organisationName: null, courseTitleEn: null, validUntil: null });
    expect(malformed).toEqual(unknown);

    expect((await t.gql.ok(`{ certificates { code } }`, {}, { token: bergerAdmin })).certificates).toEqual([]);
    const bergerBookings = await t.gql.ok(`{ bookings { items { participantName organisationName } } }`, {}, { token: bergerAdmin });
    expect(bergerBookings.bookings.items.every((b: { organisationName: string }) => b.organisationName === 'Haustechnik Berger KG')).toBe(
      true,
    );
    const techBookings = await t.gql.ok(`{ bookings(page: { limit: 100 }) { items { participantName } } }`, {}, { token: technician });
    expect(new Set(techBookings.bookings.items.map((b: { participantName: string }) => b.participantName))).toEqual(
      new Set(['Tobias Techniker']),
    );
    expect(
      (await t.gql.fails(`mutation($id: ID!) { cancelBooking(id: $id) { status } }`, { id: booked.bookSeat.id }, { token: bergerAdmin }))
        .extensions.code,
    ).toBe('NOT_FOUND');

    const [{ id: certId }] = await t.sql<{ id: string }>(`SELECT id FROM certificate WHERE code = $1`, [cert.code]);
    const pdf = async (token: string, lang = 'de'): Promise<request.Response> =>
      request(t.url)
        .get(`/certificates/${certId}.pdf?lang=${lang}`)
        .set('authorization', `Bearer ${token}`)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
    const de = await pdf(technician);
    expect(de.status).toBe(200);
    expect(de.headers['content-type']).toBe('application/pdf');
    expect((de.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const en = await pdf(schulzAdmin, 'en');
    expect(en.status).toBe(200);
    expect(Buffer.compare(de.body as Buffer, en.body as Buffer)).not.toBe(0);
    expect((await pdf(bergerAdmin)).status).toBe(404);

    await t.sql(`UPDATE certificate SET valid_until = current_date - 1, issued_on = current_date - 800 WHERE code = $1`, [cert.code]);
    expect((await t.gql.ok(V, { c: cert.code })).verifyCertificate.validity).toBe('EXPIRED');
  });

  it('lists upcoming sessions with seats left, filtered', async () => {
    const list = await t.gql.ok(
      `{ trainingSessions(filter: { region: "70" }, page: { limit: 100 }) { totalCount items { courseCode seatsLeft seatsTaken capacity status } } }`,
      {},
      { token: technician },
    );
    expect(list.trainingSessions.totalCount).toBeGreaterThan(0);
    for (const s of list.trainingSessions.items) expect(s.seatsLeft).toBe(s.capacity - s.seatsTaken);
    expect(list.trainingSessions.items.every((s: { status: string }) => s.status === 'SCHEDULED')).toBe(true);
  });
});
