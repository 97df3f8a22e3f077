import { Group, Select, Tabs } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import type { DelegationStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { localName } from '../tiers/catalogue';
import { type SubcontractingCatalogue, useSubcontractingCatalogue } from './catalogue';
import { DecideDelegationDialog, type DecisionTarget } from './decide-delegation-dialog';
import { DecisionButtons, manufacturerDecisions } from './decision-buttons';
import { DelegationTable } from './delegation-table';
import { DelegationsQuery, SubcontractorsQuery } from './subcontracting.operations';
import { ALL_STATUSES, delegationStatusLabel } from './subcontracting-text';

const PAGE_SIZE = 25;

/** Manufacturer view: the queue of pending permission requests and every permission in the network, with decisions. */
export default function DelegationsPage() {
  const { t } = useI18n();
  const catalogue = useSubcontractingCatalogue();
  const [tab, setTab] = useState<string | null>('queue');
  const [deciding, setDeciding] = useState<DecisionTarget>();
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);

  return (
    <>
      <PageHeader title={t('delegations.title')} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="queue">{t('delegations.tab.queue')}</Tabs.Tab>
          <Tabs.Tab value="all">{t('delegations.tab.all')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="queue">
          <DelegationList key={`queue-${version}`} fixedStatus="REQUESTED" catalogue={catalogue} onDecide={setDeciding} />
        </Tabs.Panel>
        <Tabs.Panel value="all">
          <DelegationList key={`all-${version}`} catalogue={catalogue} onDecide={setDeciding} />
        </Tabs.Panel>
      </Tabs>
      <DecideDelegationDialog target={deciding} catalogue={catalogue} onClose={() => setDeciding(undefined)} onDone={refresh} />
    </>
  );
}

interface ListProps {
  fixedStatus?: DelegationStatus;
  catalogue: SubcontractingCatalogue;
  onDecide: (target: DecisionTarget) => void;
}

function DelegationList({ fixedStatus, catalogue, onDecide }: ListProps) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<DelegationStatus | null>(null);
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [productLineId, setProductLineId] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const query = useQuery(DelegationsQuery, {
    status: fixedStatus ?? status,
    partnerId,
    productLineId,
    page: { offset, limit: PAGE_SIZE },
  });
  const relationships = useQuery(SubcontractorsQuery, { includeEnded: true }, { skip: fixedStatus !== undefined });
  const partners = useMemo(() => {
    const byId = new Map<string, string>();
    for (const r of relationships.data?.subcontractors ?? []) byId.set(r.partnerId, r.partnerName);
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [relationships.data]);
  const page = query.data?.delegations;
  const items = page?.items ?? [];
  const filtered = status !== null || partnerId !== null || productLineId !== null;
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setOffset(0);
    };

  return (
    <>
      {fixedStatus === undefined && (
        <Group role="search" aria-label={t('list.filters')} mb="md" align="flex-end">
          <Select
            label={t('delegation.status')}
            placeholder={t('list.all')}
            clearable
            data={ALL_STATUSES.map((s) => ({ value: s, label: delegationStatusLabel(t, s) }))}
            value={status}
            onChange={reset((v) => setStatus(v))}
            w={200}
          />
          <Select
            label={t('delegation.partner')}
            placeholder={t('list.all')}
            clearable
            searchable
            data={partners}
            value={partnerId}
            onChange={reset(setPartnerId)}
            w={260}
          />
          <Select
            label={t('delegation.productLine')}
            placeholder={t('list.all')}
            clearable
            data={catalogue.productLines.map((pl) => ({ value: pl.id, label: localName(locale, pl) }))}
            value={productLineId}
            onChange={reset(setProductLineId)}
            w={220}
          />
        </Group>
      )}
      <ListState
        loading={query.loading}
        error={query.error}
        isEmpty={items.length === 0}
        emptyText={t(fixedStatus ? 'delegations.queueEmpty' : filtered ? 'delegations.noneMatching' : 'delegations.empty')}
        onRetry={query.refetch}
      >
        <DelegationTable
          delegations={items}
          catalogue={catalogue}
          caption={t(fixedStatus ? 'delegations.tab.queue' : 'delegations.tab.all')}
          showPartner
          showSubcontractor
          actions={(d) => (
            <DecisionButtons
              delegation={d}
              decisions={manufacturerDecisions(d)}
              catalogue={catalogue}
              onDecide={(decision, delegation) => onDecide({ decision, delegation })}
            />
          )}
        />
        {page && <Pager offset={page.offset} limit={PAGE_SIZE} totalCount={page.totalCount} onOffsetChange={setOffset} />}
      </ListState>
    </>
  );
}
