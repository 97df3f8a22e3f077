import { Alert, Box, Button, Center, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { type ApiError, toApiError } from '../api/api-error';
import { execute } from '../api/graphql-client';
import { errorText } from '../errors/error-text';
import { useI18n } from '../i18n/i18n-context';
import { PasswordField } from '../components/password-field';
import { LanguageSwitch } from '../shell/language-switch';
import { safeNext } from '../session/require-auth';
import { LoginMutation } from '../session/session.operations';
import { useSession } from '../session/session-context';

export function LoginPage() {
  const { t } = useI18n();
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError>();
  const next = safeNext(params.get('next'));
  const expired = params.get('expired') === '1';
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('field.REQUIRED')),
      password: (v) => (v ? null : t('field.REQUIRED')),
    },
  });

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('app.name')}`;
  }, [t]);

  if (state.status === 'authenticated') return <Navigate to={next} replace />;

  const submit = form.onSubmit(async (values) => {
    setError(undefined);
    try {
      const { login } = await execute(LoginMutation, { input: { email: values.email.trim(), password: values.password } });
      signIn(login.viewer);
      await navigate(next, { replace: true });
    } catch (e) {
      setError(toApiError(e));
      form.setFieldValue('password', '');
    }
  });

  return (
    <Box component="main" mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <Title order={1} mb="xs">
            {t('app.name')}
          </Title>
          <Title order={2} size="h4" mb="lg" fw={500}>
            {t('login.title')}
          </Title>
          {expired && !error && (
            <Alert color="yellow" mb="md" role="status">
              {t('login.expired')}
            </Alert>
          )}
          {error && (
            <Alert color="red" mb="md" role="alert" data-testid="login-error">
              {errorText(t, error)}
            </Alert>
          )}
          <form onSubmit={submit} noValidate>
            <Stack>
              <TextInput
                label={t('field.email')}
                type="email"
                autoComplete="username"
                required
                autoFocus
                {...form.getInputProps('email')}
              />
              <PasswordField label={t('field.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
              <Button type="submit" loading={form.submitting} fullWidth>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
