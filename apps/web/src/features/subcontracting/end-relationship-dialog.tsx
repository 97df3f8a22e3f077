import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { showNotice } from '../../components/notice';
import { fieldErrors } from '../../errors/error-text';
import { useI18n } from '../../i18n/i18n-context';
import { ReasonField, reasonRule } from '../tiers/reason-field';
import { EndSubcontractorRelationshipMutation } from './subcontracting.operations';

interface Props {
  opened: boolean;
  relationshipId: string;
  subcontractorName: string;
  onClose: () => void;
  onEnded: () => void;
}

/** Ending the relationship ends all of its live permissions at once, so it asks with a reason; Cancel has the focus. */
export function EndRelationshipDialog({ opened, relationshipId, subcontractorName, onClose, onEnded }: Props) {
  const { t } = useI18n();
  const [end, ending] = useMutation(EndSubcontractorRelationshipMutation);
  const [error, setError] = useState<ApiError>();
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: reasonRule(t('tiers.reasonTooShort')) } });
  const close = () => {
    form.reset();
    setError(undefined);
    onClose();
  };
  const submit = form.onSubmit(async ({ reason }) => {
    setError(undefined);
    try {
      await end({ id: relationshipId, reason: reason.trim() });
      showNotice(t, 'green', t('subcontractor.ended', { name: subcontractorName }));
      form.reset();
      onEnded();
    } catch (e) {
      const apiError = toApiError(e);
      form.setErrors(fieldErrors(t, apiError));
      setError(apiError);
    }
  });
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('subcontractor.endTitle', { name: subcontractorName })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={error} />
          <Text>{t('subcontractor.endWarning', { name: subcontractorName })}</Text>
          <ReasonField {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('action.cancel')}
            </Button>
            <Button type="submit" color="red" loading={ending}>
              {t('subcontractor.endSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
