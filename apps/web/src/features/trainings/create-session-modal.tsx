import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import type { ApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { useI18n } from '../../i18n/i18n-context';
import { SessionFields, useSessionForm } from './session-form';
import { CreateTrainingSessionMutation } from './trainings.operations';

/** A new session of a classroom, virtual or workshop course (e-learning has no sessions). */
export function CreateSessionModal({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useI18n();
  const form = useSessionForm();
  const [create, busy] = useMutation(CreateTrainingSessionMutation);
  const [error, setError] = useState<ApiError>();

  const submit = async () => {
    setError(undefined);
    const input = form.validate();
    if (!input) return;
    try {
      await create({ input });
      onClose(true);
    } catch (e) {
      setError(form.showError(e));
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
          <SessionFields form={form} />
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
