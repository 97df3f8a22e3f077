import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { FormError } from '../../components/form-error';
import { InvitationLink } from '../../components/invitation-link';
import { fieldErrors } from '../../errors/error-text';
import type { InviteUserMutation as Invited, Locale, Role } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { roleLabel } from '../../i18n/labels';
import { InviteUserMutation } from './users.operations';

interface Props {
  opened: boolean;
  roles: readonly Role[];
  onClose: () => void;
  onInvited: () => void;
}

interface Values {
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Invites someone into the viewer's own organisation; the link is shown once for the inviter to pass on. */
export function InviteUserModal({ opened, roles, onClose, onInvited }: Props) {
  const { t, locale } = useI18n();
  const [invite, saving] = useMutation(InviteUserMutation);
  const [error, setError] = useState<ApiError>();
  const [result, setResult] = useState<Invited['inviteUser']>();
  const form = useForm<Values>({
    initialValues: { email: '', displayName: '', role: roles[0] ?? 'TECHNICIAN', locale },
    validate: {
      email: (v) => (EMAIL.test(v.trim()) ? null : t('field.ISEMAIL')),
      displayName: (v) => (v.trim() ? null : t('field.REQUIRED')),
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
      const { inviteUser } = await invite({
        input: { email: values.email.trim(), displayName: values.displayName.trim(), roles: [values.role], locale: values.locale },
      });
      setResult(inviteUser);
      onInvited();
    } catch (e) {
      const apiError = toApiError(e);
      const fields = fieldErrors(t, apiError);
      form.setErrors(fields);
      setError(apiError);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('users.invite')} size="lg" closeButtonProps={{ 'aria-label': t('action.close') }}>
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
        <form onSubmit={submit} noValidate aria-label={t('users.invite')}>
          <Stack>
            <FormError error={error} />
            <TextInput label={t('field.email')} type="email" required data-autofocus {...form.getInputProps('email')} />
            <TextInput label={t('field.displayName')} required {...form.getInputProps('displayName')} />
            <Radio.Group label={t('field.role')} required {...form.getInputProps('role')}>
              <Stack gap="xs" mt="xs">
                {roles.map((role) => (
                  <Radio key={role} value={role} label={roleLabel(t, role)} />
                ))}
              </Stack>
            </Radio.Group>
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
                {t('users.inviteSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
