import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import type { TrainingSessionsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { SessionFields, toLocalInput, useSessionForm } from './session-form';
import { courseTitle } from './training-text';
import { CancelTrainingSessionMutation, UpdateTrainingSessionMutation } from './trainings.operations';

export type SessionRow = TrainingSessionsQuery['trainingSessions']['items'][number];

const REASON_MIN = 3;
const REASON_MAX = 1000;

/**
 * Time, place, seats and language of a scheduled session. What the form does not show (time zone,
 * trainer, online link, seat cap) is sent back unchanged; the deadlines too, unless the start moved
 * (then the API derives them from the new start again).
 */
export function EditSessionModal({ session, onClose }: { session: SessionRow; onClose: (changed: boolean) => void }) {
  const { t, locale, formatDateTime } = useI18n();
  const form = useSessionForm({
    courseId: session.courseId,
    startsAt: toLocalInput(session.startsAt),
    endsAt: toLocalInput(session.endsAt),
    capacity: session.capacity,
    language: session.language,
    region: session.region,
    venue: session.venue,
  });
  const [update, busy] = useMutation(UpdateTrainingSessionMutation);
  const [error, setError] = useState<ApiError>();

  const submit = async () => {
    setError(undefined);
    const input = form.validate();
    if (!input) return;
    const sameStart = new Date(input.startsAt).getTime() === new Date(session.startsAt).getTime();
    try {
      await update({
        id: session.id,
        input: {
          ...input,
          timeZone: session.timeZone,
          trainer: session.trainer,
          onlineUrl: session.onlineUrl,
          seatCapPerOrganisation: session.seatCapPerOrganisation,
          bookingDeadline: sameStart ? session.bookingDeadline : undefined,
          cancellationDeadline: sameStart ? session.cancellationDeadline : undefined,
        },
      });
      onClose(true);
    } catch (e) {
      setError(form.showError(e));
    }
  };

  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={t('sessions.edit.title', { course: courseTitle(locale, session), date: formatDateTime(session.startsAt) })}
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
          <Text size="sm">{t('sessions.edit.hint')}</Text>
          <SessionFields form={form} courseFixed />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Cancelling a session cancels every booking and tells everyone booked or waiting: a reason is required, and "Back" is the easy way out. */
export function CancelSessionDialog({ session, onClose }: { session: SessionRow; onClose: (cancelled: boolean) => void }) {
  const { t, locale, formatDateTime, formatNumber } = useI18n();
  const [cancel, busy] = useMutation(CancelTrainingSessionMutation);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const booked = session.capacity - session.seatsLeft;

  const submit = async () => {
    setError(undefined);
    if (reason.trim().length < REASON_MIN) {
      setProblem(t('sessions.cancel.reasonTooShort'));
      return;
    }
    setProblem(undefined);
    try {
      await cancel({ id: session.id, reason: reason.trim() });
      onClose(true);
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={t('sessions.cancel.title')}
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
          <Text>
            {t('sessions.cancel.message', {
              course: courseTitle(locale, session),
              date: formatDateTime(session.startsAt),
              booked: formatNumber(booked),
              waiting: formatNumber(session.waitlistLength),
            })}
          </Text>
          <Textarea
            label={t('sessions.cancel.reason')}
            description={t('sessions.cancel.reasonHint')}
            required
            autosize
            minRows={2}
            maxLength={REASON_MAX}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={problem}
          />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('action.back')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('sessions.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
