import '@mantine/dates/styles.css';
import 'dayjs/locale/de';
import 'dayjs/locale/en-gb';
import { Autocomplete, Group, Table } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useState } from 'react';
import { useDebounced } from '../../api/use-debounced';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useI18n } from '../../i18n/i18n-context';
import { AuditEventsQuery } from './audit.operations';
import { AuditRow } from './audit-row';

const PAGE_SIZE = 25;
// Suggestions only: the filter accepts any action, and a trailing dot matches a whole family.
const ACTIONS = [
  'organisation.',
  'organisation.create',
  'organisation.update',
  'organisation.set_status',
  'user.',
  'user.invite',
  'user.accept_invitation',
  'user.resend_invitation',
  'user.deactivate',
  'user.reactivate',
  'user.change_password',
  'user.update_profile',
  'session.',
  'session.login',
  'session.logout',
];
const ENTITY_TYPES = ['organisation', 'user'];

type Range = [string | null, string | null];

/** Day boundaries in the viewer's time zone, sent as UTC instants. */
function toInstants([start, end]: Range): { from: string | null; to: string | null } {
  return {
    from: start ? new Date(`${start}T00:00:00`).toISOString() : null,
    to: end ? new Date(`${end}T23:59:59.999`).toISOString() : null,
  };
}

export default function AuditPage() {
  const { t, locale } = useI18n();
  const [action, setAction] = useState('');
  const [entityType, setEntityType] = useState('');
  const [range, setRange] = useState<Range>([null, null]);
  const [offset, setOffset] = useState(0);
  const filterText = useDebounced({ action: action.trim(), entityType: entityType.trim() });

  const query = useQuery(AuditEventsQuery, {
    filter: { action: filterText.action || null, entityType: filterText.entityType || null, ...toInstants(range) },
    page: { offset, limit: PAGE_SIZE },
  });
  const page = query.data?.auditEvents;
  const items = page?.items ?? [];
  const refilter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setOffset(0);
    };

  return (
    <DatesProvider settings={{ locale: locale === 'de' ? 'de' : 'en-gb', firstDayOfWeek: 1 }}>
      <PageHeader title={t('audit.title')} />
      <Group mb="md" align="flex-end" role="search" aria-label={t('list.filters')}>
        <Autocomplete
          label={t('audit.action')}
          description={t('audit.actionHint')}
          data={ACTIONS}
          value={action}
          onChange={refilter(setAction)}
          w={240}
        />
        <Autocomplete label={t('audit.entityType')} data={ENTITY_TYPES} value={entityType} onChange={refilter(setEntityType)} w={200} />
        <DatePickerInput
          type="range"
          label={t('audit.period')}
          placeholder={t('audit.periodPlaceholder')}
          clearable
          value={range}
          onChange={(value) => refilter(setRange)([value[0] ?? null, value[1] ?? null])}
          w={260}
          allowSingleDateInRange
          hideOutsideDates
          weekendDays={[0, 6]}
          classNames={{ day: 'date-day' }}
          ariaLabels={{
            previousMonth: t('date.previousMonth'),
            nextMonth: t('date.nextMonth'),
            previousYear: t('date.previousYear'),
            nextYear: t('date.nextYear'),
            previousDecade: t('date.previousDecade'),
            nextDecade: t('date.nextDecade'),
            monthLevelControl: t('date.chooseMonth'),
            yearLevelControl: t('date.chooseYear'),
          }}
        />
      </Group>
      <ListState
        loading={query.loading}
        error={query.error}
        isEmpty={items.length === 0}
        emptyText={t('audit.empty')}
        onRetry={query.refetch}
      >
        <Table.ScrollContainer minWidth={760}>
          <Table data-testid="audit-table">
            <Table.Caption className="visually-hidden">{t('audit.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.occurredAt')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.entity')}</Table.Th>
                <Table.Th>{t('audit.actor')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('audit.changes')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((event) => (
                <AuditRow key={event.id} event={event} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {page && <Pager offset={page.offset} limit={PAGE_SIZE} totalCount={page.totalCount} onOffsetChange={setOffset} />}
      </ListState>
    </DatesProvider>
  );
}
