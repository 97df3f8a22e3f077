import { Alert, Card, Loader, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n-context';
import { VerifyBadgeQuery, VerifyCertificateQuery } from './directory.operations';
import { PublicLayout } from './public-layout';

function Facts({ rows }: { rows: [string, string | null | undefined][] }) {
  return (
    <dl className="facts">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <Text component="dt" fw={600}>
              {label}
            </Text>
            <Text component="dd" ml={0} mb="xs">
              {value}
            </Text>
          </div>
        ))}
    </dl>
  );
}

/** Public: the live status behind a badge code. */
export function VerifyBadgePage() {
  const { t, locale, formatLocalDate } = useI18n();
  const { code = '' } = useParams();
  const result = useQuery(VerifyBadgeQuery, { code });
  const v = result.data?.verifyBadge;
  const valid = v?.status === 'VALID';
  return (
    <PublicLayout>
      <PageHeader title={t('verify.title')} />
      {!v ? (
        <ListState loading={result.loading} error={result.error} isEmpty emptyText="" onRetry={result.refetch}>
          <Loader />
        </ListState>
      ) : (
        <Card withBorder padding="lg">
          <Alert color={valid ? 'green' : 'red'} mb="md" data-testid="verify-status" data-status={v.status}>
            <Text fw={700}>{valid && !v.badgeAllowed ? t('verify.noBadge') : t(`verify.status.${v.status}`)}</Text>
          </Alert>
          <Facts
            rows={[
              [t('verify.partner'), v.partnerName],
              [t('verify.city'), v.city],
              [t('verify.tier'), locale === 'de' ? v.tierNameDe : v.tierNameEn],
              [t('verify.productLine'), locale === 'de' ? v.productLineNameDe : v.productLineNameEn],
              [t('verify.validUntil'), v.validUntil ? formatLocalDate(v.validUntil) : undefined],
            ]}
          />
        </Card>
      )}
    </PublicLayout>
  );
}

/** Public: whether a training certificate code is valid. */
export function VerifyCertificatePage() {
  const { t, locale, formatLocalDate } = useI18n();
  const { code = '' } = useParams();
  const result = useQuery(VerifyCertificateQuery, { code });
  const v = result.data?.verifyCertificate;
  return (
    <PublicLayout>
      <PageHeader title={t('certificate.title')} />
      {!v ? (
        <ListState loading={result.loading} error={result.error} isEmpty emptyText="" onRetry={result.refetch}>
          <Loader />
        </ListState>
      ) : (
        <Card withBorder padding="lg">
          <Alert color={v.validity === 'VALID' ? 'green' : 'red'} mb="md" data-testid="verify-status" data-status={v.validity}>
            <Text fw={700}>{t(`certificate.status.${v.validity}`)}</Text>
          </Alert>
          <Facts
            rows={[
              [t('certificate.holder'), v.holderName],
              [t('certificate.organisation'), v.organisationName],
              [t('certificate.course'), locale === 'de' ? v.courseTitleDe : v.courseTitleEn],
              [t('verify.validUntil'), v.validUntil ? formatLocalDate(v.validUntil) : undefined],
            ]}
          />
        </Card>
      )}
    </PublicLayout>
  );
}
