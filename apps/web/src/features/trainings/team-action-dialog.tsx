import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { can } from '../../access/permissions';
import { type ApiError, toApiError } from '../../api/api-error';
import { useQuery } from '../../api/use-query';
import { errorText } from '../../errors/error-text';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { TeamMembersQuery } from './trainings.operations';

interface Outcome {
  name: string;
  text: string;
  ok: boolean;
}

export interface TeamActionDialogProps {
  title: string;
  /** data-testid of the list of outcomes. */
  outcomesTestId: string;
  texts: { participants: string; self: string; submit: string };
  /** Books or enrols one participant (undefined: the viewer); resolves to the outcome's text. */
  run: (participantId: string | undefined) => Promise<string>;
  onClose: (changed: boolean) => void;
}

/**
 * Booking a session and enrolling in an e-learning course ask the same: a technician acts for themselves, a partner
 * admin picks team members, and each participant is one request whose outcome (or refusal) is listed on its own.
 */
export function TeamActionDialog({ title, outcomesTestId, texts, run, onClose }: TeamActionDialogProps) {
  const { t } = useI18n();
  const viewer = useViewer();
  const forTeam = can(viewer, 'booking.create_for_team');
  const team = useQuery(TeamMembersQuery, { page: { limit: 100, offset: 0 } }, { skip: !forTeam });
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
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
    setBusy(true);
    const results: Outcome[] = [];
    for (const target of targets) {
      try {
        results.push({ name: target.name, text: await run(target.id), ok: true });
      } catch (error) {
        results.push({ name: target.name, text: errorText(t, toApiError(error)), ok: false });
      }
    }
    setBusy(false);
    setOutcomes(results);
  };

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
          <List data-testid={outcomesTestId} aria-live="polite">
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
                label={texts.participants}
                loading={team.loading}
                error={team.error}
                members={members}
                selected={selected}
                onChange={setSelected}
              />
            ) : (
              <Text>{texts.self}</Text>
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
                {texts.submit}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function TeamPicker(props: {
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
