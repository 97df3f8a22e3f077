import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { roleLabel } from '../i18n/labels';
import { useViewer } from '../session/session-context';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';

export default function AccountPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Text mb="lg">
        {t('account.summary', {
          email: viewer.email,
          organisation: viewer.organisation.name,
          roles: viewer.roles.map((r) => roleLabel(t, r)).join(', '),
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="lg" component="section" aria-labelledby="profile-heading">
          <Title order={2} size="h3" mb="md" id="profile-heading">
            {t('account.profile')}
          </Title>
          <ProfileForm />
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="password-heading">
          <Title order={2} size="h3" mb="md" id="password-heading">
            {t('account.password')}
          </Title>
          <ChangePasswordForm />
        </Paper>
      </SimpleGrid>
    </>
  );
}
