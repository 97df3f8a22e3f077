import { Anchor, Badge, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { can } from '../../access/permissions';
import { useDebounced } from '../../api/use-debounced';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { type Direction, SortHeader } from '../../components/sort-header';
import { StatusBadge } from '../../components/status-badge';
import type { NetworkSortField, OrganisationStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { organisationStatusLabel } from '../../i18n/labels';
import { useViewer } from '../../session/session-context';
import { localName, useTierCatalogue } from '../tiers/catalogue';
import { TierBadge } from '../tiers/tier-badge';
import { PartnerNetworkQuery } from '../tiers/tiers.operations';
import { CreateOrganisationModal } from './create-organisation-modal';
import { NetworkTabs } from './network-tabs';
import { NEXT_STATUSES, OrganisationStatusModal } from './organisation-status-modal';
import OrganisationsPage from './organisations-page';

const PAGE_SIZE = 25;
const STATUSES: OrganisationStatus[] = ['ONBOARDING', 'ACTIVE', 'SUSPENDED', 'ENDED'];
const REGION = /^[0-9A-Za-z]{1,10}$/;
/** The network view types the status as a string; an unknown value gets no status actions. */
const asStatus = (value: string): OrganisationStatus | undefined => STATUSES.find((s) => s === value);

/** The service partners with the tiers they hold per product line; the start of the manufacturer's Network area. */
export default function NetworkPage() {
  const viewer = useViewer();
  // Without grant.read there are no tiers to show; the organisation list is all this viewer gets.
  return can(viewer, 'grant.read') ? <PartnerList /> : <OrganisationsPage />;
}

function PartnerList() {
  const { t, locale } = useI18n();
  const viewer = useViewer();
  const manage = can(viewer, 'organisation.manage');
  const { catalogue } = useTierCatalogue();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<OrganisationStatus | null>(null);
  const [tierId, setTierId] = useState<string | null>(null);
  const [productLineId, setProductLineId] = useState<string | null>(null);
  const [region, setRegion] = useState('');
  const [sort, setSort] = useState<{ field: NetworkSortField; direction: Direction }>({ field: 'NAME', direction: 'ASC' });
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);
  const [changing, setChanging] = useState<{ id: string; name: string; status: OrganisationStatus }>();
  const text = useDebounced({ search: search.trim(), region: region.trim() });
  const regionValid = text.region === '' || REGION.test(text.region);

  const query = useQuery(PartnerNetworkQuery, {
    filter: {
      search: text.search || null,
      status,
      tierId,
      productLineId,
      region: text.region && regionValid ? text.region : null,
    },
    sort: { field: sort.field, ascending: sort.direction === 'ASC' },
    page: { offset, limit: PAGE_SIZE },
  });
  const page = query.data?.partnerNetwork;
  const items = page?.items ?? [];
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
      <Group mb="md" align="flex-start" role="search" aria-label={t('list.filters')}>
        <TextInput label={t('list.search')} value={search} onChange={(e) => refilter(setSearch)(e.currentTarget.value)} w={220} />
        <Select
          label={t('tiers.tier')}
          placeholder={t('list.all')}
          clearable
          data={(catalogue?.tiers ?? []).map((tier) => ({ value: tier.id, label: localName(locale, tier) }))}
          value={tierId}
          onChange={(v) => refilter(setTierId)(v)}
          w={170}
        />
        <Select
          label={t('tiers.productLine')}
          placeholder={t('list.all')}
          clearable
          data={(catalogue?.productLines ?? []).map((pl) => ({ value: pl.id, label: localName(locale, pl) }))}
          value={productLineId}
          onChange={(v) => refilter(setProductLineId)(v)}
          w={220}
        />
        <Select
          label={t('network.status')}
          placeholder={t('list.all')}
          clearable
          data={STATUSES.map((s) => ({ value: s, label: organisationStatusLabel(t, s) }))}
          value={status}
          onChange={(v) => refilter(setStatus)(v)}
          w={160}
        />
        <TextInput
          label={t('network.region')}
          description={t('network.regionHint')}
          value={region}
          maxLength={10}
          error={regionValid ? undefined : t('network.regionInvalid')}
          onChange={(e) => refilter(setRegion)(e.currentTarget.value)}
          w={170}
        />
      </Group>
      <ListState
        loading={query.loading}
        error={query.error}
        isEmpty={items.length === 0}
        emptyText={t('network.partnersEmpty')}
        onRetry={query.refetch}
      >
        <Table.ScrollContainer minWidth={860}>
          <Table striped highlightOnHover data-testid="partner-table">
            <Table.Caption className="visually-hidden">{t('network.tab.partners')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <SortHeader field="NAME" sort={sort} onSort={refilter(setSort)}>
                  {t('network.name')}
                </SortHeader>
                <SortHeader field="CITY" sort={sort} onSort={refilter(setSort)}>
                  {t('network.city')}
                </SortHeader>
                <SortHeader field="STATUS" sort={sort} onSort={refilter(setSort)}>
                  {t('network.status')}
                </SortHeader>
                <SortHeader field="HIGHEST_TIER" sort={sort} onSort={refilter(setSort)}>
                  {t('network.tiers')}
                </SortHeader>
                <Table.Th>{t('network.risk')}</Table.Th>
                {manage && (
                  <Table.Th>
                    <span className="visually-hidden">{t('users.actions')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((partner) => {
                const partnerStatus = asStatus(partner.status);
                return (
                  <Table.Tr key={partner.id} data-partner={partner.name}>
                    <Table.Td>
                      <Anchor component={Link} to={`/network/${partner.id}`} className="partner-name">
                        {partner.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{[partner.postalCode, partner.city].filter(Boolean).join(' ') || '—'}</Table.Td>
                    <Table.Td miw={120}>
                      <StatusBadge
                        status={partner.status}
                        label={partnerStatus ? organisationStatusLabel(t, partnerStatus) : partner.status}
                      />
                    </Table.Td>
                    <Table.Td>
                      {partner.grants.length === 0 ? (
                        <Text size="sm" className="secondary-text">
                          {t('network.noTier')}
                        </Text>
                      ) : (
                        <Group gap={6}>
                          {partner.grants.map((grant) => (
                            <TierBadge
                              key={grant.id}
                              tier={grant.tier}
                              productLine={grant.productLine}
                              suspended={grant.status === 'SUSPENDED'}
                            />
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td data-testid="partner-risk">
                      {partner.atRisk ? (
                        <Badge color="red" variant="dot" radius="sm" title={t('network.atRiskHint')}>
                          {t('network.atRisk')}
                        </Badge>
                      ) : (
                        <Text size="sm" className="secondary-text">
                          {partner.grants.length > 0 ? t('network.notAtRisk') : '—'}
                        </Text>
                      )}
                    </Table.Td>
                    {manage && (
                      <Table.Td>
                        {partnerStatus && NEXT_STATUSES[partnerStatus].length > 0 && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setChanging({ id: partner.id, name: partner.name, status: partnerStatus })}
                            aria-label={t('network.changeStatusFor', { name: partner.name })}
                          >
                            {t('network.changeStatus')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
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
