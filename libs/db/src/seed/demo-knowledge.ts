import { markdownToText, sanitizeMarkdown, snapshotVersion } from '@portal/knowledge';
import type { EntityManager } from 'typeorm';
import { DEMO_ARTICLES } from './demo-knowledge-articles';

/** Demo articles through the same columns, trigger and version snapshot as the application's own writes. */
export async function seedDemoKnowledge(em: EntityManager): Promise<void> {
  const [{ editor }] = await em.query<{ editor: string }[]>(
    `SELECT id AS editor FROM app_user WHERE email = 'knowledge@thermotec.example'`,
  );
  // Schulz (Premium on heat pumps, may delegate) works with the subcontractor Kaya; permissions are asked for in the portal.
  await em.query(
    `INSERT INTO subcontractor_relationship (partner_id, subcontractor_id, created_by)
     SELECT p.id, s.id, (SELECT id FROM app_user WHERE email = 'admin@schulz.example')
       FROM organisation p, organisation s WHERE p.name LIKE 'Wärmetechnik Schulz%' AND s.kind = 'SUBCONTRACTOR'`,
  );
  await em.query(`UPDATE organisation SET trade_register_number = 'HRB 123456', contact_name = 'Kemal Kaya' WHERE kind = 'SUBCONTRACTOR'`);
  for (const a of DEMO_ARTICLES) {
    const body = sanitizeMarkdown(a.body);
    const [{ id }] = await em.query<{ id: string }[]>(
      `INSERT INTO article (kind, status, language, title, summary, body, body_text, product_line_ids, service_category_ids, tags, codes,
                            audience, min_tier_rank, limited_to_product_lines, author_user_id, author_organisation_id, owner_user_id,
                            last_editor_user_id, helpful_count, unhelpful_count, review_by)
       SELECT $1, 'DRAFT', $2, $3, $4, $5, $6,
              ARRAY(SELECT id FROM product_line WHERE code = ANY ($7) ORDER BY code),
              ARRAY(SELECT id FROM service_category WHERE code = ANY ($8) ORDER BY code),
              $9, $10, $11, $12, $13, u.id, u.organisation_id, $14, u.id, $15, $16, current_date + (30 * (length($3) % 14) - 60)
         FROM app_user u WHERE u.email = $17
       RETURNING id`,
      [
        a.kind,
        a.language,
        a.title,
        a.summary,
        body,
        markdownToText(body),
        a.productLines,
        a.serviceCategories,
        a.tags,
        a.codes,
        a.audience,
        a.minTierRank ?? null,
        a.limitedToProductLines,
        a.status === 'PUBLISHED' ? editor : null,
        a.helpful ?? 0,
        a.unhelpful ?? 0,
        a.author,
      ],
    );
    if (a.status === 'PUBLISHED') {
      await snapshotVersion(em, id, editor);
      await em.query(
        `UPDATE article SET status = 'PUBLISHED', published_at = now() - make_interval(days => $2), first_published_at = now() - make_interval(days => $2)
          WHERE id = $1`,
        [id, a.publishedDaysAgo ?? 30],
      );
    } else if (a.status === 'IN_REVIEW') {
      await em.query(`UPDATE article SET status = 'IN_REVIEW' WHERE id = $1`, [id]);
    }
  }
}
