import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { FormError } from '../../components/form-error';
import { fieldErrors } from '../../errors/error-text';
import { useI18n } from '../../i18n/i18n-context';
import { courseTitle } from './training-text';
import { CoursesQuery, CreateTrainingSessionMutation } from './trainings.operations';

const toIso = (local: string): string | undefined => {
  const date = new Date(local);
  return local && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
};

/** A new session of a classroom, virtual or workshop course (e-learning has no sessions). */
export function CreateSessionModal({ onClose }: { onClose: (created: boolean) => void }) {
  const { t, locale } = useI18n();
  const courses = useQuery(CoursesQuery, {});
  const [create, busy] = useMutation(CreateTrainingSessionMutation);
  const [courseId, setCourseId] = useState<string | null>(null);
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [capacity, setCapacity] = useState<number | string>(10);
  const [language, setLanguage] = useState<string | null>(locale);
  const [region, setRegion] = useState('');
  const [venue, setVenue] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError>();

  const submit = async () => {
    const local: Record<string, string> = {};
    if (!courseId) local.courseId = t('field.REQUIRED');
    const start = toIso(startsAt);
    const end = toIso(endsAt);
    if (!start) local.startsAt = t('field.REQUIRED');
    if (!end) local.endsAt = t('field.REQUIRED');
    if (typeof capacity !== 'number' || capacity < 1) local.capacity = t('field.REQUIRED');
    setProblems(local);
    setError(undefined);
    if (Object.keys(local).length > 0 || !courseId || !start || !end || typeof capacity !== 'number') return;
    try {
      await create({ input: { courseId, startsAt: start, endsAt: end, capacity, language: language ?? 'de', region, venue } });
      onClose(true);
    } catch (e) {
      const apiError = toApiError(e);
      const fields = fieldErrors(t, apiError);
      setProblems(fields);
      if (Object.keys(fields).length === 0) setError(apiError);
    }
  };

  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={t('trainings.create.title')}
      centered
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Select
            label={t('trainings.course')}
            required
            data-autofocus
            value={courseId}
            onChange={setCourseId}
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
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            error={problems.startsAt}
          />
          <TextInput
            type="datetime-local"
            label={t('trainings.end')}
            required
            value={endsAt}
            onChange={(e) => setEndsAt(e.currentTarget.value)}
            error={problems.endsAt}
          />
          <NumberInput label={t('trainings.capacity')} required min={1} value={capacity} onChange={setCapacity} error={problems.capacity} />
          <Select
            label={t('trainings.language')}
            value={language}
            onChange={setLanguage}
            allowDeselect={false}
            data={[
              { value: 'de', label: t('trainings.lang.de') },
              { value: 'en', label: t('trainings.lang.en') },
            ]}
          />
          <TextInput
            label={t('trainings.region')}
            value={region}
            onChange={(e) => setRegion(e.currentTarget.value)}
            error={problems.region}
          />
          <TextInput label={t('trainings.venue')} value={venue} onChange={(e) => setVenue(e.currentTarget.value)} error={problems.venue} />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('trainings.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
