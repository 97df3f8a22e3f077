import { articleVisibilitySql, type KnowledgeViewer } from './article-visibility';
import { SUMMARY_COLUMNS } from './article-rows';
import type { ParsedQuery } from './search-query';
import { SqlParams } from './sql-params';

export interface SearchFilters {
  productLineIds?: string[];
  serviceCategoryIds?: string[];
  kinds?: string[];
  languages?: string[];
}

export interface SearchStatement {
  text: string;
  values: unknown[];
  /** A full text search (as opposed to browsing): run with bitmap-only planner settings, see runSearchStatement. */
  textSearch: boolean;
}

/** Matches counted (and faceted) exactly up to this many; beyond it the total is a lower bound. */
export const COUNT_CAP = 1000;
/** Candidates text ranking looks at: the best by quality among the counted matches; pages beyond them are not offered. */
export const RANK_CANDIDATES = 100;
const TITLE_CANDIDATES = 40;
/** Snippets quote the opening of the body; highlighting cost grows with the text it scans. */
const SNIPPET_SOURCE_CHARS = 1500;

const HEADLINE = `StartSel=\uE000, StopSel=\uE001, MaxFragments=1, MaxWords=30, MinWords=12`;

/**
 * One statement answers a search: the page of hits with highlights, the (capped) total and the facet counts.
 * Its cost is bounded whatever the number of matches: the index finds the matches, but only the first COUNT_CAP
 * of them are read (for the total, the facets and the candidates), and ts_rank and ts_headline run on a bounded
 * candidate set only (the best of those by stored quality, the best title matches, exact code matches). For a term
 * in more than COUNT_CAP articles, ranking therefore weighs a sample plus the title matches, not every match:
 * the hotline narrows such queries with a second word or a filter.
 */
