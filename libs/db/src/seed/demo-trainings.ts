import type { EntityManager } from 'typeorm';

const COURSES = [
  ['BASIC', 'Wärmepumpe Grundlagen', 'Heat pump basics', 'CLASSROOM', 480, 'HEAT_PUMP'],
  ['BASIC-EL', 'Wärmepumpe Grundlagen (E-Learning)', 'Heat pump basics (e-learning)', 'E_LEARNING', 240, 'HEAT_PUMP'],
  ['ADVANCED', 'Wärmepumpe Fehlerdiagnose', 'Heat pump fault diagnosis', 'CLASSROOM', 960, 'HEAT_PUMP'],
  ['GAS-SERVICE', 'Gas-Brennwert Service', 'Gas condensing service', 'WORKSHOP', 480, 'GAS_CONDENSING'],
  ['HYDRAULICS', 'Hydraulischer Abgleich', 'Hydraulic balancing', 'VIRTUAL_CLASSROOM', 180, null],
] as const;

/**
 * Courses (with an e-learning accepted in place of the classroom basics), upcoming sessions and one
 * certificate, so catalogue, booking and compliance show something at once.
 */
export async function seedDemoTrainings(em: EntityManager, organisationIds: Map<string, string>): Promise<void> {
  const courses = new Map<string, string>();
  for (const [code, de, en, format, minutes, productLine] of COURSES) {
    const [{ id }] = await em.query<{ id: string }[]>(
      `INSERT INTO course (code, title_de, title_en, format, duration_minutes, product_line_id, description_de, description_en)
       VALUES ($1, $2, $3, $4, $5, (SELECT id FROM product_line WHERE code = $6), $7, $8) RETURNING id`,
      [
        code,
        de,
        en,
        format,
        minutes,
        productLine,
        `${de}: Aufbau, Inbetriebnahme, typische Fehler.`,
        `${en}: design, commissioning, typical faults.`,
      ],
    );
    courses.set(code, id);
  }
  await em.query(`INSERT INTO course_equivalence (course_id, equivalent_course_id) VALUES ($1, $2)`, [
    courses.get('BASIC'),
    courses.get('BASIC-EL'),
  ]);
  await em.query(`INSERT INTO course_prerequisite (course_id, required_course_id) VALUES ($1, $2)`, [
    courses.get('ADVANCED'),
    courses.get('BASIC'),
  ]);

  const sessions: [course: string, inDays: number, venue: string, region: string, capacity: number, url: string | null][] = [
    ['BASIC', 21, 'Thermotec Schulungszentrum, Industriestraße 12, 70565 Stuttgart', '70', 12, null],
    ['BASIC', 45, 'Thermotec Akademie München, Landsberger Straße 300, 80687 München', '80', 10, null],
    ['ADVANCED', 35, 'Thermotec Schulungszentrum, Industriestraße 12, 70565 Stuttgart', '70', 8, null],
    ['GAS-SERVICE', 28, 'Werkstatt Augsburg, Haunstetter Straße 40, 86161 Augsburg', '86', 6, null],
    ['HYDRAULICS', 14, '', '', 30, 'https://meet.thermotec.example/hydraulik'],
  ];
  for (const [course, inDays, venue, region, capacity, url] of sessions) {
    await em.query(
      `INSERT INTO training_session (course_id, starts_at, ends_at, venue, online_url, region, trainer, capacity, booking_deadline, cancellation_deadline)
       VALUES ($1, date_trunc('day', now()) + make_interval(days => $2, hours => 8), date_trunc('day', now()) + make_interval(days => $2, hours => 16),
               $3, $4, $5, 'Tanja Training', $6, date_trunc('day', now()) + make_interval(days => $2 - 3), date_trunc('day', now()) + make_interval(days => $2 - 7))`,
      [courses.get(course), inDays, venue, url, region, capacity],
    );
  }
  await em.query(
    `INSERT INTO certificate (code, user_id, organisation_id, course_id, issued_on, valid_until)
     VALUES ('TT-DEMO2-SCHUL-BASIC', (SELECT id FROM app_user WHERE email = 'technik@schulz.example'), $1, $2, current_date - 200, current_date + 530)`,
    [organisationIds.get('schulz'), courses.get('BASIC')],
  );
}
