import type { SearchStatement } from './search-sql';

/** The part of a pg client a search needs (a pooled client in the API, a plain one in the benchmark). */
export interface SearchClient {
  query(config: string | { text: string; values?: unknown[] }): Promise<{ rows: unknown[] }>;
}

// BEGIN and the planner settings in one round trip. jit off: the penalty on disabled scan kinds inflates estimated
// costs past jit_above_cost on PostgreSQL before 18.
const BEGIN_SEARCH = `BEGIN; SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SET LOCAL jit = off`;

/**
 * Runs a search statement as the API does. Text searches run with the planner limited to bitmap scans: with a LIMIT
 * and a frequent term it otherwise prefers walking rows and testing each one's search vector, reading every vector
 * from TOAST. Statements stay unnamed on purpose: a custom plan folds the query's tsquery into a constant, while a
 * cached generic plan re-evaluates it for every ranked and highlighted row (measured: 1.3–2× slower).
 */
export async function runSearchStatement<T>(client: SearchClient, st: SearchStatement): Promise<T[]> {
  if (!st.textSearch) return (await client.query({ text: st.text, values: st.values })).rows as T[];
  await client.query(BEGIN_SEARCH);
  try {
    const { rows } = await client.query({ text: st.text, values: st.values });
    await client.query('COMMIT');
    return rows as T[];
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
