import { articleVisibilitySql, type KnowledgeViewer } from './article-visibility';
import { ARTICLE_KINDS, ARTICLE_LANGUAGES, PLAIN_SUMMARY_COLUMNS, SUMMARY_COLUMNS } from './article-rows';
import type { ParsedQuery } from './search-query';
import type { SearchTerms } from './search-terms';
import { SqlParams } from './sql-params';

export interface SearchFilters {
  productLineIds?: string[];
  serviceCategoryIds?: string[];
  kinds?: string[];
  languages?: string[];
}

/** Which hits to return; `plain`: their summaries with the plain columns only (PLAIN_SUMMARY_FIELDS). */
export interface SearchPage {
  offset: number;
  limit: number;
  plain?: boolean;
}

export interface SearchStatement {
  text: string;
  values: unknown[];
}

/** Matches counted (and faceted) exactly up to this many; beyond it the total is a lower bound. */
export const COUNT_CAP = 300;
/**
 * Candidates text ranking looks at: the counted matches with the query in their title first, then by quality;
 * pages beyond them are not offered. Exact code matches join them.
 */
export const RANK_CANDIDATES = 60;
const CODE_CANDIDATES = 20;
/** Quality bands of article_search_doc, one partial index each on words and word pairs (migrations knowledge-search-documents, -geometric-bands, -pair-vector). */
export const SEARCH_BANDS = 8;
/** The snippet quotes the first match within the opening of the body (the whole of most articles). */
const SNIPPET_SOURCE_CHARS = 5000;
/**
 * The opening of the body. left() counts characters through the whole (decompressed) text, 18 µs for a 2 KB body;
 * a body of no more bytes than that has no more characters either, and its length in bytes is known without
 * decompressing it.
 */
const BODY_HEAD = `CASE WHEN octet_length(a.body_text) <= ${SNIPPET_SOURCE_CHARS} THEN a.body_text ELSE left(a.body_text, ${SNIPPET_SOURCE_CHARS}) END`;

const summaryColumns = (page: SearchPage) => (page.plain ? PLAIN_SUMMARY_COLUMNS : SUMMARY_COLUMNS);

type FacetName = 'productLines' | 'serviceCategories' | 'kinds' | 'languages';
export type Facets = Record<FacetName, { value: string; count: number }[]>;
/** The facets as the statements return them: kinds and languages counted per known value in one pass. */
export type FacetCounts = Record<'productLines' | 'serviceCategories', { value: string; count: number }[]> &
  Record<'kinds' | 'languages', Record<string, number>>;

/**
 * The total and the facets of the hits: a CTE `counts` for the WITH list and the columns total and facets. Kinds and
 * languages are few and fixed, so one pass counts them all with the total; product lines and categories are grouped.
 */
const COUNTS = (() => {
  const perValue = (column: string, values: readonly string[]) =>
    `json_build_object(${values.map((v) => `'${v}', count(*) FILTER (WHERE ${column} = '${v}')`).join(', ')})`;
  const group = (expr: string) =>
    `(SELECT coalesce(json_agg(json_build_object('value', v, 'count', n) ORDER BY n DESC, v), '[]')
        FROM (SELECT ${expr} AS v, count(*)::int AS n FROM hits GROUP BY 1) f)`;
  return {
    cte: `counts AS MATERIALIZED (SELECT count(*)::int AS total, ${perValue('kind', ARTICLE_KINDS)} AS kinds,
                                         ${perValue('language', ARTICLE_LANGUAGES)} AS languages FROM hits)`,
    columns: `(SELECT total FROM counts) AS total,
      json_build_object('productLines', ${group('unnest(product_line_ids)')}, 'serviceCategories', ${group('unnest(service_category_ids)')},
                        'kinds', (SELECT kinds FROM counts), 'languages', (SELECT languages FROM counts)) AS facets`,
  };
})();

/** Filters on the article (alias a) or search document (alias d) columns of the same names. */
function filterConditions(viewer: KnowledgeViewer, filters: SearchFilters, p: SqlParams, a: string): string {
  const conditions = [`${a}.status = 'PUBLISHED'`, articleVisibilitySql(viewer, p, a)];
  if (filters.productLineIds?.length) conditions.push(`${a}.product_line_ids && ${p.add(filters.productLineIds)}::uuid[]`);
  if (filters.serviceCategoryIds?.length) conditions.push(`${a}.service_category_ids && ${p.add(filters.serviceCategoryIds)}::uuid[]`);
  if (filters.kinds?.length) conditions.push(`${a}.kind = ANY (${p.add(filters.kinds)}::text[])`);
  if (filters.languages?.length) conditions.push(`${a}.language = ANY (${p.add(filters.languages)}::text[])`);
  return conditions.join(' AND ');
}

/** Browsing without a query: the best articles by quality, with the same total and facets. */
export function browseStatement(viewer: KnowledgeViewer, filters: SearchFilters, page: SearchPage): SearchStatement {
  const p = new SqlParams();
  const common = filterConditions(viewer, filters, p, 'a');
  const limit = p.add(page.limit);
  const offset = p.add(page.offset);
  return {
    text: `WITH hits AS (SELECT a.product_line_ids, a.service_category_ids, a.kind, a.language FROM article a WHERE ${common} LIMIT ${COUNT_CAP + 1}),
           page AS (SELECT ${summaryColumns(page)}, a.quality AS score FROM article a WHERE ${common} ORDER BY a.quality DESC, a.id LIMIT ${limit} OFFSET ${offset}),
           ${COUNTS.cte}
      SELECT ${COUNTS.columns}, ${COUNT_CAP} AS candidates,
             coalesce((SELECT json_agg(json_build_object('article', to_jsonb(page) - 'score', 'score', page.score)
                                       ORDER BY page.score DESC, page.id) FROM page), '[]') AS hits`,
    values: p.values,
  };
}

