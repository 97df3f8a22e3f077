import type { BookingStatus, CourseFormat, TrainingNeedStatus } from '../../gql/graphql';
import type { I18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';

export const courseTitle = (locale: Locale, item: { courseTitleDe: string; courseTitleEn: string }): string =>
  locale === 'de' ? item.courseTitleDe : item.courseTitleEn;

export const bookingStatusLabel = (t: I18n['t'], status: BookingStatus): string => t(`bookingStatus.${status}`);
export const courseFormatLabel = (t: I18n['t'], format: CourseFormat): string => t(`courseFormat.${format}`);
export const needStatusLabel = (t: I18n['t'], status: TrainingNeedStatus): string => t(`needStatus.${status}`);

/** A need (or a group of needs) names a catalogue course by its code, or a free topic. */
export const needWhat = (need: { courseCode?: string | null; topic?: string | null }): string => need.courseCode ?? need.topic ?? '—';

/** "2025-03" (the month of a need group) as "March 2025" in the reader's language. */
export function formatMonth(locale: Locale, month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A fresh key per submit: a retried request books once, a second submit books again. */
export function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
