import { useQuery } from '../../api/use-query';
import { useI18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';
import { courseTitle } from './training-text';
import { CoursesQuery } from './trainings.operations';

/** "BASIC – Heat pump basics" for a catalogue course, else the free topic. */
export function useNeedWhat(): (need: { courseId?: string | null; courseCode?: string | null; topic?: string | null }) => string {
  const { locale } = useI18n();
  const courses = useQuery(CoursesQuery, {});
  return (need) => whatOf(locale, courses.data?.courses ?? [], need);
}

function whatOf(
  locale: Locale,
  courses: { id: string; code: string; titleDe: string; titleEn: string }[],
  need: { courseId?: string | null; courseCode?: string | null; topic?: string | null },
): string {
  const course = need.courseId ? courses.find((c) => c.id === need.courseId) : undefined;
  if (course) return `${course.code} – ${courseTitle(locale, { courseTitleDe: course.titleDe, courseTitleEn: course.titleEn })}`;
  return need.courseCode ?? need.topic ?? '—';
}
