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

/** Matches counted (and faceted) exactly up to this many; beyond it the total is a lower bound. */
export const COUNT_CAP = 1000;
/** Best candidates by quality that text ranking looks at; pages beyond them are not offered. */
export const RANK_CANDIDATES = 300;
const TITLE_CANDIDATES = 60;

const HEADLINE = `StartSel=\uE000, StopSel=\uE001, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`;

/**
 * One statement answers a search: the page of hits with highlights, the (capped) total and the facet counts.
 * Its cost is bounded whatever the number of matches: counting and facets stop at COUNT_CAP matches, and
 * ts_rank and ts_headline only run on a bounded candidate set (the best matches by stored quality, plus the
 * best title matches and exact code matches) — never on every match.
 */
export function searchStatement(
  viewer: KnowledgeViewer,
  query: ParsedQuery,
  filters: SearchFilters,
  page: { offset: number; limit: number },
): { text: string; values: unknown[] } {
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
    };
  }

  const q = p.add(query.text);
  const codes = p.add(query.codes);
  const codePatterns = p.add(query.codes.map((c) => `% ${c}%`));
  const match = `(a.search_vector @@ q.tsq OR a.codes_text LIKE ANY (${codePatterns}::text[]))`;
  const cfg = `CASE a.language WHEN 'de' THEN 'portal_de'::regconfig ELSE 'portal_en'::regconfig END`;
  return {
    text: `WITH q AS MATERIALIZED (SELECT websearch_to_tsquery('portal_de', ${q}) || websearch_to_tsquery('portal_en', ${q}) AS tsq),
         hits AS (SELECT a.product_line_ids, a.service_category_ids, a.kind, a.language FROM article a, q WHERE ${match} AND ${common} LIMIT ${COUNT_CAP + 1}),
         candidates AS (
           (SELECT a.id FROM article a, q WHERE ${match} AND ${common} ORDER BY a.quality DESC LIMIT ${RANK_CANDIDATES})
           UNION (SELECT a.id FROM article a, q WHERE a.title_vector @@ q.tsq AND ${common} ORDER BY a.quality DESC LIMIT ${TITLE_CANDIDATES})
           UNION (SELECT a.id FROM article a WHERE a.codes_norm && ${codes}::text[] AND ${common} LIMIT ${TITLE_CANDIDATES})),
         ranked AS (
           SELECT a.id, ts_rank('{0.1, 0.2, 0.4, 1.0}', a.search_vector, q.tsq) * 10 + a.quality * 0.5
                        + CASE WHEN a.codes_norm && ${codes}::text[] THEN 5 ELSE 0 END AS score
             FROM candidates c JOIN article a ON a.id = c.id, q
            ORDER BY score DESC, a.id LIMIT ${limit} OFFSET ${offset}),
         page AS (
           SELECT ${SUMMARY_COLUMNS}, r.score,
                  ts_headline(${cfg}, a.title, q.tsq, 'StartSel=\uE000, StopSel=\uE001, HighlightAll=true') AS marked_title,
                  ts_headline(${cfg}, a.body_text, q.tsq, '${HEADLINE}') AS marked_snippet
             FROM ranked r JOIN article a ON a.id = r.id, q)
    SELECT (SELECT count(*)::int FROM hits) AS total, ${facets} AS facets,
           coalesce((SELECT json_agg(json_build_object('article', to_jsonb(page) - 'score' - 'marked_title' - 'marked_snippet',
                                                       'title', page.marked_title, 'snippet', page.marked_snippet, 'score', page.score)
                                     ORDER BY page.score DESC, page.id) FROM page), '[]') AS hits`,
    values: p.values,
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
