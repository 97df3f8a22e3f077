import type { I18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';
import type { MessageKey } from '../../i18n/messages';
import { reasonText } from '../tiers/reason-text';

interface Named {
  code: string;
  nameDe: string;
  nameEn: string;
}

export interface Lookups {
  productLines: Named[];
  tiers: Named[];
}

const GRANT_CHANGED_KEYS: Record<string, MessageKey> = {
  GRANTED: 'notification.GRANT_CHANGED.GRANTED',
  RENEWED: 'notification.GRANT_CHANGED.RENEWED',
  TIER_CHANGED: 'notification.GRANT_CHANGED.TIER_CHANGED',
  SUSPENDED: 'notification.GRANT_CHANGED.SUSPENDED',
  SUSPENSION_LIFTED: 'notification.GRANT_CHANGED.SUSPENSION_LIFTED',
  REVOKED: 'notification.GRANT_CHANGED.REVOKED',
  EXPIRED: 'notification.GRANT_CHANGED.EXPIRED',
  ENDED: 'notification.GRANT_CHANGED.ENDED',
};

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function nameOf(locale: Locale, list: Named[], code: unknown): string {
  const entry = list.find((item) => item.code === code);
  if (!entry) return text(code);
  return locale === 'de' ? entry.nameDe : entry.nameEn;
}

export interface NotificationText {
  /** The message itself. */
  message: string;
  /** The reason given with the change, if any. */
  reason?: string;
  /** True for kinds about tiers (they link to "My status"). */
  aboutTiers: boolean;
}

/** Notifications arrive as kind + params; the text is made here, in the reader's language. */
export function notificationText(i18n: I18n, kind: string, params: Record<string, unknown>, lookups: Lookups): NotificationText {
  const { t, locale, formatLocalDate } = i18n;
  const given = text(params.reason);
  const reason = given ? reasonText(t, given) : undefined;
  const date = (value: unknown) => (typeof value === 'string' && value ? formatLocalDate(value) : '');
  switch (kind) {
    case 'GRANT_CHANGED': {
      const values = {
        productLine: nameOf(locale, lookups.productLines, params.productLine),
        tier: nameOf(locale, lookups.tiers, params.tier),
        validUntil: date(params.validUntil),
        action: text(params.action),
      };
      const key = GRANT_CHANGED_KEYS[text(params.action)] ?? 'notification.GRANT_CHANGED.other';
      return { message: t(key, values), reason, aboutTiers: true };
    }
    case 'TIER_REQUEST_DECIDED': {
      const status = text(params.status);
      const key: MessageKey =
        status === 'APPROVED'
          ? 'notification.TIER_REQUEST_DECIDED.APPROVED'
          : status === 'REJECTED'
            ? 'notification.TIER_REQUEST_DECIDED.REJECTED'
            : 'notification.TIER_REQUEST_DECIDED.other';
      return { message: t(key), reason, aboutTiers: true };
    }
    case 'GRANT_EXPIRING':
      return {
        message: t('notification.GRANT_EXPIRING', { validUntil: date(params.validUntil), days: text(params.daysBefore) }),
        aboutTiers: true,
      };
    default:
      return { message: t('notification.generic'), aboutTiers: false };
  }
}
