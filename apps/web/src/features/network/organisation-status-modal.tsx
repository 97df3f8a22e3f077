import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { fieldErrors } from '../../errors/error-text';
import type { OrganisationStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { showNotice } from '../../components/notice';
import { organisationStatusLabel } from '../../i18n/labels';
import { SetOrganisationStatusMutation } from './network.operations';

/** The transitions the API allows; offering only these avoids a round trip that can only fail. */
export const NEXT_STATUSES: Record<OrganisationStatus, OrganisationStatus[]> = {
  ONBOARDING: ['ACTIVE', 'ENDED'],
  ACTIVE: ['SUSPENDED', 'ENDED'],
  SUSPENDED: ['ACTIVE', 'ENDED'],
  ENDED: [],
};

interface Props {
  organisation: { id: string; name: string; status: OrganisationStatus } | undefined;
  onClose: () => void;
  onChanged: () => void;
}

/** Activating, suspending or ending a partnership always records a reason (it lands in the audit log). */
export function OrganisationStatusModal({ organisation, onClose, onChanged }: Props) {
  const { t } = useI18n();
  const [setStatus, saving] = useMutation(SetOrganisationStatusMutation);
  const [error, setError] = useState<ApiError>();
  const options = organisation ? NEXT_STATUSES[organisation.status] : [];
  const form = useForm<{ status: string; reason: string }>({
    initialValues: { status: '', reason: '' },
    validate: {
      status: (v) => (v ? null : t('field.REQUIRED')),
      reason: (v) => (v.trim().length >= 3 ? null : t('network.reasonTooShort')),
    },
  });

  const close = () => {
    form.reset();
    setError(undefined);
    onClose();
  };

  const submit = form.onSubmit(async ({ status, reason }) => {
    if (!organisation) return;
    setError(undefined);
    try {
      await setStatus({ id: organisation.id, status: status as OrganisationStatus, reason: reason.trim() });
      showNotice(
        t,
        'green',
        t('network.statusChanged', { name: organisation.name, status: organisationStatusLabel(t, status as OrganisationStatus) }),
      );
      onChanged();
      close();
    } catch (e) {
      const apiError = toApiError(e);
      form.setErrors(fieldErrors(t, apiError));
      setError(apiError);
    }
  });

  return (
    <Modal
      opened={organisation !== undefined}
      onClose={close}
      title={organisation ? t('network.changeStatusFor', { name: organisation.name }) : ''}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={error} />
          <Radio.Group label={t('network.newStatus')} required {...form.getInputProps('status')}>
            <Stack gap="xs" mt="xs">
              {options.map((status) => (
                <Radio key={status} value={status} label={organisationStatusLabel(t, status)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea label={t('network.reason')} required autosize minRows={2} maxLength={1000} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('network.changeStatus')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
