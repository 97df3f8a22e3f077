import { Alert, Button, Group, List, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { FormError } from '../../components/form-error';
import { useI18n } from '../../i18n/i18n-context';
import type { NeedGroup } from './needs-panel';
import { SessionFields, useSessionForm } from './session-form';
import { PlanSessionFromNeedsMutation, TrainingNeedsQuery } from './trainings.operations';

/** A session answering one group of needs; its partners get a head start of some days on booking. */
export function PlanSessionModal({ group, what, onClose }: { group: NeedGroup; what: string; onClose: (planned: boolean) => void }) {
  const { t, formatLocalDate } = useI18n();
  const form = useSessionForm({
    courseId: group.courseId ?? null,
    capacity: Math.min(Math.max(group.people, 1), 1000),
    region: group.region,
  });
  const open = useQuery(TrainingNeedsQuery, { status: 'OPEN' });
  const [plan, busy] = useMutation(PlanSessionFromNeedsMutation);
  const [priorityDays, setPriorityDays] = useState<number | string>(7);
  const [priorityProblem, setPriorityProblem] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const needs = (open.data?.trainingNeeds ?? []).filter((n) => group.needIds.includes(n.id));

  const submit = async () => {
    setError(undefined);
    const days = typeof priorityDays === 'number' && priorityDays >= 0 && priorityDays <= 60 ? priorityDays : undefined;
    setPriorityProblem(days === undefined ? t('field.INVALID') : undefined);
    const session = form.validate();
    if (!session || days === undefined) return;
    try {
      await plan({ needIds: group.needIds, session, priorityDays: days });
      onClose(true);
    } catch (e) {
      setError(form.showError(e));
    }
  };

  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={t('needs.plan.title', { what })}
      size="lg"
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
          <div>
            <Text>{t('needs.plan.answers', { people: group.people, partners: group.partners })}</Text>
            <List size="sm" mt="xs" data-testid="planned-needs">
              {needs.map((n) => (
                <List.Item key={n.id}>
                  {t('needs.plan.need', {
                    organisation: n.organisationName,
                    people: n.people,
                    from: formatLocalDate(n.preferredFrom),
                    to: formatLocalDate(n.preferredTo),
                  })}
                </List.Item>
              ))}
            </List>
          </div>
          {!group.courseId && <Alert color="blue">{t('needs.plan.chooseCourse')}</Alert>}
          <SessionFields form={form} />
          <NumberInput
            label={t('needs.plan.priorityDays')}
            description={t('needs.plan.priorityHint')}
            min={0}
            max={60}
            value={priorityDays}
            onChange={setPriorityDays}
            error={priorityProblem}
          />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('needs.plan.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
