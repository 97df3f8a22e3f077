import { NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useQuery } from '../../api/use-query';
import { fieldErrors } from '../../errors/error-text';
import { useI18n } from '../../i18n/i18n-context';
import { courseTitle } from './training-text';
import { CoursesQuery } from './trainings.operations';

/** What the session form edits; times are `datetime-local` values in the browser's time zone. */
export interface SessionFormValues {
  courseId: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number | string;
  language: string | null;
  region: string;
  venue: string;
}

/** The fields every session form sends (SessionInput without the optional extras). */
export interface SessionFormInput {
  courseId: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  language: string;
  region: string;
  venue: string;
}

const toIso = (local: string): string | undefined => {
  const date = new Date(local);
  return local && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
};

/** An ISO time as a `datetime-local` value in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export interface SessionForm {
  values: SessionFormValues;
  set: <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) => void;
  problems: Record<string, string>;
  /** The input when every required field is filled; otherwise marks the gaps and returns undefined. */
  validate: () => SessionFormInput | undefined;
  /** Shows a failed submit: field problems at their inputs (paths like `session.startsAt` too); the rest is returned. */
  showError: (error: unknown) => ApiError | undefined;
}

/** Shared by "new session", "plan a session from needs" and "change time and place". */
export function useSessionForm(initial: Partial<SessionFormValues> = {}): SessionForm {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<SessionFormValues>(() => ({
    courseId: null,
    startsAt: '',
    endsAt: '',
    capacity: 10,
    language: locale,
    region: '',
    venue: '',
    ...initial,
  }));
  const [problems, setProblems] = useState<Record<string, string>>({});

  const validate = (): SessionFormInput | undefined => {
    const local: Record<string, string> = {};
    const start = toIso(values.startsAt);
    const end = toIso(values.endsAt);
    if (!values.courseId) local.courseId = t('field.REQUIRED');
    if (!start) local.startsAt = t('field.REQUIRED');
    if (!end) local.endsAt = t('field.REQUIRED');
    if (typeof values.capacity !== 'number' || values.capacity < 1) local.capacity = t('field.REQUIRED');
    setProblems(local);
    if (Object.keys(local).length > 0 || !values.courseId || !start || !end || typeof values.capacity !== 'number') return undefined;
    return {
      courseId: values.courseId,
      startsAt: start,
      endsAt: end,
      capacity: values.capacity,
      language: values.language ?? 'de',
      region: values.region.trim(),
      venue: values.venue.trim(),
    };
  };

  const showError = (error: unknown): ApiError | undefined => {
    const apiError = toApiError(error);
    const fields = Object.fromEntries(
      Object.entries(fieldErrors(t, apiError)).map(([path, text]) => [path.replace(/^session\./, ''), text]),
    );
    setProblems(fields);
    return Object.keys(fields).length === 0 ? apiError : undefined;
  };

  return {
    values,
    set: (key, value) => setValues((previous) => ({ ...previous, [key]: value })),
    problems,
    validate,
    showError,
  };
}

/** Course, time, seats, language and place; the course is fixed when a session is changed. */
export function SessionFields({ form, courseFixed = false }: { form: SessionForm; courseFixed?: boolean }) {
  const { t, locale } = useI18n();
  const courses = useQuery(CoursesQuery, {});
  const { values, set, problems } = form;
  return (
    <>
      <Select
        label={t('trainings.course')}
        required
        data-autofocus={courseFixed ? undefined : true}
        disabled={courseFixed}
        value={values.courseId}
        onChange={(v) => set('courseId', v)}
        error={problems.courseId}
        data={(courses.data?.courses ?? [])
          .filter((c) => c.format !== 'E_LEARNING')
          .map((c) => ({
            value: c.id,
            label: `${c.code} – ${courseTitle(locale, { courseTitleDe: c.titleDe, courseTitleEn: c.titleEn })}`,
          }))}
      />
      <TextInput
        type="datetime-local"
        label={t('trainings.start')}
        required
        data-autofocus={courseFixed ? true : undefined}
        value={values.startsAt}
        onChange={(e) => set('startsAt', e.currentTarget.value)}
        error={problems.startsAt ?? problems.bookingDeadline ?? problems.cancellationDeadline}
      />
      <TextInput
        type="datetime-local"
        label={t('trainings.end')}
        required
        value={values.endsAt}
        onChange={(e) => set('endsAt', e.currentTarget.value)}
        error={problems.endsAt}
      />
      <NumberInput
        label={t('trainings.capacity')}
        required
        min={1}
        max={1000}
        value={values.capacity}
        onChange={(v) => set('capacity', v)}
        error={problems.capacity}
      />
      <Select
        label={t('trainings.language')}
        value={values.language}
        onChange={(v) => set('language', v)}
        allowDeselect={false}
        data={[
          { value: 'de', label: t('trainings.lang.de') },
          { value: 'en', label: t('trainings.lang.en') },
        ]}
      />
      <TextInput
        label={t('trainings.region')}
        value={values.region}
        onChange={(e) => set('region', e.currentTarget.value)}
        error={problems.region}
      />
      <TextInput
        label={t('trainings.venue')}
        value={values.venue}
        onChange={(e) => set('venue', e.currentTarget.value)}
        error={problems.venue}
      />
    </>
  );
}
