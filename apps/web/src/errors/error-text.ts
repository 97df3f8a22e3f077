import type { ApiError, ErrorCode } from '../api/api-error';
import type { I18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';

const BY_CODE: Record<ErrorCode, MessageKey> = {
  UNAUTHENTICATED: 'error.code.UNAUTHENTICATED',
  FORBIDDEN: 'error.code.FORBIDDEN',
  NOT_FOUND: 'error.code.NOT_FOUND',
  BAD_USER_INPUT: 'error.code.BAD_USER_INPUT',
  CONFLICT: 'error.code.CONFLICT',
  INTERNAL_SERVER_ERROR: 'error.code.INTERNAL_SERVER_ERROR',
  NETWORK_ERROR: 'error.code.NETWORK_ERROR',
};

/** Reasons with their own text; any other reason falls back to the text of its code. */
const BY_REASON: Partial<Record<string, MessageKey>> = {
  INVALID_CREDENTIALS: 'error.reason.INVALID_CREDENTIALS',
  TOO_MANY_LOGIN_ATTEMPTS: 'error.reason.TOO_MANY_LOGIN_ATTEMPTS',
  RATE_LIMITED: 'error.reason.RATE_LIMITED',
  NOT_LOGGED_IN: 'error.reason.NOT_LOGGED_IN',
  MISSING_PERMISSION: 'error.reason.MISSING_PERMISSION',
  VALIDATION_FAILED: 'error.reason.VALIDATION_FAILED',
  QUERY_TOO_COMPLEX: 'error.reason.QUERY_TOO_COMPLEX',
  EMAIL_TAKEN: 'error.reason.EMAIL_TAKEN',
  ORGANISATION_NAME_TAKEN: 'error.reason.ORGANISATION_NAME_TAKEN',
  INVITATION_INVALID: 'error.reason.INVITATION_INVALID',
  CANNOT_DEACTIVATE_SELF: 'error.reason.CANNOT_DEACTIVATE_SELF',
  WRONG_PASSWORD: 'error.reason.WRONG_PASSWORD',
  ROLE_NOT_ALLOWED: 'error.reason.ROLE_NOT_ALLOWED',
  ORGANISATION_ENDED: 'error.reason.ORGANISATION_ENDED',
  USER_NOT_INVITED: 'error.reason.USER_NOT_INVITED',
  USER_ALREADY_DEACTIVATED: 'error.reason.USER_ALREADY_DEACTIVATED',
  USER_NOT_DEACTIVATED: 'error.reason.USER_NOT_DEACTIVATED',
  USER_NEVER_ACTIVATED: 'error.reason.USER_NEVER_ACTIVATED',
  CONCURRENT_UPDATE: 'error.reason.CONCURRENT_UPDATE',
  INVALID_STATUS_TRANSITION: 'error.reason.INVALID_STATUS_TRANSITION',
  MANUFACTURER_STATUS_FIXED: 'error.reason.MANUFACTURER_STATUS_FIXED',
  // Tiers: grants and requests.
  ACTIVE_GRANT_EXISTS: 'error.reason.ACTIVE_GRANT_EXISTS',
  GRANT_NOT_LIVE: 'error.reason.GRANT_NOT_LIVE',
  GRANT_NOT_ACTIVE: 'error.reason.GRANT_NOT_ACTIVE',
  GRANT_NOT_SUSPENDED: 'error.reason.GRANT_NOT_SUSPENDED',
  SAME_TIER: 'error.reason.SAME_TIER',
  PARTNER_NOT_GRANTABLE: 'error.reason.PARTNER_NOT_GRANTABLE',
  REQUEST_NOT_OPEN: 'error.reason.REQUEST_NOT_OPEN',
  OPEN_REQUEST_EXISTS: 'error.reason.OPEN_REQUEST_EXISTS',
  TIER_ALREADY_HELD: 'error.reason.TIER_ALREADY_HELD',
  INVALID_PERIOD: 'error.reason.INVALID_PERIOD',
  VALID_UNTIL_IN_PAST: 'error.reason.VALID_UNTIL_IN_PAST',
  RENEWAL_NOT_LATER: 'error.reason.RENEWAL_NOT_LATER',
  SUSPEND_UNTIL_IN_PAST: 'error.reason.SUSPEND_UNTIL_IN_PAST',
  // Trainings: bookings and attendance.
  ALREADY_BOOKED: 'error.reason.ALREADY_BOOKED',
  BOOKING_CLOSED: 'error.reason.BOOKING_CLOSED',
  SESSION_CANCELLED: 'error.reason.SESSION_CANCELLED',
  SESSION_COMPLETED: 'error.reason.SESSION_COMPLETED',
  SESSION_PAST: 'error.reason.SESSION_PAST',
  ORGANISATION_SEAT_CAP_REACHED: 'error.reason.ORGANISATION_SEAT_CAP_REACHED',
  IDEMPOTENCY_KEY_REUSED: 'error.reason.IDEMPOTENCY_KEY_REUSED',
  BOOKING_NOT_CANCELLABLE: 'error.reason.BOOKING_NOT_CANCELLABLE',
  PRIORITY_BOOKING_ONLY: 'error.reason.PRIORITY_BOOKING_ONLY',
  SESSION_NOT_STARTED: 'error.reason.SESSION_NOT_STARTED',
  ATTENDANCE_NOT_APPLICABLE: 'error.reason.ATTENDANCE_NOT_APPLICABLE',
  // Trainings: needs, planning, e-learning, session changes.
  COURSE_OR_TOPIC: 'error.reason.COURSE_OR_TOPIC',
  NEED_NOT_OPEN: 'error.reason.NEED_NOT_OPEN',
  E_LEARNING_HAS_NO_SESSIONS: 'error.reason.E_LEARNING_HAS_NO_SESSIONS',
  PARTNERS_ONLY: 'error.reason.PARTNERS_ONLY',
  DEADLINE_AFTER_START: 'error.reason.DEADLINE_AFTER_START',
  SESSION_NOT_SCHEDULED: 'error.reason.SESSION_NOT_SCHEDULED',
  CAPACITY_BELOW_BOOKED: 'error.reason.CAPACITY_BELOW_BOOKED',
  NOT_E_LEARNING: 'error.reason.NOT_E_LEARNING',
  ALREADY_ENROLLED: 'error.reason.ALREADY_ENROLLED',
  ENROLMENT_NOT_OPEN: 'error.reason.ENROLMENT_NOT_OPEN',
  // Subcontracting: relationships and permissions.
  TIER_DOES_NOT_DELEGATE: 'error.reason.TIER_DOES_NOT_DELEGATE',
  PARTNER_NOT_ENTITLED: 'error.reason.PARTNER_NOT_ENTITLED',
  RELATIONSHIP_ENDED: 'error.reason.RELATIONSHIP_ENDED',
  DELEGATION_EXISTS: 'error.reason.DELEGATION_EXISTS',
  ALREADY_LINKED: 'error.reason.ALREADY_LINKED',
  NOT_A_SUBCONTRACTOR: 'error.reason.NOT_A_SUBCONTRACTOR',
  REASON_REQUIRED: 'error.reason.REASON_REQUIRED',
  PERIOD_IN_PAST: 'error.reason.PERIOD_IN_PAST',
  PERIOD_NOT_NARROWER: 'error.reason.PERIOD_NOT_NARROWER',
  INVALID_DECISION: 'error.reason.INVALID_DECISION',
  SUSPENDED_BY_PARTNER_TIER: 'error.reason.SUSPENDED_BY_PARTNER_TIER',
  PARTNER_ONLY: 'error.reason.PARTNER_ONLY',
};

/** Field-level reasons (class-validator rule names upper-cased, or domain reasons). */
const FIELD_BY_REASON: Partial<Record<string, MessageKey>> = {
  ISEMAIL: 'field.ISEMAIL',
  MINLENGTH: 'field.MINLENGTH',
  MAXLENGTH: 'field.MAXLENGTH',
  LENGTH: 'field.LENGTH',
  ISLENGTH: 'field.LENGTH',
  ISNOTEMPTY: 'field.REQUIRED',
  INVALID_CHARACTER: 'field.INVALID_CHARACTER',
  WRONG_PASSWORD: 'error.reason.WRONG_PASSWORD',
  EMAIL_TAKEN: 'error.reason.EMAIL_TAKEN',
  ORGANISATION_NAME_TAKEN: 'error.reason.ORGANISATION_NAME_TAKEN',
  ROLE_NOT_ALLOWED: 'error.reason.ROLE_NOT_ALLOWED',
  INVALID_PERIOD: 'error.reason.INVALID_PERIOD',
  VALID_UNTIL_IN_PAST: 'error.reason.VALID_UNTIL_IN_PAST',
  RENEWAL_NOT_LATER: 'error.reason.RENEWAL_NOT_LATER',
  SUSPEND_UNTIL_IN_PAST: 'error.reason.SUSPEND_UNTIL_IN_PAST',
  COURSE_OR_TOPIC: 'error.reason.COURSE_OR_TOPIC',
  DEADLINE_AFTER_START: 'error.reason.DEADLINE_AFTER_START',
  CAPACITY_BELOW_BOOKED: 'error.reason.CAPACITY_BELOW_BOOKED',
  REASON_REQUIRED: 'error.reason.REASON_REQUIRED',
  PERIOD_IN_PAST: 'error.reason.PERIOD_IN_PAST',
  PERIOD_NOT_NARROWER: 'error.reason.PERIOD_NOT_NARROWER',
};

export function errorText(t: I18n['t'], error: ApiError): string {
  if (error.reason === 'TOO_MANY_LOGIN_ATTEMPTS' || error.reason === 'RATE_LIMITED') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return t(BY_REASON[error.reason] ?? BY_CODE[error.code], { minutes });
  }
  return t(BY_REASON[error.reason] ?? BY_CODE[error.code]);
}

/**
 * Field problems keyed by form path ("email", "firstAdmin.email"); the server names fields by
 * their input path, optionally prefixed with the argument name.
 */
export function fieldErrors(t: I18n['t'], error: ApiError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const problem of error.fields) {
    const path = problem.field.replace(/^input\./, '');
    result[path] ??= t(FIELD_BY_REASON[problem.reason] ?? 'field.INVALID');
  }
  return result;
}
