import { Client } from 'pg';

/**
 * Direct SQL against the browser test server's database, for setup the API deliberately does not
 * offer (e.g. letting time pass). Tests use it sparingly and never to check results.
 */
export async function sql<T extends object = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const url = process.env.BROWSER_DATABASE_URL;
  if (!url) throw new Error('BROWSER_DATABASE_URL is not set (a server given by BROWSER_BASE_URL needs its database URL too)');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Moves a session (and its deadlines) so that it started two hours ago and ended one hour ago. */
export async function moveSessionIntoPast(sessionId: string): Promise<void> {
  const rows = await sql(
    `UPDATE training_session
        SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour',
            booking_deadline = now() - interval '3 hours', cancellation_deadline = now() - interval '3 hours', updated_at = now()
      WHERE id = $1 RETURNING id`,
    [sessionId],
  );
  if (rows.length !== 1) throw new Error(`session ${sessionId} not found`);
}
