import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { KnowledgeViewer } from './article-visibility';
import { type ParsedQuery, parseQuery } from './search-query';
import { type FacetCounts, type Facets, type SearchFilters, type SearchPage, facetLists, searchStatement } from './search-sql';
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
  /** The opening of the body, which the snippet is cut from. */
  head: string;
  score: number;
}

export interface RawSearch<A = Record<string, unknown>> {
  total: number;
  candidates: number;
  facets: Facets;
  hits: RawHit<A>[];
  /** The query as PostgreSQL read it; null when it holds no word (stop words only) or there is no query. */
  terms: SearchTerms | null;
}

interface Correction {
  word: string;
  known: boolean;
  suggestion: string | null;
}

export interface TextSearch<A> {
  raw: RawSearch<A>;
  /** The query the hits are for (the corrected one when the typed one found nothing). */
  parsed: ParsedQuery;
  correctedQuery: string | null;
  didYouMean: string | null;
}

/** Names by statement text; the texts differ only by the query's shape (filters, codes, corrections), so they are few. */
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `kb_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * PostgreSQL's readings of recent query texts. websearch_to_tsquery depends only on the text and on the text search
 * configurations, which only migrations change; the hotline repeats its queries, and each reading saved is a round
 * trip saved.
 */
const readings = new LRUCache<string, { de: string; en: string }>({ max: 2000 });

async function readQuery(client: SearchClient, text: string): Promise<{ de: string; en: string }> {
  let reading = readings.get(text);
  if (!reading) {
    const { rows } = await client.query({ name: 'kb_tsquery', text: TSQUERY_SQL, values: [text] });
    reading = rows[0] as { de: string; en: string };
    readings.set(text, reading);
  }
  return reading;
}

const NO_FACETS = { productLines: [], serviceCategories: [], kinds: [], languages: [] };

/**
 * On a connection with SEARCH_CONNECTION_OPTIONS: PostgreSQL parses the query (both languages), then one prepared
 * statement answers it (with `corrections`, also the corrections when nothing matched). A query of stop words only
 * matches nothing.
 */
async function runSearch<A>(
  client: SearchClient,
  viewer: KnowledgeViewer,
  query: ParsedQuery,
  filters: SearchFilters,
  page: SearchPage,
  corrections: boolean,
): Promise<RawSearch<A> & { corrections?: Correction[] | null }> {
  const { de, en } = await readQuery(client, query.text);
  const terms = searchTerms(de, en, query.codes);
  if (!terms) return { total: 0, candidates: 0, facets: NO_FACETS, hits: [], terms };
  const st = searchStatement(viewer, terms, query, filters, page, corrections);
  const result = await client.query({ name: statementName(st.text), text: st.text, values: st.values });
  const row = result.rows[0] as Omit<RawSearch<A>, 'facets'> & { facets: FacetCounts; corrections: Correction[] | null };
  return { ...row, facets: facetLists(row.facets), terms };
}

/**
 * A text search as the API runs it: runSearch; when nothing matched, the query's unknown words replaced by the closest
 * known ones (answered by the same statement) and a second search for the corrected query ("did you mean" when that
 * finds nothing either).
 */
export async function searchText<A>(
  client: SearchClient,
  viewer: KnowledgeViewer,
  text: string,
  filters: SearchFilters,
  page: SearchPage,
  parsed: ParsedQuery = parseQuery(text),
): Promise<TextSearch<A>> {
  const first = await runSearch<A>(client, viewer, parsed, filters, page, parsed.words.length > 0);
  const corrected = first.total === 0 && first.corrections ? correct(text, first.corrections) : null;
  if (!corrected) return { raw: first, parsed, correctedQuery: null, didYouMean: null };
  const parsedCorrection = parseQuery(corrected);
  const second = await runSearch<A>(client, viewer, parsedCorrection, filters, page, false);
  return second.total > 0
    ? { raw: second, parsed: parsedCorrection, correctedQuery: corrected, didYouMean: null }
    : { raw: first, parsed, correctedQuery: null, didYouMean: corrected };
}

/** Replaces unknown words by the closest known ones; null when nothing would change. */
function correct(query: string, corrections: Correction[]): string | null {
  let corrected = query;
  for (const c of corrections) if (!c.known && c.suggestion) corrected = corrected.replace(c.word, c.suggestion);
  return corrected !== query ? corrected : null;
}
