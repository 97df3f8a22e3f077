import type { SqlParams } from './sql-params';

/** What decides which articles a person may see, loaded once per request. */
export interface KnowledgeViewer {
  userId: string;
  organisationId: string;
  kind: 'EDITOR' | 'MANUFACTURER' | 'PARTNER' | 'SUBCONTRACTOR';
  /** Live, currently valid grants of a partner: product line and the tier's rank. */
  grantProductLineIds: string[];
  grantRanks: number[];
  /**
   * Approved subcontractor permissions: product line and service category pairs, and the rank the delegating partner
   * holds on that product line today (the permission's reach into tier articles). The three arrays run in step.
   */
  permittedProductLineIds: string[];
  permittedCategoryIds: string[];
  permittedRanks: number[];
}

export const UNPUBLISHED_STATUSES = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'REJECTED'] as const;

/**
 * The one visibility rule for articles. Search, lists, facet counts, suggestions and direct lookups all filter
 * with this fragment, so they cannot disagree:
 * - knowledge editors see everything;
 * - everyone sees the unpublished work of their own organisation;
 * - manufacturer staff see every published article;
 * - partners see published articles for all partners, or from a tier rank they hold; an article limited to its
 *   product lines needs a valid grant on one of them (and the rank on that line);
 * - subcontractor users see published partner articles of exactly the product line and service category pairs
 *   they are permitted, and of those only what the delegating partner may read on that product line: the rank the
 *   partner holds on the permitted line must reach the article's minimum tier rank. A subcontractor works under its
 *   partner's authorisation for that line, so it never reads more than the partner does (a partner limited to an
 *   article's product lines is covered too: the permitted line is one of the article's lines, with the partner's
 *   live grant on it), nor through the partner's tier on some other line.
 */
export function articleVisibilitySql(v: KnowledgeViewer, p: SqlParams, a = 'a'): string {
  if (v.kind === 'EDITOR') return 'true';
  const own = `(${a}.author_organisation_id = ${p.add(v.organisationId)} AND ${a}.status IN (${UNPUBLISHED_STATUSES.map((s) => `'${s}'`).join(', ')}))`;
  return `((${a}.status = 'PUBLISHED' AND ${publishedSql(v, p, a)}) OR ${own})`;
}

function publishedSql(v: KnowledgeViewer, p: SqlParams, a: string): string {
  switch (v.kind) {
    case 'MANUFACTURER':
      return 'true';
    case 'PARTNER': {
      const lines = p.add(v.grantProductLineIds);
      const ranks = p.add(v.grantRanks);
      const maxRank = p.add(Math.max(0, ...v.grantRanks));
      return `${a}.audience <> 'MANUFACTURER' AND CASE WHEN ${a}.limited_to_product_lines
          THEN EXISTS (SELECT 1 FROM unnest(${lines}::uuid[], ${ranks}::int[]) g (line, rank)
                        WHERE g.line = ANY (${a}.product_line_ids) AND g.rank >= coalesce(${a}.min_tier_rank, 0))
          ELSE coalesce(${a}.min_tier_rank, 0) <= ${maxRank}::int END`;
    }
    default: {
      const lines = p.add(v.permittedProductLineIds);
      const categories = p.add(v.permittedCategoryIds);
      const ranks = p.add(v.permittedRanks);
      return `${a}.audience <> 'MANUFACTURER' AND EXISTS (
          SELECT 1 FROM unnest(${lines}::uuid[], ${categories}::uuid[], ${ranks}::int[]) s (line, category, rank)
           WHERE s.line = ANY (${a}.product_line_ids) AND s.category = ANY (${a}.service_category_ids)
             AND s.rank >= coalesce(${a}.min_tier_rank, 0))`;
    }
  }
}
