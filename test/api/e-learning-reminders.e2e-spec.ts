import { startTestApp, type TestApp } from '@portal/testing';

describe('e-learning enrolments and reminders', () => {
  let t: TestApp;
  let trainer: string;
  let technician: string;
  const course: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ jobIntervalSeconds: 1 });
    [trainer, technician] = await Promise.all(['training@thermotec.example', 'technik@schulz.example'].map((e) => t.loginAs(e)));
    for (const c of await t.sql<{ code: string; id: string }>(`SELECT code, id FROM course`)) course[c.code] = c.id;
  });
  afterAll(() => t.close());

  const waitFor = async (sql: string, params: unknown[], expected: number): Promise<number> => {
    let n = -1;
    for (let i = 0; i < 50 && n !== expected; i++) {
      [{ n }] = await t.sql<{ n: number }>(sql, params);
      if (n !== expected) await new Promise((r) => setTimeout(r, 100));
    }
    return n;
  };

  it('enrols in e-learning, completes it, and issues the certificate once', async () => {
    const ENROL = `mutation($c: ID!) { enrolInCourse(courseId: $c) { id status courseCode participantName } }`;
    const enrolled = await t.gql.ok(ENROL, { c: course['BASIC-EL'] }, { token: technician });
    expect(enrolled.enrolInCourse).toMatchObject({ status: 'ENROLLED', courseCode: 'BASIC-EL', participantName: 'Tobias Techniker' });
    expect((await t.gql.fails(ENROL, { c: course['BASIC-EL'] }, { token: technician })).extensions.reason).toBe('ALREADY_ENROLLED');
    expect((await t.gql.fails(ENROL, { c: course.BASIC }, { token: technician })).extensions.reason).toBe('NOT_E_LEARNING');
    const COMPLETE = `mutation($id: ID!) { completeEnrolment(id: $id) { status completedAt } }`;
    expect((await t.gql.fails(COMPLETE, { id: enrolled.enrolInCourse.id }, { token: technician })).extensions.code).toBe('FORBIDDEN');
    expect((await t.gql.ok(COMPLETE, { id: enrolled.enrolInCourse.id }, { token: trainer })).completeEnrolment.status).toBe('COMPLETED');
    expect((await t.gql.fails(COMPLETE, { id: enrolled.enrolInCourse.id }, { token: trainer })).extensions.reason).toBe(
      'ENROLMENT_NOT_OPEN',
    );
    const certs = await t.gql.ok(`{ certificates { courseCode } }`, {}, { token: technician });
    expect(certs.certificates.map((c: { courseCode: string }) => c.courseCode).sort()).toEqual(['BASIC', 'BASIC-EL']);
  });

  it("withdraws an open enrolment: own, a team member's by the partner admin, never another partner's, never twice", async () => {
    const ENROL = `mutation($c: ID!, $p: ID) { enrolInCourse(courseId: $c, participantId: $p) { id status } }`;
    const WITHDRAW = `mutation($id: ID!) { withdrawEnrolment(id: $id) { id status completedAt } }`;
    const [admin, otherPartner] = await Promise.all(['admin@schulz.example', 'admin@berger.example'].map((e) => t.loginAs(e)));
    const [{ id: techId }] = await t.sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'technik@schulz.example'`);

    const own = (await t.gql.ok(ENROL, { c: course['BASIC-EL'] }, { token: technician })).enrolInCourse;
    expect((await t.gql.fails(WITHDRAW, { id: own.id }, { token: otherPartner })).extensions.code).toBe('NOT_FOUND');
    expect((await t.gql.ok(WITHDRAW, { id: own.id }, { token: technician })).withdrawEnrolment).toEqual({
      id: own.id,
      status: 'WITHDRAWN',
      completedAt: null,
    });
    expect((await t.gql.fails(WITHDRAW, { id: own.id }, { token: technician })).extensions.reason).toBe('ENROLMENT_NOT_OPEN');
    const [{ n: audited }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'enrolment.withdraw' AND entity_id = $1`,
      [own.id],
    );
    expect(audited).toBe(1);

    // Withdrawn, the course can be taken again; the partner admin withdraws for the team member.
    const again = (await t.gql.ok(ENROL, { c: course['BASIC-EL'], p: techId }, { token: admin })).enrolInCourse;
    expect((await t.gql.ok(WITHDRAW, { id: again.id }, { token: admin })).withdrawEnrolment.status).toBe('WITHDRAWN');
    const statuses = await t.gql.ok(`{ enrolments { id status } }`, {}, { token: technician });
    expect(
      statuses.enrolments.filter((e: { id: string }) => [own.id, again.id].includes(e.id)).map((e: { status: string }) => e.status),
    ).toEqual(['WITHDRAWN', 'WITHDRAWN']);
  });

  it('reminds booked participants two days ahead and certificate holders 60 days before expiry, once each', async () => {
    const startsAt = new Date(Date.now() + 36 * 3600_000).toISOString();
    const endsAt = new Date(Date.now() + 44 * 3600_000).toISOString();
    const session = await t.gql.ok(
      `mutation($input: SessionInput!) { createTrainingSession(input: $input) { id } }`,
      { input: { courseId: course.ADVANCED, startsAt, endsAt, capacity: 5, venue: 'Stuttgart' } },
      { token: trainer },
    );
    const booking = await t.gql.ok(
      `mutation($s: ID!) { bookSeat(input: { sessionId: $s }) { id } }`,
      { s: session.createTrainingSession.id },
      { token: technician },
    );
    const reminders = `SELECT count(*)::int AS n FROM notification WHERE kind = 'SESSION_REMINDER' AND params->>'bookingId' = $1`;
    expect(await waitFor(reminders, [booking.bookSeat.id], 1)).toBe(1);

    await t.sql(`UPDATE certificate SET valid_until = current_date + 30 WHERE code = 'TT-DEMO2-SCHUL-BASIC'`);
    const expiring = `SELECT count(*)::int AS n FROM notification n JOIN certificate k ON k.id::text = n.params->>'certificateId' WHERE n.kind = 'CERTIFICATE_EXPIRING' AND k.code = $1`;
    expect(await waitFor(expiring, ['TT-DEMO2-SCHUL-BASIC'], 1)).toBe(1);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await t.sql<{ n: number }>(reminders, [booking.bookSeat.id]))[0].n).toBe(1);
    expect((await t.sql<{ n: number }>(expiring, ['TT-DEMO2-SCHUL-BASIC']))[0].n).toBe(1);
    const [{ n: mails }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'SESSION_REMINDER' AND to_email = 'technik@schulz.example'`,
    );
    expect(mails).toBe(1);
  });
});
