import { Anchor, Button, Checkbox, Table } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { showNotice } from '../../components/notice';
import { StatusBadge } from '../../components/status-badge';
import { useI18n } from '../../i18n/i18n-context';
import { RegisterSubcontractorModal } from './register-subcontractor-modal';
import { SubcontractorsQuery } from './subcontracting.operations';
import { relationshipStatusLabel } from './relationship-status';

/** A partner's subcontractors with their active permissions; registering (or linking) a new one. */
export default function SubcontractorsPage() {
  const { t, formatNumber } = useI18n();
  const navigate = useNavigate();
  const [includeEnded, setIncludeEnded] = useState(false);
  const [registering, setRegistering] = useState(false);
  const query = useQuery(SubcontractorsQuery, { includeEnded });
  const items = query.data?.subcontractors ?? [];

  return (
    <>
      <PageHeader title={t('subcontractors.title')}>
        <Button onClick={() => setRegistering(true)}>{t('subcontractors.register')}</Button>
      </PageHeader>
      <Checkbox
        label={t('subcontractors.includeEnded')}
        checked={includeEnded}
        onChange={(e) => setIncludeEnded(e.currentTarget.checked)}
        mb="md"
      />
      <ListState
        loading={query.loading}
        error={query.error}
        isEmpty={items.length === 0}
        emptyText={t('subcontractors.empty')}
        onRetry={query.refetch}
      >
        <Table.ScrollContainer minWidth={720}>
          <Table data-testid="subcontractor-table">
            <caption className="visually-hidden">{t('subcontractors.title')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('subcontractor.name')}</Table.Th>
                <Table.Th>{t('subcontractor.city')}</Table.Th>
                <Table.Th>{t('subcontractor.tradeRegisterNumber')}</Table.Th>
                <Table.Th>{t('subcontractor.activePermissions')}</Table.Th>
                <Table.Th>{t('subcontractor.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id} data-subcontractor={s.name}>
                  <Table.Td>
                    <Anchor component={Link} to={`/subcontractors/${s.id}`}>
                      {s.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{[s.postalCode, s.city].filter(Boolean).join(' ') || '—'}</Table.Td>
                  <Table.Td>{s.tradeRegisterNumber ?? '—'}</Table.Td>
                  <Table.Td data-testid="active-permissions">{formatNumber(s.activeDelegations)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={s.status} label={relationshipStatusLabel(t, s.status)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ListState>
      <RegisterSubcontractorModal
        opened={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(s) => {
          setRegistering(false);
          showNotice(t, 'green', t('subcontractors.registered', { name: s.name }));
          void navigate(`/subcontractors/${s.id}`);
        }}
      />
    </>
  );
}
