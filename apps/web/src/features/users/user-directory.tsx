import { Button, Group, Select, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { can } from '../../access/permissions';
import { useDebounced } from '../../api/use-debounced';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { type Direction, SortHeader } from '../../components/sort-header';
import { StatusBadge } from '../../components/status-badge';
import type { Role, UserSortField, UserStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { roleLabel, userStatusLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages';
import { useViewer } from '../../session/session-context';
import { InviteUserModal } from './invite-user-modal';
import { UserActions } from './user-actions';
import { UsersQuery } from './users.operations';

const PAGE_SIZE = 25;
const STATUSES: UserStatus[] = ['ACTIVE', 'INVITED', 'DEACTIVATED'];

interface Props {
  title: MessageKey;
  emptyText: MessageKey;
  /** Roles offered when inviting into the viewer's organisation. */
  invitableRoles: readonly Role[];
  /** Manufacturer staff see the whole network, so the organisation column matters there. */
  showOrganisation: boolean;
}

/** The Users page (manufacturer) and the Team page (partner) share this list; the API scopes the rows. */
export function UserDirectory({ title, emptyText, invitableRoles, showOrganisation }: Props) {
  const { t, formatDate } = useI18n();
  const viewer = useViewer();
  const manage = can(viewer, 'user.manage');
  // Same rule as the API: own colleagues need user.manage, users of partner organisations organisation.manage.
  const canManage = (organisationId: string) => (organisationId === viewer.organisation.id ? manage : can(viewer, 'organisation.manage'));
  const actionsColumn = manage || can(viewer, 'organisation.manage');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<UserStatus | null>(null);
  const [sort, setSort] = useState<{ field: UserSortField; direction: Direction }>({ field: 'DISPLAY_NAME', direction: 'ASC' });
  const [offset, setOffset] = useState(0);
  const [inviting, setInviting] = useState(false);
  const debouncedSearch = useDebounced(search.trim());

  const query = useQuery(UsersQuery, { filter: { search: debouncedSearch || null, status }, sort, page: { offset, limit: PAGE_SIZE } });
  const page = query.data?.users;
  const items = page?.items ?? [];
  const refilter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setOffset(0);
    };

  return (
    <>
      <PageHeader title={t(title)}>{manage && <Button onClick={() => setInviting(true)}>{t('users.invite')}</Button>}</PageHeader>
      <Group mb="md" align="flex-end" role="search" aria-label={t('list.filters')}>
        <TextInput label={t('list.search')} value={search} onChange={(e) => refilter(setSearch)(e.currentTarget.value)} w={260} />
        <Select
          label={t('users.status')}
          placeholder={t('list.all')}
          clearable
          data={STATUSES.map((s) => ({ value: s, label: userStatusLabel(t, s) }))}
          value={status}
          onChange={(v) => refilter(setStatus)(v)}
        />
      </Group>
      <ListState loading={query.loading} error={query.error} isEmpty={items.length === 0} emptyText={t(emptyText)} onRetry={query.refetch}>
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover data-testid="user-table">
            <Table.Caption className="visually-hidden">{t(title)}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <SortHeader field="DISPLAY_NAME" sort={sort} onSort={refilter(setSort)}>
                  {t('field.displayName')}
                </SortHeader>
                <SortHeader field="EMAIL" sort={sort} onSort={refilter(setSort)}>
                  {t('field.email')}
                </SortHeader>
                {showOrganisation && <Table.Th>{t('users.organisation')}</Table.Th>}
                <Table.Th>{t('users.roles')}</Table.Th>
                <Table.Th>{t('users.status')}</Table.Th>
                <SortHeader field="CREATED_AT" sort={sort} onSort={refilter(setSort)}>
                  {t('users.createdAt')}
                </SortHeader>
                {actionsColumn && (
                  <Table.Th>
                    <span className="visually-hidden">{t('users.actions')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((u) => (
                <Table.Tr key={u.id} data-email={u.email}>
                  <Table.Td>{u.displayName}</Table.Td>
                  <Table.Td>{u.email}</Table.Td>
                  {showOrganisation && <Table.Td>{u.organisationName}</Table.Td>}
                  <Table.Td>{u.roles.map((r) => roleLabel(t, r)).join(', ')}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={u.status} label={userStatusLabel(t, u.status)} />
                  </Table.Td>
                  <Table.Td>{formatDate(u.createdAt)}</Table.Td>
                  {actionsColumn && (
                    <Table.Td>
                      {canManage(u.organisationId) && <UserActions user={u} isSelf={u.id === viewer.id} onChanged={query.refetch} />}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {page && <Pager offset={page.offset} limit={PAGE_SIZE} totalCount={page.totalCount} onOffsetChange={setOffset} />}
      </ListState>
      {manage && <InviteUserModal opened={inviting} roles={invitableRoles} onClose={() => setInviting(false)} onInvited={query.refetch} />}
    </>
  );
}
