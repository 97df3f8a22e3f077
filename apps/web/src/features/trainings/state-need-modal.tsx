import { Button, Group, Modal, NumberInput, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { FormError } from '../../components/form-error';
import { fieldErrors } from '../../errors/error-text';
import type { CourseFormat } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { addDays, isLocalDate, todayLocalDate } from '../tiers/dates';
import { courseFormatLabel, courseTitle } from './training-text';
import { CoursesQuery, StateTrainingNeedMutation } from './trainings.operations';

const FORMATS: CourseFormat[] = ['CLASSROOM', 'VIRTUAL_CLASSROOM', 'WORKSHOP'];
const REGION = /^[0-9A-Za-z-]{0,20}$/;

/** A partner admin states what the team needs: a catalogue course or a free topic, how many people, when, where, how. */
export function StateNeedModal({ onClose }: { onClose: (stated: boolean) => void }) {
  const { t, locale } = useI18n();
  const courses = useQuery(CoursesQuery, {});
  const [state, busy] = useMutation(StateTrainingNeedMutation);
  const today = todayLocalDate();
  const [kind, setKind] = useState<'course' | 'topic'>('course');
  const [courseId, setCourseId] = useState<string | null>(null);
  const [topic, setTopic] = useState('');
  const [people, setPeople] = useState<number | string>(1);
  const [preferredFrom, setPreferredFrom] = useState(addDays(today, 30));
  const [preferredTo, setPreferredTo] = useState(addDays(today, 90));
  const [region, setRegion] = useState('');
  const [format, setFormat] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError>();

  const submit = async () => {
    const local: Record<string, string> = {};
    if (kind === 'course' && !courseId) local.courseId = t('field.REQUIRED');
    if (kind === 'topic' && topic.trim().length < 3) local.topic = t(topic.trim() ? 'field.MINLENGTH' : 'field.REQUIRED');
    if (typeof people !== 'number' || people < 1 || people > 500) local.people = t('field.INVALID');
    if (!isLocalDate(preferredFrom)) local.preferredFrom = t('field.date');
    if (!isLocalDate(preferredTo)) local.preferredTo = t('field.date');
    else if (isLocalDate(preferredFrom) && preferredTo < preferredFrom) local.preferredTo = t('needs.periodInvalid');
    if (!REGION.test(region.trim())) local.region = t('needs.regionInvalid');
    setProblems(local);
    setError(undefined);
    if (Object.keys(local).length > 0 || typeof people !== 'number') return;
    try {
      await state({
        input: {
          courseId: kind === 'course' ? courseId : undefined,
          topic: kind === 'topic' ? topic.trim() : undefined,
          people,
          preferredFrom,
          preferredTo,
          region: region.trim(),
          format: (format as CourseFormat | null) ?? undefined,
        },
      });
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
      title={t('needs.state.title')}
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
          <Radio.Group label={t('needs.kind')} value={kind} onChange={(v) => setKind(v === 'topic' ? 'topic' : 'course')}>
            <Group mt="xs">
              <Radio value="course" label={t('needs.kind.course')} />
              <Radio value="topic" label={t('needs.kind.topic')} />
            </Group>
          </Radio.Group>
          {kind === 'course' ? (
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
          ) : (
            <TextInput
              label={t('needs.topic')}
              description={t('needs.topicHint')}
              required
              data-autofocus
              maxLength={200}
              value={topic}
              onChange={(e) => setTopic(e.currentTarget.value)}
              error={problems.topic}
            />
          )}
          <NumberInput label={t('needs.people')} required min={1} max={500} value={people} onChange={setPeople} error={problems.people} />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('needs.preferredFrom')}
              required
              min={today}
              value={preferredFrom}
              onChange={(e) => setPreferredFrom(e.currentTarget.value)}
              error={problems.preferredFrom}
            />
            <TextInput
              type="date"
              label={t('needs.preferredTo')}
              required
              min={preferredFrom || today}
              value={preferredTo}
              onChange={(e) => setPreferredTo(e.currentTarget.value)}
              error={problems.preferredTo}
            />
          </Group>
          <TextInput
            label={t('trainings.region')}
            description={t('needs.regionHint')}
            maxLength={20}
            value={region}
            onChange={(e) => setRegion(e.currentTarget.value)}
            error={problems.region}
          />
          <Select
            label={t('needs.format')}
            placeholder={t('needs.anyFormat')}
            clearable
            value={format}
            onChange={setFormat}
            data={FORMATS.map((f) => ({ value: f, label: courseFormatLabel(t, f) }))}
          />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('needs.state.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
