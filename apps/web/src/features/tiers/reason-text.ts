import type { I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';

/**
 * Reasons the API writes itself (the expiry job, request decisions without a reason, the cascade from a
 * partner's status) arrive as fixed English sentences; they are shown in the reader's language.
 * Reasons people typed are shown as typed.
 */
const FIXED: Record<string, MessageKey> = {
  'Validity ended': 'systemReason.validityEnded',
  'Suspension period ended': 'systemReason.suspensionEnded',
  'Tier request approved': 'systemReason.requestApproved',
  'Request approved': 'systemReason.requestApproved',
  'Withdrawn by the partner': 'systemReason.withdrawn',
  'Demo data': 'systemReason.demoData',
};

const PARTNER_STATUS = /^Partner (onboarding|active|suspended|ended): (.*)$/s;

export function reasonText(t: I18n['t'], reason: string): string {
  const fixed = FIXED[reason];
  if (fixed) return t(fixed);
  const cascade = PARTNER_STATUS.exec(reason);
  if (cascade?.[1] && cascade[2] !== undefined) {
    const status = cascade[1].toUpperCase() as 'ONBOARDING' | 'ACTIVE' | 'SUSPENDED' | 'ENDED';
    return t('systemReason.partnerStatus', { status: t(`organisationStatus.${status}`), reason: cascade[2] });
  }
  return reason;
}
