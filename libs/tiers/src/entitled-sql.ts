/**
 * The bulk form of the entitlement rule, for queries over many partners (public locator): a grant
 * entitles to a service category at a date when it is ACTIVE, valid on that date, and its tier includes
 * the category on the grant's product line. EntitlementService.check answers the same question for one
 * partner with the reason when not; a test keeps both in step.
 */
export function entitledGrantSql(grant: string, at: string, serviceCategory: string): string {
  return `${grant}.status = 'ACTIVE' AND ${at} BETWEEN ${grant}.valid_from AND ${grant}.valid_until
      AND EXISTS (SELECT 1 FROM tier_entitlement te WHERE te.tier_id = ${grant}.tier_id AND te.product_line_id = ${grant}.product_line_id
                   AND te.service_category_id = ${serviceCategory})`;
}
