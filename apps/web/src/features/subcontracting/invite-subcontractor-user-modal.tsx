import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { InvitationLink } from '../../components/invitation-link';
import { fieldErrors } from '../../errors/error-text';
import type { InviteSubcontractorUserMutation as Invited } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { InviteSubcontractorUserMutation } from './subcontracting.operations';

interface Props {
  opened: boolean;
  relationshipId: string;
  subcontractorName: string;
  onClose: () => void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Invites a person of the subcontractor company (role subcontractor user); the link is shown once to pass on. */
export function InviteSubcontractorUserModal({ opened, relationshipId, subcontractorName, onClose }: Props) {
  const { t, locale } = useI18n();
  const [invite, saving] = useMutation(InviteSubcontractorUserMutation);
  const [error, setError] = useState<ApiError>();
  const [result, setResult] = useState<Invited['inviteSubcontractorUser']>();
  const form = useForm({
    initialValues: { email: '', displayName: '', locale: locale },
    validate: {
      email: (v) => (EMAIL.test(v.trim()) ? null : t('field.ISEMAIL')),
      displayName: (v) => (v.trim() ? null : t('field.REQUIRED')),
    },
  });
  const title = t('subcontractor.inviteTitle', { name: subcontractorName });

  const close = () => {
    form.reset();
    setError(undefined);
    setResult(undefined);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setError(undefined);
    try {
      const { inviteSubcontractorUser } = await invite({
        relationshipId,
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        locale: values.locale,
      });
      setResult(inviteSubcontractorUser);
    } catch (e) {
      const apiError = toApiError(e);
      form.setErrors(fieldErrors(t, apiError));
      setError(apiError);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg" closeButtonProps={{ 'aria-label': t('action.close') }}>
      {result ? (
        <Stack>
          <InvitationLink email={result.user.email} url={result.invitationUrl} expiresAt={result.expiresAt} />
          <Group justify="flex-end">
            <Button onClick={close} data-autofocus>
              {t('action.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label={title}>
          <Stack>
            <FormError error={error} />
            <TextInput label={t('field.email')} type="email" required data-autofocus {...form.getInputProps('email')} />
            <TextInput label={t('field.displayName')} required {...form.getInputProps('displayName')} />
            <Radio.Group label={t('field.language')} required {...form.getInputProps('locale')}>
              <Group mt="xs">
                <Radio value="de" label="Deutsch" />
                <Radio value="en" label="English" />
              </Group>
            </Radio.Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('action.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('subcontractor.inviteSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
