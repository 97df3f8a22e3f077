import type { AreaId } from '../../access/areas';
import type { ArticleFlagReason } from '../../gql/graphql';
import type { I18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';
import type { MessageKey } from '../../i18n/messages';
import { articlePath, flagReasonLabel } from '../knowledge/knowledge-text';
import { ALL_STATUSES, delegationActionLabel, delegationStatusLabel } from '../subcontracting/subcontracting-text';
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

/** Kinds that tell the author of an article about a step of its review (params articleId, title, comment). */
const ARTICLE_REVIEW_KEYS: Record<string, MessageKey> = {
  ARTICLE_CHANGES_REQUESTED: 'notification.ARTICLE_CHANGES_REQUESTED',
  ARTICLE_REJECTED: 'notification.ARTICLE_REJECTED',
  ARTICLE_PUBLISHED: 'notification.ARTICLE_PUBLISHED',
  ARTICLE_COMMENTED: 'notification.ARTICLE_COMMENTED',
};

/** Kinds about one booking or the booked session of the reader (params bookingId and/or sessionId). */
const BOOKING_KEYS: Record<string, MessageKey> = {
  BOOKING_CONFIRMED: 'notification.BOOKING_CONFIRMED',
  BOOKING_WAITLISTED: 'notification.BOOKING_WAITLISTED',
  BOOKING_PROMOTED: 'notification.BOOKING_PROMOTED',
  SESSION_CHANGED: 'notification.SESSION_CHANGED',
  SESSION_CANCELLED: 'notification.SESSION_CANCELLED',
  SESSION_REMINDER: 'notification.SESSION_REMINDER',
};

const FLAG_REASONS: readonly ArticleFlagReason[] = ['OUTDATED', 'WRONG', 'UNCLEAR', 'MISSING'];

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function nameOf(locale: Locale, list: Named[], code: unknown): string {
  const entry = list.find((item) => item.code === code);
  if (!entry) return text(code);
  return locale === 'de' ? entry.nameDe : entry.nameEn;
}

/** Where a notification leads: a page of an area, shown only if the reader may use that area. */
export interface NotificationLink {
  area: AreaId;
  /** A page inside the area; the area's own page when missing. */
  path?: string;
  label: MessageKey;
}

export interface NotificationText {
  /** The message itself. */
  message: string;
  /** The reason given with the change, if any. */
  reason?: string;
  /** A comment given with the change (an editor's review comment), if any. */
  comment?: string;
  /** Candidate links in order; the first whose area the reader may use is shown (e.g. tiers lead to "My status"). */
  links: NotificationLink[];
}

const TO_STATUS: NotificationLink[] = [{ area: 'status', label: 'notifications.toStatus' }];
// Partner admins follow their subcontractors' permissions; subcontractor users their own company.
const TO_DELEGATIONS: NotificationLink[] = [
  { area: 'subcontractors', label: 'notifications.toSubcontractors' },
  { area: 'company', label: 'notifications.toCompany' },
];
const toArticle = (id: unknown): NotificationLink[] =>
  text(id) ? [{ area: 'knowledge', path: articlePath(text(id)), label: 'notifications.toArticle' }] : [];
const toTrainings = (tab?: 'bookings' | 'certificates'): NotificationLink[] => [
  { area: 'trainings', path: tab ? `/trainings?tab=${tab}` : undefined, label: 'notifications.toTrainings' },
];

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
      return { message: t(key, values), reason, links: TO_STATUS };
    }
    case 'TIER_REQUEST_DECIDED': {
      const status = text(params.status);
      const key: MessageKey =
        status === 'APPROVED'
          ? 'notification.TIER_REQUEST_DECIDED.APPROVED'
          : status === 'REJECTED'
            ? 'notification.TIER_REQUEST_DECIDED.REJECTED'
            : 'notification.TIER_REQUEST_DECIDED.other';
      return { message: t(key), reason, links: TO_STATUS };
    }
    case 'GRANT_EXPIRING':
      return {
        message: t('notification.GRANT_EXPIRING', { validUntil: date(params.validUntil), days: text(params.daysBefore) }),
        links: TO_STATUS,
      };
    case 'ARTICLE_CHANGES_REQUESTED':
    case 'ARTICLE_REJECTED':
    case 'ARTICLE_PUBLISHED':
    case 'ARTICLE_COMMENTED':
      return {
        message: t(ARTICLE_REVIEW_KEYS[kind] ?? 'notification.generic', { title: text(params.title) }),
        comment: text(params.comment) || undefined,
        links: toArticle(params.articleId),
      };
    case 'ARTICLE_FLAGGED': {
      // The reason is one of the fixed flag reasons, not a typed sentence.
      const flag = FLAG_REASONS.find((candidate) => candidate === params.reason);
      return {
        message: t('notification.ARTICLE_FLAGGED', { title: text(params.title) }),
        reason: flag ? flagReasonLabel(t, flag) : reason,
        links: toArticle(params.articleId),
      };
    }
    case 'DELEGATION_CHANGED': {
      const status = ALL_STATUSES.find((candidate) => candidate === params.status);
      const action = delegationActionLabel(t, text(params.action));
      return {
        message: status
          ? t('notification.DELEGATION_CHANGED', { action, status: delegationStatusLabel(t, status) })
          : t('notification.DELEGATION_CHANGED.other', { action }),
        reason,
        links: TO_DELEGATIONS,
      };
    }
    case 'DELEGATION_EXPIRING':
      return { message: t('notification.DELEGATION_EXPIRING', { validUntil: date(params.validUntil) }), links: TO_DELEGATIONS };
    case 'BOOKING_CONFIRMED':
    case 'BOOKING_WAITLISTED':
    case 'BOOKING_PROMOTED':
    case 'SESSION_CHANGED':
    case 'SESSION_CANCELLED':
    case 'SESSION_REMINDER':
      return { message: t(BOOKING_KEYS[kind] ?? 'notification.generic'), reason, links: toTrainings('bookings') };
    case 'SESSION_PLANNED_FROM_NEED': {
      const days = Number(params.priorityDays);
      return {
        message: days > 0 ? t('notification.SESSION_PLANNED_FROM_NEED.priority', { days }) : t('notification.SESSION_PLANNED_FROM_NEED'),
        links: toTrainings(),
      };
    }
    case 'CERTIFICATE_ISSUED':
      return { message: t('notification.CERTIFICATE_ISSUED'), links: toTrainings('certificates') };
    case 'CERTIFICATE_EXPIRING':
      return {
        message: t('notification.CERTIFICATE_EXPIRING', { validUntil: date(params.validUntil) }),
        links: toTrainings('certificates'),
      };
    default:
      return { message: t('notification.generic'), links: [] };
  }
}
