import { Alert, Text } from '@mantine/core';
import { type AreaId, areaById } from '../access/areas';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';

/** Keeps deep links and navigation real while a later issue builds the area. */
export function ComingSoonPage({ area }: { area: AreaId }) {
  const { t } = useI18n();
  const { label, description } = areaById(area);
  return (
    <>
      <PageHeader title={t(label)} />
      <Alert color="blue" title={t('comingSoon.title')} data-testid="coming-soon">
        <Text mb="xs">{t(description)}</Text>
        <Text>{t('comingSoon.text')}</Text>
      </Alert>
    </>
  );
}
