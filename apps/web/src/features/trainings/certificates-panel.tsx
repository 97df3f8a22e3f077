import { Anchor, Table } from '@mantine/core';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { StatusBadge } from '../../components/status-badge';
import { useI18n } from '../../i18n/i18n-context';
import { courseTitle } from './training-text';
import { CertificatesQuery } from './trainings.operations';

/** Certificates of the viewer (a partner admin: the team's), each with its PDF in the reader's language. */
export function CertificatesPanel() {
  const { t, locale, formatLocalDate } = useI18n();
  const certificates = useQuery(CertificatesQuery, {});
  const items = certificates.data?.certificates ?? [];
  return (
    <ListState
      loading={certificates.loading}
      error={certificates.error}
      isEmpty={items.length === 0}
      emptyText={t('trainings.certificatesEmpty')}
      onRetry={certificates.refetch}
    >
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
            {items.map((c) => (
              <Table.Tr key={c.id} data-code={c.code}>
                <Table.Td>{c.code}</Table.Td>
                <Table.Td>
                  {c.courseCode} – {courseTitle(locale, c)}
                </Table.Td>
                <Table.Td>{c.holderName}</Table.Td>
                <Table.Td>
                  {c.revokedAt ? <StatusBadge status="REVOKED" label={t('trainings.revoked')} /> : formatLocalDate(c.validUntil)}
                </Table.Td>
                <Table.Td>
                  <Anchor href={`/certificates/${c.id}.pdf?lang=${locale}`} download aria-label={t('trainings.pdfFor', { code: c.code })}>
                    {t('trainings.pdf')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ListState>
  );
}
