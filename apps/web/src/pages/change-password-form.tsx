import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../api/api-error';
import { useMutation } from '../api/use-mutation';
import { FormError } from '../components/form-error';
import { fieldErrors } from '../errors/error-text';
import { useI18n } from '../i18n/i18n-context';
import { showNotice } from '../components/notice';
import { PasswordField } from '../components/password-field';
import { ChangePasswordMutation } from '../session/session.operations';
import { confirmationProblem, passwordProblem } from './password-rules';

export function ChangePasswordForm() {
  const { t } = useI18n();
  const [change, saving] = useMutation(ChangePasswordMutation);
  const [error, setError] = useState<ApiError>();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmation: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('field.REQUIRED')),
      newPassword: (v) => passwordProblem(t, v),
      confirmation: (v, values) => confirmationProblem(t, v, values.newPassword),
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setError(undefined);
    try {
      await change({ input: { currentPassword, newPassword } });
      form.reset();
      showNotice(t, 'green', t('account.passwordChanged'));
    } catch (e) {
      const apiError = toApiError(e);
      const fields = fieldErrors(t, apiError);
      form.setErrors(fields);
      // A field error already says what is wrong; the banner is for everything else.
      setError(Object.keys(fields).length ? undefined : apiError);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError error={error} />
        <PasswordField
          label={t('field.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordField
          label={t('field.newPassword')}
          description={t('field.passwordHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordField
          label={t('field.passwordConfirmation')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmation')}
        />
        <Button type="submit" loading={saving} style={{ alignSelf: 'flex-start' }}>
          {t('account.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
