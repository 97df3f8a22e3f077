import type { BookingStatus, CourseFormat } from '../../gql/graphql';
import type { I18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';

export const courseTitle = (locale: Locale, item: { courseTitleDe: string; courseTitleEn: string }): string =>
  locale === 'de' ? item.courseTitleDe : item.courseTitleEn;

export const bookingStatusLabel = (t: I18n['t'], status: BookingStatus): string => t(`bookingStatus.${status}`);
export const courseFormatLabel = (t: I18n['t'], format: CourseFormat): string => t(`courseFormat.${format}`);

/** A fresh key per submit: a retried request books once, a second submit books again. */
export function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
