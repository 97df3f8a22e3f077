import { Anchor, Button, Group, Select, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDebounced } from '../../api/use-debounced';
import { useQuery } from '../../api/use-query';
import { can } from '../../access/permissions';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { type Direction, SortHeader } from '../../components/sort-header';
import { StatusBadge } from '../../components/status-badge';
import type { OrganisationKind, OrganisationSortField, OrganisationStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel, organisationStatusLabel } from '../../i18n/labels';
import { useViewer } from '../../session/session-context';
import { CreateOrganisationModal } from './create-organisation-modal';
import { NEXT_STATUSES, OrganisationStatusModal } from './organisation-status-modal';
import { NetworkTabs } from './network-tabs';
import { OrganisationsQuery } from './network.operations';

const PAGE_SIZE = 25;
const KINDS: OrganisationKind[] = ['MANUFACTURER', 'PARTNER', 'SUBCONTRACTOR'];
const STATUSES: OrganisationStatus[] = ['ONBOARDING', 'ACTIVE', 'SUSPENDED', 'ENDED'];

/** Every organisation of the network (manufacturer, partners, subcontractors) with onboarding and status changes. */
export default function OrganisationsPage() {
  const { t, formatDate } = useI18n();
  const viewer = useViewer();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<OrganisationKind | null>(null);
  const [status, setStatus] = useState<OrganisationStatus | null>(null);
  const [sort, setSort] = useState<{ field: OrganisationSortField; direction: Direction }>({ field: 'NAME', direction: 'ASC' });
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);
  const manage = can(viewer, 'organisation.manage');
  const canSeeGrants = can(viewer, 'grant.read');
  const [changing, setChanging] = useState<{ id: string; name: string; status: OrganisationStatus }>();
  const debouncedSearch = useDebounced(search.trim());

  const query = useQuery(OrganisationsQuery, {
    filter: { search: debouncedSearch || null, kind, status },
    sort,
    page: { offset, limit: PAGE_SIZE },
  });
  const page = query.data?.organisations;
  const items = page?.items ?? [];
  // Any change of filter or sort starts again at the first page.
  const refilter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setOffset(0);
    };

  return (
    <>
      <PageHeader title={t('network.title')}>
        {manage && <Button onClick={() => setCreating(true)}>{t('network.create')}</Button>}
      </PageHeader>
      <NetworkTabs />
      <Group mb="md" align="flex-end" role="search" aria-label={t('list.filters')}>
        <TextInput label={t('list.search')} value={search} onChange={(e) => refilter(setSearch)(e.currentTarget.value)} w={260} />
        <Select
          label={t('network.kind')}
          placeholder={t('list.all')}
          clearable
          data={KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
          value={kind}
          onChange={(v) => refilter(setKind)(v)}
        />
        <Select
          label={t('network.status')}
          placeholder={t('list.all')}
          clearable
          data={STATUSES.map((s) => ({ value: s, label: organisationStatusLabel(t, s) }))}
          value={status}
          onChange={(v) => refilter(setStatus)(v)}
        />
      </Group>
      <ListState
        loading={query.loading}
        error={query.error}
        isEmpty={items.length === 0}
        emptyText={t('network.empty')}
        onRetry={query.refetch}
      >
        <Table.ScrollContainer minWidth={700}>
          <Table striped highlightOnHover>
            <Table.Caption className="visually-hidden">{t('network.tab.organisations')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <SortHeader field="NAME" sort={sort} onSort={refilter(setSort)}>
                  {t('network.name')}
                </SortHeader>
                <Table.Th>{t('network.kind')}</Table.Th>
                <SortHeader field="STATUS" sort={sort} onSort={refilter(setSort)}>
                  {t('network.status')}
                </SortHeader>
                <SortHeader field="CITY" sort={sort} onSort={refilter(setSort)}>
                  {t('network.city')}
                </SortHeader>
                <SortHeader field="CREATED_AT" sort={sort} onSort={refilter(setSort)}>
                  {t('network.createdAt')}
                </SortHeader>
                {manage && (
                  <Table.Th>
                    <span className="visually-hidden">{t('users.actions')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>
                    <div>
                      {o.kind === 'PARTNER' && canSeeGrants ? (
                        <Anchor component={Link} to={`/network/${o.id}`}>
                          {o.name}
                        </Anchor>
                      ) : (
                        o.name
                      )}
                    </div>
                    {o.legalName !== o.name && <div className="secondary-text">{o.legalName}</div>}
                  </Table.Td>
                  <Table.Td>{kindLabel(t, o.kind)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={o.status} label={organisationStatusLabel(t, o.status)} />
                  </Table.Td>
                  <Table.Td>{[o.postalCode, o.city].filter(Boolean).join(' ') || '—'}</Table.Td>
                  <Table.Td>{formatDate(o.createdAt)}</Table.Td>
                  {manage && (
                    <Table.Td>
                      {o.kind !== 'MANUFACTURER' && NEXT_STATUSES[o.status].length > 0 && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setChanging(o)}
                          aria-label={t('network.changeStatusFor', { name: o.name })}
                        >
                          {t('network.changeStatus')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {page && <Pager offset={page.offset} limit={PAGE_SIZE} totalCount={page.totalCount} onOffsetChange={setOffset} />}
      </ListState>
      <OrganisationStatusModal organisation={changing} onClose={() => setChanging(undefined)} onChanged={query.refetch} />
      <CreateOrganisationModal opened={creating} onClose={() => setCreating(false)} onCreated={query.refetch} />
    </>
  );
}
