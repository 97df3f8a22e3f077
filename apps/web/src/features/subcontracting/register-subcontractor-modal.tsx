import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { fieldErrors } from '../../errors/error-text';
import type { SubcontractorFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { RegisterSubcontractorMutation } from './subcontracting.operations';

interface Props {
  opened: boolean;
  onClose: () => void;
  onRegistered: (subcontractor: SubcontractorFieldsFragment) => void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const EMPTY = {
  tradeRegisterNumber: '',
  name: '',
  street: '',
  postalCode: '',
  city: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

/** Registers a subcontractor company, or links the one another partner already registered under the same trade register number. */
export function RegisterSubcontractorModal({ opened, onClose, onRegistered }: Props) {
  const { t } = useI18n();
  const [register, saving] = useMutation(RegisterSubcontractorMutation);
  const [error, setError] = useState<ApiError>();
  const form = useForm<typeof EMPTY>({
    initialValues: EMPTY,
    validate: {
      tradeRegisterNumber: (v) => (v.trim().length >= 3 ? null : t('field.REQUIRED')),
      name: (v) => (v.trim() ? null : t('field.REQUIRED')),
      contactEmail: (v) => (!v.trim() || EMAIL.test(v.trim()) ? null : t('field.ISEMAIL')),
    },
  });

  const close = () => {
    form.reset();
    setError(undefined);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setError(undefined);
    try {
      const { registerSubcontractor } = await register({
        input: {
          tradeRegisterNumber: values.tradeRegisterNumber.trim(),
          name: values.name.trim(),
          street: values.street.trim(),
          postalCode: values.postalCode.trim(),
          city: values.city.trim(),
          contactName: values.contactName.trim(),
          contactEmail: values.contactEmail.trim() || null,
          contactPhone: values.contactPhone.trim(),
        },
      });
      form.reset();
      onRegistered(registerSubcontractor);
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
      title={t('subcontractors.register')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <form onSubmit={submit} noValidate aria-label={t('subcontractors.register')}>
        <Stack>
          <FormError error={error} />
          <Text size="sm">{t('subcontractors.registerHint')}</Text>
          <TextInput
            label={t('subcontractor.tradeRegisterNumber')}
            description={t('subcontractors.tradeRegisterHint')}
            required
            data-autofocus
            maxLength={60}
            {...form.getInputProps('tradeRegisterNumber')}
          />
          <TextInput label={t('subcontractor.name')} required maxLength={200} {...form.getInputProps('name')} />
          <TextInput label={t('subcontractor.street')} maxLength={200} {...form.getInputProps('street')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('subcontractor.postalCode')} maxLength={10} {...form.getInputProps('postalCode')} />
            <TextInput label={t('subcontractor.city')} maxLength={100} {...form.getInputProps('city')} />
          </SimpleGrid>
          <TextInput label={t('subcontractor.contactName')} maxLength={200} {...form.getInputProps('contactName')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('subcontractor.contactEmail')} type="email" maxLength={200} {...form.getInputProps('contactEmail')} />
            <TextInput label={t('subcontractor.contactPhone')} type="tel" maxLength={50} {...form.getInputProps('contactPhone')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('subcontractors.registerSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
