import { Alert, Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';

export function NoAccessPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('noAccess.title')} />
      <Alert color="orange" data-testid="no-access">
        <Text mb="md">{t('noAccess.text')}</Text>
        <Button component={Link} to="/" variant="default">
          {t('action.toHome')}
        </Button>
      </Alert>
    </>
  );
}
