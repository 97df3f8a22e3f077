import { createHash } from 'node:crypto';
import type { KnowledgeViewer } from './article-visibility';
import type { ParsedQuery } from './search-query';
import { type SearchFilters, searchStatement } from './search-sql';
import { type SearchTerms, TSQUERY_SQL, searchTerms } from './search-terms';

/** The part of a pg client a search needs (a pooled client in the API, a plain one in the benchmark). */
export interface SearchClient {
  query(config: { name?: string; text: string; values?: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Settings of the connections that run text searches. No sequential scans: with a LIMIT and a frequent word the
 * planner otherwise prefers walking a band's rows and testing each one's vector, read from TOAST. Generic plans:
 * the statements are prepared once per connection and take the parsed tsquery as a parameter, so planning (several
 * milliseconds for the banded statement) is paid once. jit off: the penalty on disabled scans inflates estimated
 * costs past jit_above_cost on PostgreSQL before 18.
 */
export const SEARCH_CONNECTION_OPTIONS = '-c enable_seqscan=off -c jit=off -c plan_cache_mode=force_generic_plan';

export interface RawHit<A = Record<string, unknown>> {
  article: A;
  snippet: string;
  snippetStart: number;
  bodyLength: number;
  score: number;
}

export interface RawSearch<A = Record<string, unknown>> {
  total: number;
  candidates: number;
  facets: Record<'productLines' | 'serviceCategories' | 'kinds' | 'languages', { value: string; count: number }[]>;
  hits: RawHit<A>[];
  terms: SearchTerms | null;
}

const NO_FACETS = { productLines: [], serviceCategories: [], kinds: [], languages: [] };

const statementName = (text: string) => `kb_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;

/**
 * A text search as the API runs it, on a connection with SEARCH_CONNECTION_OPTIONS: PostgreSQL parses the query
 * (both languages), then one prepared statement answers it. A query of stop words only matches nothing.
 */
export async function runSearch<A>(
  client: SearchClient,
  viewer: KnowledgeViewer,
  query: ParsedQuery,
  filters: SearchFilters,
  page: { offset: number; limit: number },
): Promise<RawSearch<A>> {
  const { rows } = await client.query({ name: 'kb_tsquery', text: TSQUERY_SQL, values: [query.text] });
  const { de, en } = rows[0] as { de: string; en: string };
  const terms = searchTerms(de, en, query.codes);
  if (!terms) return { total: 0, candidates: 0, facets: NO_FACETS, hits: [], terms };
  const st = searchStatement(viewer, terms, query.codes, filters, page);
  const result = await client.query({ name: statementName(st.text), text: st.text, values: st.values });
  return { ...(result.rows[0] as Omit<RawSearch<A>, 'terms'>), terms };
}
