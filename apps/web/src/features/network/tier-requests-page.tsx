import { Select } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import type { TierRequestStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { tierRequestStatusLabel } from '../../i18n/labels';
import { type Decision, DecideRequestDialog, type TierRequestRow } from '../tiers/decide-request-dialog';
import { RequestList } from '../tiers/request-list';
import { TierRequestsQuery } from '../tiers/tiers.operations';
import { NetworkTabs } from './network-tabs';

const PAGE_SIZE = 25;
const STATUSES: TierRequestStatus[] = ['OPEN', 'APPROVED', 'REJECTED', 'WITHDRAWN'];

/** The manufacturer's queue of tier requests: open ones first, decided ones on demand. */
export default function TierRequestsPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<TierRequestStatus | null>('OPEN');
  const [offset, setOffset] = useState(0);
  const [deciding, setDeciding] = useState<{ decision: Decision; request: TierRequestRow }>();
  const query = useQuery(TierRequestsQuery, { filter: { status }, page: { offset, limit: PAGE_SIZE } });
  const page = query.data?.tierRequests;
  const items = page?.items ?? [];

  return (
    <>
      <PageHeader title={t('network.title')} />
      <NetworkTabs />
      <div role="search" aria-label={t('list.filters')}>
        <Select
          label={t('requests.status')}
          placeholder={t('list.all')}
          clearable
          data={STATUSES.map((s) => ({ value: s, label: tierRequestStatusLabel(t, s) }))}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setOffset(0);
          }}
          w={200}
          mb="md"
        />
      </div>
      <ListState
        loading={query.loading}
        error={query.error}
        isEmpty={items.length === 0}
        emptyText={t(status === 'OPEN' ? 'requests.noneOpen' : 'requests.empty')}
        onRetry={query.refetch}
      >
        <RequestList
          requests={items}
          caption={t('network.tab.requests')}
          showPartner
          showStatus={status !== 'OPEN'}
          onDecide={(decision, request) => setDeciding({ decision, request })}
        />
        {page && <Pager offset={page.offset} limit={PAGE_SIZE} totalCount={page.totalCount} onOffsetChange={setOffset} />}
      </ListState>
      <DecideRequestDialog target={deciding} onClose={() => setDeciding(undefined)} onDone={query.refetch} />
    </>
  );
}
