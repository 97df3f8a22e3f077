import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { can } from '../../access/permissions';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { errorText } from '../../errors/error-text';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { bookingStatusLabel, courseTitle, randomKey } from './training-text';
import { BookSeatMutation, TeamMembersQuery } from './trainings.operations';

export interface BookableSession {
  id: string;
  courseTitleDe: string;
  courseTitleEn: string;
  startsAt: string;
}

interface Outcome {
  name: string;
  text: string;
  ok: boolean;
}

/** A technician books a seat for themselves; a partner admin picks team members, each booked on its own. */
export function BookDialog({ session, onClose }: { session: BookableSession; onClose: (changed: boolean) => void }) {
  const { t, locale, formatDateTime } = useI18n();
  const viewer = useViewer();
  const forTeam = can(viewer, 'booking.create_for_team');
  const team = useQuery(TeamMembersQuery, { page: { limit: 100, offset: 0 } }, { skip: !forTeam });
  const [selected, setSelected] = useState<string[]>([]);
  const [book, busy] = useMutation(BookSeatMutation);
  const [outcomes, setOutcomes] = useState<Outcome[]>();
  const [problem, setProblem] = useState<string>();

  const members = team.data?.users.items ?? [];

  const submit = async () => {
    const targets = forTeam
      ? members.filter((m) => selected.includes(m.id)).map((m) => ({ id: m.id, name: m.displayName }))
      : [{ id: undefined, name: viewer.displayName }];
    if (targets.length === 0) {
      setProblem(t('trainings.book.pickSomeone'));
      return;
    }
    setProblem(undefined);
    const results: Outcome[] = [];
    for (const target of targets) {
      try {
        const { bookSeat } = await book({ input: { sessionId: session.id, participantId: target.id, idempotencyKey: randomKey() } });
        const text =
          bookSeat.status === 'WAITLISTED'
            ? t('trainings.book.waitlisted', { position: bookSeat.waitlistPosition ?? 1 })
            : bookingStatusLabel(t, bookSeat.status);
        results.push({ name: target.name, text, ok: true });
      } catch (error) {
        results.push({ name: target.name, text: errorText(t, toApiError(error)), ok: false });
      }
    }
    setOutcomes(results);
  };

  const title = t('trainings.book.title', { course: courseTitle(locale, session), date: formatDateTime(session.startsAt) });
  return (
    <Modal
      opened
      onClose={() => onClose(outcomes !== undefined)}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      {outcomes ? (
        <Stack>
          <List data-testid="booking-outcomes" aria-live="polite">
            {outcomes.map((o) => (
              <List.Item key={o.name} c={o.ok ? undefined : 'red.9'}>
                {t('trainings.book.outcome', { name: o.name, result: o.text })}
              </List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button onClick={() => onClose(true)} data-autofocus>
              {t('action.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            {forTeam ? (
              <TeamPicker
                label={t('trainings.book.participants')}
                loading={team.loading}
                error={team.error}
                members={members}
                selected={selected}
                onChange={setSelected}
              />
            ) : (
              <Text>{t('trainings.book.self')}</Text>
            )}
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => onClose(false)}>
                {t('action.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('trainings.book.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

export function TeamPicker(props: {
  label: string;
  loading: boolean;
  error: ApiError | undefined;
  members: { id: string; displayName: string; email: string }[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useI18n();
  if (props.error) {
    return (
      <Alert color="red" role="alert">
        {errorText(t, props.error)}
      </Alert>
    );
  }
  if (props.loading) return <Text role="status">{t('list.loading')}</Text>;
  return (
    <Checkbox.Group label={props.label} value={props.selected} onChange={props.onChange}>
      <Stack gap="xs" mt="xs">
        {props.members.map((m) => (
          <Checkbox key={m.id} value={m.id} label={`${m.displayName} (${m.email})`} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
