import { entitledGrantSql } from '@portal/tiers';

/**
 * Whether the partner behind delegation row `d` may delegate its service today: the partner is active, and a live,
 * valid grant on the product line entitles it to the service category with a tier that allows delegation.
 * The cascade, approvals and the subcontractor entitlement all use this one rule.
 */
export const DELEGABLE_SQL = (d = 'd', at = 'current_date') => `EXISTS (
  SELECT 1 FROM tier_grant g JOIN tier t ON t.id = g.tier_id JOIN organisation o ON o.id = g.partner_id
   WHERE g.partner_id = ${d}.partner_id AND g.product_line_id = ${d}.product_line_id AND o.status = 'ACTIVE' AND t.may_delegate
     AND ${entitledGrantSql('g', at, `${d}.service_category_id`)})`;

/** Serialises every decision about one partner's delegations against changes of its grants. */
export const LOCK_PARTNER_SQL = `SELECT pg_advisory_xact_lock(hashtext('delegation:' || $1::text))`;

export const DELEGATION_SELECT = `
  SELECT d.id, d.relationship_id AS "relationshipId", d.partner_id AS "partnerId", p.name AS "partnerName",
         d.subcontractor_id AS "subcontractorId", s.name AS "subcontractorName", d.product_line_id AS "productLineId",
         d.service_category_id AS "serviceCategoryId", d.status, d.valid_from AS "validFrom", d.valid_until AS "validUntil",
         d.justification, d.suspension_cause AS "suspensionCause", d.decision_reason AS "decisionReason",
         d.decided_at AS "decidedAt", d.created_at AS "createdAt", d.updated_at AS "updatedAt"
    FROM delegation d JOIN organisation p ON p.id = d.partner_id JOIN organisation s ON s.id = d.subcontractor_id`;
