/**
 * Partners (of the given ids) with at least one live grant whose tier requirements are not met:
 * too few people holding a valid certificate for the product line, a mandatory course (or an accepted
 * equivalent) held by nobody, or no training in the last twelve months. The bulk twin of
 * ComplianceService.forPartner, for list views; a test keeps the two in step.
 */
export const PARTNERS_AT_RISK_SQL = `
  WITH live AS (
    SELECT g.partner_id, g.product_line_id, t.required_certified_technicians AS techs, t.required_course_codes AS codes, t.requires_annual_training AS annual
      FROM tier_grant g JOIN tier t ON t.id = g.tier_id
     WHERE g.partner_id = ANY($1) AND g.status IN ('ACTIVE', 'SUSPENDED')),
  held AS (
    SELECT k.organisation_id, k.user_id, c.code, c.product_line_id, k.issued_on,
           array_append(ARRAY(SELECT r.code FROM course_equivalence e JOIN course r ON r.id = e.course_id WHERE e.equivalent_course_id = c.id), c.code) AS counts_for
      FROM certificate k JOIN course c ON c.id = k.course_id JOIN app_user u ON u.id = k.user_id
     WHERE k.organisation_id = ANY($1) AND k.revoked_at IS NULL AND k.valid_until >= current_date AND u.status = 'ACTIVE')
  SELECT DISTINCT l.partner_id AS id
    FROM live l
   WHERE (SELECT count(DISTINCT h.user_id) FROM held h WHERE h.organisation_id = l.partner_id AND h.product_line_id = l.product_line_id) < l.techs
      OR EXISTS (SELECT 1 FROM unnest(l.codes) AS required(code)
                  WHERE NOT EXISTS (SELECT 1 FROM held h WHERE h.organisation_id = l.partner_id AND required.code = ANY(h.counts_for)))
      OR (l.annual AND NOT EXISTS (SELECT 1 FROM booking b JOIN training_session s ON s.id = b.session_id
                                    WHERE b.organisation_id = l.partner_id AND b.status = 'ATTENDED' AND s.starts_at > now() - interval '12 months')
                   AND NOT EXISTS (SELECT 1 FROM certificate k WHERE k.organisation_id = l.partner_id AND k.revoked_at IS NULL AND k.issued_on > current_date - 365))`;
