import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertOrganisationVisible, type RequestContext } from '@portal/core';
import type { DataSource } from 'typeorm';
import {
  type ExpiringCertificateModel,
  type PartnerComplianceModel,
  RequirementKind,
  type RequirementStatusModel,
  type TierComplianceModel,
} from './models/compliance.model';

interface TierRow {
  id: string;
  code: string;
  rank: number;
  required_certified_technicians: number;
  requires_annual_training: boolean;
  required_course_codes: string[];
}

interface HeldCertificate {
  user_id: string;
  course_code: string;
  product_line_id: string | null;
  /** The codes this certificate counts for: its own course and every course it is accepted in place of. */
  counts_for: string[];
}

/**
 * Evaluates each live grant's tier requirements against the partner's valid certificates (with
 * equivalences) and its training in the last twelve months — for the current tier and the next one.
 * Whether a miss downgrades a tier stays a human decision; this only shows it.
 */
@Injectable()
export class ComplianceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forPartner(ctx: RequestContext, partnerId: string | undefined): Promise<PartnerComplianceModel> {
    const id = partnerId ?? ctx.user.organisationId;
    assertOrganisationVisible(ctx, id, 'Organisation', id);
    const [tiers, grants, certificates, [{ trained }], expiring] = await Promise.all([
      this.dataSource.query<TierRow[]>(
        `SELECT id, code, rank, required_certified_technicians, requires_annual_training, required_course_codes FROM tier ORDER BY rank`,
      ),
      this.dataSource.query<{ product_line_id: string; product_line_code: string; tier_id: string }[]>(
        `SELECT g.product_line_id, pl.code AS product_line_code, g.tier_id FROM tier_grant g JOIN product_line pl ON pl.id = g.product_line_id
          WHERE g.partner_id = $1 AND g.status IN ('ACTIVE', 'SUSPENDED') ORDER BY pl.code`,
        [id],
      ),
      this.dataSource.query<HeldCertificate[]>(
        `SELECT k.user_id, c.code AS course_code, c.product_line_id,
                array_append(ARRAY(SELECT r.code FROM course_equivalence e JOIN course r ON r.id = e.course_id WHERE e.equivalent_course_id = c.id), c.code) AS counts_for
           FROM certificate k JOIN course c ON c.id = k.course_id JOIN app_user u ON u.id = k.user_id
          WHERE k.organisation_id = $1 AND k.revoked_at IS NULL AND k.valid_until >= current_date AND u.status = 'ACTIVE'`,
        [id],
      ),
      this.dataSource.query<{ trained: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM booking b JOIN training_session s ON s.id = b.session_id
                         WHERE b.organisation_id = $1 AND b.status = 'ATTENDED' AND s.starts_at > now() - interval '12 months')
             OR EXISTS (SELECT 1 FROM certificate k WHERE k.organisation_id = $1 AND k.revoked_at IS NULL AND k.issued_on > current_date - 365) AS trained`,
        [id],
      ),
      this.dataSource.query<ExpiringCertificateModel[]>(
        `SELECT k.id, u.display_name AS "holderName", c.code AS "courseCode", k.valid_until AS "validUntil"
           FROM certificate k JOIN course c ON c.id = k.course_id JOIN app_user u ON u.id = k.user_id
          WHERE k.organisation_id = $1 AND k.revoked_at IS NULL AND k.valid_until BETWEEN current_date AND current_date + 90 ORDER BY k.valid_until`,
        [id],
      ),
    ]);
    const evaluate = (tier: TierRow, productLineId: string): TierComplianceModel => {
      const technicians = new Set(certificates.filter((c) => c.product_line_id === productLineId).map((c) => c.user_id)).size;
      const requirements: RequirementStatusModel[] = [];
      if (tier.required_certified_technicians > 0) {
        requirements.push({
          kind: RequirementKind.CERTIFIED_TECHNICIANS,
          courseCode: null,
          required: tier.required_certified_technicians,
          actual: technicians,
          fulfilled: technicians >= tier.required_certified_technicians,
        });
      }
      for (const code of tier.required_course_codes) {
        const holders = new Set(certificates.filter((c) => c.counts_for.includes(code)).map((c) => c.user_id)).size;
        requirements.push({ kind: RequirementKind.COURSE, courseCode: code, required: 1, actual: holders, fulfilled: holders >= 1 });
      }
      if (tier.requires_annual_training) {
        requirements.push({
          kind: RequirementKind.ANNUAL_TRAINING,
          courseCode: null,
          required: 1,
          actual: trained ? 1 : 0,
          fulfilled: trained,
        });
      }
      return { tierId: tier.id, tierCode: tier.code, rank: tier.rank, fulfilled: requirements.every((r) => r.fulfilled), requirements };
    };
    return {
      partnerId: id,
      expiringCertificates: expiring,
      productLines: grants.map((g) => {
        const current = tiers.find((t) => t.id === g.tier_id)!;
        const next = tiers.find((t) => t.rank > current.rank);
        return {
          partnerId: id,
          productLineId: g.product_line_id,
          productLineCode: g.product_line_code,
          current: evaluate(current, g.product_line_id),
          next: next ? evaluate(next, g.product_line_id) : null,
        };
      }),
    };
  }
}
