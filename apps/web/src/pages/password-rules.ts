import type { I18n } from '../i18n/i18n-context';

/** Mirrors the API's minimum so people learn about it before submitting. */
export const PASSWORD_MIN_LENGTH = 10;

export function passwordProblem(t: I18n['t'], password: string): string | null {
  return password.length >= PASSWORD_MIN_LENGTH ? null : t('field.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
}

export function confirmationProblem(t: I18n['t'], confirmation: string, password: string): string | null {
  return confirmation === password ? null : t('field.passwordMismatch');
}