/**
 * One statement answers a text search: the page of hits, the (capped) total and the facet counts, all from the
 * narrow search documents. Its cost is bounded whatever the number of matches: the bands are read best quality
 * first and reading stops at COUNT_CAP matches (for the total, the facets and the candidates), so a word in a fifth
 * of all articles costs one band's posting list, not all of them; ts_rank runs on a bounded candidate set only (the
 * counted matches with the query in their title, then by stored quality, and exact code matches), and only the
 * returned page brings the opening of its bodies, for the caller to cut and highlight the snippets. With
 * `corrections`, it also answers the typo corrections of the query's words when nothing matched.
 */
export function searchStatement(
  viewer: KnowledgeViewer,
  terms: SearchTerms,
  query: Pick<ParsedQuery, 'codes' | 'words' | 'onlyCodes'>,
  filters: SearchFilters,
  page: SearchPage,
  corrections: boolean,
): SearchStatement {
  const { codes } = query;
  const p = new SqlParams();
  const common = filterConditions(viewer, filters, p, 'd');
  const match = `${p.add(terms.match)}::tsquery`;
  const rank = `${p.add(terms.rank)}::tsquery`;
  const codeList = codes.length ? `${p.add(codes)}::text[]` : '';
  // Exact code matches join the candidates only for a query of codes alone: they are not checked against the rest
  // of the query ("Zündung F.28" must not offer an F.28 article without the word).
  const codeCandidates = codeList && query.onlyCodes;
  const bands = Array.from(
    { length: SEARCH_BANDS },
    (_, band) => `(SELECT d.article_id AS id, d.quality, d.title_vector @@ ${rank} AS in_title, d.search_vector, d.codes_norm,
                          d.product_line_ids, d.service_category_ids, d.kind, d.language
                     FROM article_search_doc d WHERE d.band = ${band} AND (d.search_vector || d.pair_vector) @@ ${match} AND ${common})`,
  );
  const correction = corrections ? `CASE WHEN NOT EXISTS (SELECT 1 FROM hits) THEN (${correctionSql(p.add(query.words))}) END` : 'NULL';
  return {
    text: `WITH hits AS MATERIALIZED (${bands.join(' UNION ALL ')} LIMIT ${COUNT_CAP + 1}),
         candidates AS MATERIALIZED (
           (SELECT id, quality, search_vector, codes_norm FROM hits ORDER BY in_title DESC, quality DESC LIMIT ${RANK_CANDIDATES})
           ${codeCandidates ? `UNION ALL (SELECT d.article_id, d.quality, d.search_vector, d.codes_norm FROM article_search_doc d WHERE d.codes_norm && ${codeList} AND ${common} LIMIT ${CODE_CANDIDATES})` : ''}),
         ranked AS MATERIALIZED (
           SELECT c.id, max(ts_rank('{0.1, 0.2, 0.4, 1.0}', c.search_vector, ${rank}) * 10 + c.quality * 0.5
                        ${codeList ? `+ CASE WHEN c.codes_norm && ${codeList} THEN 5 ELSE 0 END` : ''}) AS score
             FROM candidates c GROUP BY c.id
            ORDER BY score DESC, c.id LIMIT ${p.add(page.limit)} OFFSET ${p.add(page.offset)}),
         page AS MATERIALIZED (
           SELECT r.id, r.score, row_to_json(s) AS article, ${BODY_HEAD} AS head
             FROM ranked r JOIN article a ON a.id = r.id, LATERAL (SELECT ${summaryColumns(page)} OFFSET 0) s),
         ${COUNTS.cte}
    SELECT ${COUNTS.columns}, (SELECT count(DISTINCT id)::int FROM candidates) AS candidates,
           coalesce((SELECT json_agg(json_build_object('article', page.article, 'head', page.head, 'score', page.score)
                                     ORDER BY page.score DESC, page.id) FROM page), '[]') AS hits,
           ${correction} AS corrections`,
    values: p.values,
  };
}

/** Facet lists from the statements' counts: values without matches left out, the most frequent first. */
export function facetLists(counts: FacetCounts): Facets {
  const list = (perValue: Record<string, number>) =>
    Object.entries(perValue)
      .filter(([, count]) => count > 0)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return { ...counts, kinds: list(counts.kinds), languages: list(counts.languages) };
}

/**
 * For each word, whether the dictionary knows it and the closest known word when not ("did you mean"), as JSON; the
 * search statement answers it when nothing matched, so a typo costs no round trip of its own.
 */
function correctionSql(words: string): string {
  return `SELECT json_agg(json_build_object('word', w.word, 'known', EXISTS (SELECT 1 FROM knowledge_term t WHERE t.term = lower(unaccent(w.word))),
                                 'suggestion', (SELECT t.display FROM knowledge_term t WHERE t.term % lower(unaccent(w.word))
                                                 ORDER BY similarity(t.term, lower(unaccent(w.word))) DESC, t.documents DESC LIMIT 1)) ORDER BY w.i)
            FROM unnest(${words}::text[]) WITH ORDINALITY w (word, i)`;
}
