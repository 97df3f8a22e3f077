import type { I18n } from '../../i18n/i18n-context';
import { grantActionLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages';

/**
 * Reasons the API writes itself (the expiry jobs, request decisions without a reason, the cascades from a partner's
 * status or grants to its subcontractor permissions) arrive as fixed English sentences; they are shown in the
 * reader's language. Reasons people typed are shown as typed.
 */
const FIXED: Record<string, MessageKey> = {
  'Validity ended': 'systemReason.validityEnded',
  'Suspension period ended': 'systemReason.suspensionEnded',
  'Tier request approved': 'systemReason.requestApproved',
  'Request approved': 'systemReason.requestApproved',
  'Withdrawn by the partner': 'systemReason.withdrawn',
  'Demo data': 'systemReason.demoData',
  'Period ended': 'systemReason.periodEnded',
};

const PARTNER_STATUS = /^Partner (onboarding|active|suspended|ended): (.*)$/s;
const PARTNER_GRANT = /^Partner grant ([a-z_]+): (.*)$/s;
const RELATIONSHIP_ENDED = /^Relationship ended: (.*)$/s;

export function reasonText(t: I18n['t'], reason: string): string {
  const fixed = FIXED[reason];
  if (fixed) return t(fixed);
  const status = PARTNER_STATUS.exec(reason);
  if (status?.[1] && status[2] !== undefined) {
    const to = status[1].toUpperCase() as 'ONBOARDING' | 'ACTIVE' | 'SUSPENDED' | 'ENDED';
    return t('systemReason.partnerStatus', { status: t(`organisationStatus.${to}`), reason: reasonText(t, status[2]) });
  }
  const grant = PARTNER_GRANT.exec(reason);
  if (grant?.[1] && grant[2] !== undefined)
    return t('systemReason.partnerGrant', { action: grantActionLabel(t, grant[1].toUpperCase()), reason: reasonText(t, grant[2]) });
  const ended = RELATIONSHIP_ENDED.exec(reason);
  if (ended?.[1] !== undefined) return t('systemReason.relationshipEnded', { reason: ended[1] });
  return reason;
}
