import { Button, Fieldset, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { InvitationLink } from '../../components/invitation-link';
import { fieldErrors } from '../../errors/error-text';
import type { CreatePartnerOrganisationMutation as Created, Locale, OrganisationKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel } from '../../i18n/labels';
import { CreatePartnerOrganisationMutation } from './network.operations';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: () => void;
}

interface Values {
  kind: OrganisationKind;
  name: string;
  legalName: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  firstAdmin: { displayName: string; email: string; locale: Locale };
}

const INITIAL: Values = {
  kind: 'PARTNER',
  name: '',
  legalName: '',
  street: '',
  postalCode: '',
  city: '',
  country: 'DE',
  firstAdmin: { displayName: '', email: '', locale: 'de' },
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Onboards a partner or subcontractor together with its first admin, then shows that admin's link once. */
export function CreateOrganisationModal({ opened, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const [create, saving] = useMutation(CreatePartnerOrganisationMutation);
  const [error, setError] = useState<ApiError>();
  const [result, setResult] = useState<Created['createPartnerOrganisation']>();
  const required = (v: string) => (v.trim() ? null : t('field.REQUIRED'));
  const form = useForm<Values>({
    initialValues: INITIAL,
    validate: {
      name: required,
      legalName: required,
      country: (v) => (/^[A-Za-z]{2}$/.test(v.trim()) ? null : t('field.country')),
      firstAdmin: {
        displayName: required,
        email: (v) => (EMAIL.test(v.trim()) ? null : t('field.ISEMAIL')),
      },
    },
  });

  const close = () => {
    form.reset();
    setError(undefined);
    setResult(undefined);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setError(undefined);
    try {
      const trimmed = {
        ...values,
        name: values.name.trim(),
        legalName: values.legalName.trim(),
        country: values.country.trim().toUpperCase(),
        firstAdmin: { ...values.firstAdmin, email: values.firstAdmin.email.trim(), displayName: values.firstAdmin.displayName.trim() },
      };
      const { createPartnerOrganisation } = await create({ input: trimmed });
      setResult(createPartnerOrganisation);
      onCreated();
    } catch (e) {
      const apiError = toApiError(e);
      const fields = fieldErrors(t, apiError);
      form.setErrors(fields);
      setError(apiError);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('network.create')} size="lg" closeButtonProps={{ 'aria-label': t('action.close') }}>
      {result ? (
        <Stack>
          <Text>{t('network.created', { name: result.organisation.name })}</Text>
          <InvitationLink
            email={result.invitation.user.email}
            url={result.invitation.invitationUrl}
            expiresAt={result.invitation.expiresAt}
          />
          <Group justify="flex-end">
            <Button onClick={close} data-autofocus>
              {t('action.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError error={error} />
            <Select
              label={t('network.kind')}
              data={(['PARTNER', 'SUBCONTRACTOR'] as const).map((k) => ({ value: k, label: kindLabel(t, k) }))}
              allowDeselect={false}
              value={form.values.kind}
              onChange={(v) => v && form.setFieldValue('kind', v)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('network.name')} required data-autofocus {...form.getInputProps('name')} />
              <TextInput label={t('network.legalName')} required {...form.getInputProps('legalName')} />
            </SimpleGrid>
            <TextInput label={t('network.street')} autoComplete="street-address" {...form.getInputProps('street')} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('network.postalCode')} autoComplete="postal-code" {...form.getInputProps('postalCode')} />
              <TextInput label={t('network.city')} autoComplete="address-level2" {...form.getInputProps('city')} />
              <TextInput
                label={t('network.country')}
                description={t('network.countryHint')}
                maxLength={2}
                required
                {...form.getInputProps('country')}
              />
            </SimpleGrid>
            <Fieldset legend={t('network.firstAdmin')}>
              <Stack>
                <TextInput label={t('field.displayName')} required {...form.getInputProps('firstAdmin.displayName')} />
                <TextInput label={t('field.email')} type="email" required {...form.getInputProps('firstAdmin.email')} />
                <Select
                  label={t('field.language')}
                  data={[
                    { value: 'de', label: 'Deutsch' },
                    { value: 'en', label: 'English' },
                  ]}
                  allowDeselect={false}
                  value={form.values.firstAdmin.locale}
                  onChange={(v) => v && form.setFieldValue('firstAdmin.locale', v)}
                />
              </Stack>
            </Fieldset>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('action.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('network.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
