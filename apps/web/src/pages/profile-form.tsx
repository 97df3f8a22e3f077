import { Button, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ApiError, toApiError } from '../api/api-error';
import { useMutation } from '../api/use-mutation';
import { FormError } from '../components/form-error';
import { fieldErrors } from '../errors/error-text';
import { useI18n } from '../i18n/i18n-context';
import { showNotice } from '../components/notice';
import { type Locale, isLocale } from '../i18n/locale';
import { UpdateMyProfileMutation } from '../session/session.operations';
import { useSession, useViewer } from '../session/session-context';

export function ProfileForm() {
  const { t, setLocale } = useI18n();
  const viewer = useViewer();
  const { updateViewer } = useSession();
  const [update, saving] = useMutation(UpdateMyProfileMutation);
  const [error, setError] = useState<ApiError>();
  const form = useForm<{ displayName: string; locale: Locale }>({
    initialValues: { displayName: viewer.displayName, locale: viewer.locale },
    validate: { displayName: (v) => (v.trim() ? null : t('field.REQUIRED')) },
  });

  const submit = form.onSubmit(async (values) => {
    setError(undefined);
    try {
      const { updateMyProfile } = await update({ input: { displayName: values.displayName.trim(), locale: values.locale } });
      updateViewer(updateMyProfile);
      setLocale(updateMyProfile.locale);
      showNotice(t, 'green', t('account.profileSaved'));
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError);
      form.setErrors(fieldErrors(t, apiError));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError error={error} />
        <TextInput label={t('field.displayName')} required autoComplete="name" {...form.getInputProps('displayName')} />
        <Select
          label={t('field.language')}
          data={[
            { value: 'de', label: 'Deutsch' },
            { value: 'en', label: 'English' },
          ]}
          allowDeselect={false}
          value={form.values.locale}
          onChange={(value) => isLocale(value) && form.setFieldValue('locale', value)}
        />
        <Button type="submit" loading={saving} style={{ alignSelf: 'flex-start' }}>
          {t('action.save')}
        </Button>
      </Stack>
    </form>
  );
}
