import { Alert, Anchor, Badge, Group, Table } from '@mantine/core';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { StatusBadge } from '../../components/status-badge';
import { useI18n } from '../../i18n/i18n-context';
import { todayLocalDate } from '../tiers/dates';
import { courseTitle } from './training-text';
import { CertificatesQuery } from './trainings.operations';

/** Within this many days of its end a valid certificate is highlighted (as on "My status" and in the reminders). */
const EXPIRING_DAYS = 90;
const DAY_MS = 24 * 60 * 60_000;

/** Whole days from today to a LocalDate (negative: in the past); both read as UTC midnight, so no time zone shifts a day. */
const daysUntil = (date: string, today: string): number =>
  Math.round((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);

/** Certificates of the viewer (a partner admin: the team's), each with its PDF in the reader's language; those expiring soon stand out. */
export function CertificatesPanel() {
  const { t, locale, formatLocalDate, formatNumber } = useI18n();
  const certificates = useQuery(CertificatesQuery, {});
  const today = todayLocalDate();
  const items = (certificates.data?.certificates ?? []).map((c) => ({ ...c, daysLeft: daysUntil(c.validUntil, today) }));
  const expiring = items.filter((c) => !c.revokedAt && c.daysLeft >= 0 && c.daysLeft <= EXPIRING_DAYS);
  return (
    <ListState
      loading={certificates.loading}
      error={certificates.error}
      isEmpty={items.length === 0}
      emptyText={t('trainings.certificatesEmpty')}
      onRetry={certificates.refetch}
    >
      {expiring.length > 0 && (
        <Alert color="yellow" mb="md" title={t('certificates.expiringTitle')} data-testid="certificates-expiring">
          {t('certificates.expiringText', { count: formatNumber(expiring.length) })}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={700}>
        <Table data-testid="certificates-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trainings.certificateCode')}</Table.Th>
              <Table.Th>{t('trainings.course')}</Table.Th>
              <Table.Th>{t('trainings.holder')}</Table.Th>
              <Table.Th>{t('trainings.validUntil')}</Table.Th>
              <Table.Th>
                <span className="visually-hidden">{t('trainings.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => {
              const soon = !c.revokedAt && c.daysLeft >= 0 && c.daysLeft <= EXPIRING_DAYS;
              return (
                <Table.Tr key={c.id} data-code={c.code} data-expiring={soon || undefined} bg={soon ? 'yellow.0' : undefined}>
                  <Table.Td>{c.code}</Table.Td>
                  <Table.Td>
                    {c.courseCode} – {courseTitle(locale, c)}
                  </Table.Td>
                  <Table.Td>{c.holderName}</Table.Td>
                  <Table.Td>
                    {c.revokedAt ? (
                      <StatusBadge status="REVOKED" label={t('trainings.revoked')} />
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        {formatLocalDate(c.validUntil)}
                        {c.daysLeft < 0 && <StatusBadge status="EXPIRED" label={t('certificates.expired')} />}
                        {soon && (
                          <Badge color="yellow" variant="dot" radius="sm">
                            {t('certificates.expiresSoon', { days: formatNumber(c.daysLeft) })}
                          </Badge>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={`/certificates/${c.id}.pdf?lang=${locale}`} download aria-label={t('trainings.pdfFor', { code: c.code })}>
                      {t('trainings.pdf')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ListState>
  );
}
