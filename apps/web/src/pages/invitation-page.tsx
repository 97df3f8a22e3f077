import { Alert, Box, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type ApiError, toApiError } from '../api/api-error';
import { execute } from '../api/graphql-client';
import { useQuery } from '../api/use-query';
import { FormError } from '../components/form-error';
import { errorText, fieldErrors } from '../errors/error-text';
import { useI18n } from '../i18n/i18n-context';
import { PasswordField } from '../components/password-field';
import { LanguageSwitch } from '../shell/language-switch';
import { useSession } from '../session/session-context';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './invitation.operations';
import { confirmationProblem, passwordProblem } from './password-rules';

/** Public page behind the invitation link: shows who it is for, sets the password, and logs the person in. */
export default function InvitationPage() {
  const { token = '' } = useParams();
  const { t, setLocale, formatDateTime } = useI18n();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const preview = useQuery(InvitationPreviewQuery, { token });
  const [error, setError] = useState<ApiError>();
  const localeApplied = useRef(false);
  const form = useForm({
    initialValues: { password: '', confirmation: '' },
    validate: {
      password: (v) => passwordProblem(t, v),
      confirmation: (v, values) => confirmationProblem(t, v, values.password),
    },
  });

  const invitation = preview.data?.invitation;
  useEffect(() => {
    // The inviter chose the person's language; greet them in it (they can still switch).
    if (invitation && !localeApplied.current) {
      localeApplied.current = true;
      setLocale(invitation.locale);
    }
  }, [invitation, setLocale]);

  useEffect(() => {
    document.title = `${t('invitation.title')} · ${t('app.name')}`;
  }, [t]);

  const submit = form.onSubmit(async ({ password }) => {
    setError(undefined);
    try {
      const { acceptInvitation } = await execute(AcceptInvitationMutation, { input: { token, password } });
      signIn(acceptInvitation.viewer);
      await navigate('/', { replace: true });
    } catch (e) {
      const apiError = toApiError(e);
      const fields = fieldErrors(t, apiError);
      form.setErrors(fields);
      setError(Object.keys(fields).length ? undefined : apiError);
    }
  });

  return (
    <Box component="main" mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={480}>
          <Title order={1} mb="lg">
            {t('invitation.title')}
          </Title>
          {preview.loading && !invitation && (
            <Center role="status">
              <Loader aria-label={t('list.loading')} />
            </Center>
          )}
          {preview.error && (
            <Stack>
              <Alert color="red" role="alert" data-testid="invitation-error">
                {errorText(t, preview.error)}
              </Alert>
              <Button component={Link} to="/login" variant="outline">
                {t('invitation.toLogin')}
              </Button>
            </Stack>
          )}
          {invitation && (
            <>
              <Text mb="xs" data-testid="invitation-preview">
                {t('invitation.greeting', { name: invitation.displayName, organisation: invitation.organisationName })}
              </Text>
              <Text mb="lg" size="sm">
                {t('invitation.details', { email: invitation.email, expiresAt: formatDateTime(invitation.expiresAt) })}
              </Text>
              <form onSubmit={submit} noValidate>
                <Stack>
                  <FormError error={error} />
                  <PasswordField
                    label={t('field.newPassword')}
                    description={t('field.passwordHint')}
                    autoComplete="new-password"
                    required
                    autoFocus
                    {...form.getInputProps('password')}
                  />
                  <PasswordField
                    label={t('field.passwordConfirmation')}
                    autoComplete="new-password"
                    required
                    {...form.getInputProps('confirmation')}
                  />
                  <Button type="submit" loading={form.submitting} className="wrap-button">
                    {t('invitation.submit')}
                  </Button>
                </Stack>
              </form>
            </>
          )}
        </Paper>
      </Center>
    </Box>
  );
}
