import { Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { ListState } from '../../components/list-state';
import { showNotice } from '../../components/notice';
import { StatusBadge } from '../../components/status-badge';
import type { TrainingNeedsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useNeedWhat } from './need-what';
import { StateNeedModal } from './state-need-modal';
import { courseFormatLabel, needStatusLabel } from './training-text';
import { CloseTrainingNeedMutation, TrainingNeedsQuery as NeedsDocument } from './trainings.operations';

type Need = TrainingNeedsQuery['trainingNeeds'][number];

/** A partner admin's own needs: state new ones, follow their status, withdraw open ones no longer needed. */
export function OwnNeeds() {
  const { t, formatLocalDate, formatDate } = useI18n();
  const needs = useQuery(NeedsDocument, {});
  const what = useNeedWhat();
  const [stating, setStating] = useState(false);
  const [close, closing] = useMutation(CloseTrainingNeedMutation);
  const withdrawal = useConfirmedAction((n: Need) => close({ id: n.id }), t('needs.withdraw.done'), needs.refetch);
  const toWithdraw = withdrawal.item;
  const items = needs.data?.trainingNeeds ?? [];

  return (
    <>
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <Text maw={720}>{t('needs.ownIntro')}</Text>
        <Button onClick={() => setStating(true)}>{t('needs.state.open')}</Button>
      </Group>
      <ListState
        loading={needs.loading}
        error={needs.error}
        isEmpty={items.length === 0}
        emptyText={t('needs.ownEmpty')}
        onRetry={needs.refetch}
      >
        <Table.ScrollContainer minWidth={800}>
          <Table data-testid="needs-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('needs.what')}</Table.Th>
                <Table.Th>{t('needs.people')}</Table.Th>
                <Table.Th>{t('needs.period')}</Table.Th>
                <Table.Th>{t('trainings.region')}</Table.Th>
                <Table.Th>{t('trainings.format')}</Table.Th>
                <Table.Th>{t('trainings.status')}</Table.Th>
                <Table.Th>{t('needs.statedAt')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('trainings.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((n) => (
                <Table.Tr key={n.id} data-need-id={n.id} data-region={n.region}>
                  <Table.Td>{what(n)}</Table.Td>
                  <Table.Td>{n.people}</Table.Td>
                  <Table.Td>
                    {t('needs.periodRange', { from: formatLocalDate(n.preferredFrom), to: formatLocalDate(n.preferredTo) })}
                  </Table.Td>
                  <Table.Td>{n.region || t('needs.noRegion')}</Table.Td>
                  <Table.Td>{n.format ? courseFormatLabel(t, n.format) : t('needs.anyFormat')}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={n.status} label={needStatusLabel(t, n.status)} />
                  </Table.Td>
                  <Table.Td>{formatDate(n.createdAt)}</Table.Td>
                  <Table.Td>
                    {n.status === 'OPEN' && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => withdrawal.ask(n)}
                        aria-label={t('needs.withdrawFor', { what: what(n) })}
                      >
                        {t('needs.withdraw')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ListState>
      <ConfirmDialog
        opened={toWithdraw !== undefined}
        title={t('needs.withdraw.title')}
        message={toWithdraw ? t('needs.withdraw.message', { what: what(toWithdraw), people: toWithdraw.people }) : ''}
        confirmLabel={t('needs.withdraw')}
        danger
        busy={closing}
        onConfirm={withdrawal.confirm}
        onCancel={withdrawal.cancel}
      />
      {stating && (
        <StateNeedModal
          onClose={(stated) => {
            setStating(false);
            if (stated) {
              showNotice(t, 'green', t('needs.state.done'));
              needs.refetch();
            }
          }}
        />
      )}
    </>
  );
}