export function searchStatement(
  viewer: KnowledgeViewer,
  query: ParsedQuery,
  filters: SearchFilters,
  page: { offset: number; limit: number },
): SearchStatement {
  const p = new SqlParams();
  const conditions = [`a.status = 'PUBLISHED'`, articleVisibilitySql(viewer, p)];
  if (filters.productLineIds?.length) conditions.push(`a.product_line_ids && ${p.add(filters.productLineIds)}::uuid[]`);
  if (filters.serviceCategoryIds?.length) conditions.push(`a.service_category_ids && ${p.add(filters.serviceCategoryIds)}::uuid[]`);
  if (filters.kinds?.length) conditions.push(`a.kind = ANY (${p.add(filters.kinds)}::text[])`);
  if (filters.languages?.length) conditions.push(`a.language = ANY (${p.add(filters.languages)}::text[])`);
  const common = conditions.join(' AND ');
  const limit = p.add(page.limit);
  const offset = p.add(page.offset);
  const facets = facetSql();

  if (!query.text.trim() && !query.codes.length) {
    return {
      text: `WITH hits AS (SELECT a.product_line_ids, a.service_category_ids, a.kind, a.language FROM article a WHERE ${common} LIMIT ${COUNT_CAP + 1}),
           page AS (SELECT ${SUMMARY_COLUMNS}, a.quality AS score FROM article a WHERE ${common} ORDER BY a.quality DESC, a.id LIMIT ${limit} OFFSET ${offset})
      SELECT (SELECT count(*)::int FROM hits) AS total, ${facets} AS facets,
             coalesce((SELECT json_agg(json_build_object('article', to_jsonb(page) - 'score', 'title', page.title, 'snippet', page.summary, 'score', page.score)
                                       ORDER BY page.score DESC, page.id) FROM page), '[]') AS hits`,
      values: p.values,
      textSearch: false,
    };
  }

  const q = p.add(query.text);
  // Inline (not a materialised CTE), so each search is planned with its own term's frequency.
  const tsq = `(websearch_to_tsquery('portal_de', ${q}) || websearch_to_tsquery('portal_en', ${q}))`;
  const hasCodes = query.codes.length > 0;
  const codes = hasCodes ? p.add(query.codes) : '';
  const match = hasCodes
    ? `(a.search_vector @@ ${tsq} OR a.codes_text LIKE ANY (${p.add(query.codes.map((c) => `% ${c}%`))}::text[]))`
    : `a.search_vector @@ ${tsq}`;
  const cfg = `CASE a.language WHEN 'de' THEN 'portal_de'::regconfig ELSE 'portal_en'::regconfig END`;
  return {
    text: `WITH hits AS MATERIALIZED (
           SELECT a.id, a.quality, a.product_line_ids, a.service_category_ids, a.kind, a.language
             FROM article a WHERE ${match} AND ${common} LIMIT ${COUNT_CAP + 1}),
         title_hits AS (SELECT a.id, a.quality FROM article a WHERE a.title_vector @@ ${tsq} AND ${common} LIMIT ${COUNT_CAP + 1}),
         candidates AS (
           (SELECT id FROM hits ORDER BY quality DESC LIMIT ${RANK_CANDIDATES})
           UNION (SELECT id FROM title_hits ORDER BY quality DESC LIMIT ${TITLE_CANDIDATES})
           ${hasCodes ? `UNION (SELECT a.id FROM article a WHERE a.codes_norm && ${codes}::text[] AND ${common} LIMIT ${TITLE_CANDIDATES})` : ''}),
         ranked AS (
           SELECT a.id, ts_rank('{0.1, 0.2, 0.4, 1.0}', a.search_vector, ${tsq}) * 10 + a.quality * 0.5
                        ${hasCodes ? `+ CASE WHEN a.codes_norm && ${codes}::text[] THEN 5 ELSE 0 END` : ''} AS score
             FROM candidates c JOIN article a ON a.id = c.id
            ORDER BY score DESC, a.id LIMIT ${limit} OFFSET ${offset}),
         page AS (
           SELECT ${SUMMARY_COLUMNS}, r.score,
                  ts_headline(${cfg}, a.title, ${tsq}, 'StartSel=\uE000, StopSel=\uE001, HighlightAll=true') AS marked_title,
                  ts_headline(${cfg}, left(a.body_text, ${SNIPPET_SOURCE_CHARS}), ${tsq}, '${HEADLINE}') AS marked_snippet
             FROM ranked r JOIN article a ON a.id = r.id)
    SELECT (SELECT count(*)::int FROM hits) AS total, ${facets} AS facets,
           coalesce((SELECT json_agg(json_build_object('article', to_jsonb(page) - 'score' - 'marked_title' - 'marked_snippet',
                                                       'title', page.marked_title, 'snippet', page.marked_snippet, 'score', page.score)
                                     ORDER BY page.score DESC, page.id) FROM page), '[]') AS hits`,
    values: p.values,
    textSearch: true,
  };
}

function facetSql(): string {
  const count = (expr: string) =>
    `(SELECT coalesce(json_agg(json_build_object('value', v, 'count', n) ORDER BY n DESC, v), '[]')
        FROM (SELECT ${expr} AS v, count(*)::int AS n FROM hits GROUP BY 1) f)`;
  return `json_build_object('productLines', ${count('unnest(product_line_ids)::text')}, 'serviceCategories', ${count('unnest(service_category_ids)::text')},
    'kinds', ${count('kind')}, 'languages', ${count('language')})`;
}

/** For each word, whether the dictionary knows it and the closest known word when not ("did you mean"). */
export const CORRECTION_SQL = `
  SELECT w.word, EXISTS (SELECT 1 FROM knowledge_term t WHERE t.term = lower(unaccent(w.word))) AS known,
         (SELECT t.display FROM knowledge_term t WHERE t.term % lower(unaccent(w.word))
           ORDER BY similarity(t.term, lower(unaccent(w.word))) DESC, t.documents DESC LIMIT 1) AS suggestion
    FROM unnest($1::text[]) WITH ORDINALITY w (word, i) ORDER BY w.i`;
