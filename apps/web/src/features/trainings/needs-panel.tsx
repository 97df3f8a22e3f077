import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { can } from '../../access/permissions';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { showNotice } from '../../components/notice';
import type { TrainingNeedSummaryQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { PlanSessionModal } from './plan-session-modal';
import { OwnNeeds } from './own-needs';
import { useNeedWhat } from './need-what';
import { formatMonth } from './training-text';
import { TrainingNeedSummaryQuery as SummaryDocument } from './trainings.operations';

export type NeedGroup = TrainingNeedSummaryQuery['trainingNeedSummary'][number];

/** Partner admins state needs and follow them; the training manager sees them summed up and plans sessions. */
export function NeedsPanel() {
  const viewer = useViewer();
  return can(viewer, 'training_need.manage') ? <OwnNeeds /> : <NeedSummary />;
}

function NeedSummary() {
  const { t, locale, formatNumber } = useI18n();
  const viewer = useViewer();
  const manager = can(viewer, 'training.manage');
  const summary = useQuery(SummaryDocument, {});
  const what = useNeedWhat();
  const [planning, setPlanning] = useState<NeedGroup>();
  const items = summary.data?.trainingNeedSummary ?? [];
  return (
    <>
      <Text mb="md">{t('needs.summaryIntro')}</Text>
      <ListState
        loading={summary.loading}
        error={summary.error}
        isEmpty={items.length === 0}
        emptyText={t('needs.summaryEmpty')}
        onRetry={summary.refetch}
      >
        <Table.ScrollContainer minWidth={760}>
          <Table data-testid="need-summary">
            <Table.Caption className="visually-hidden">{t('needs.summaryCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('needs.what')}</Table.Th>
                <Table.Th>{t('trainings.region')}</Table.Th>
                <Table.Th>{t('needs.month')}</Table.Th>
                <Table.Th>{t('needs.people')}</Table.Th>
                <Table.Th>{t('needs.partners')}</Table.Th>
                {manager && (
                  <Table.Th>
                    <span className="visually-hidden">{t('trainings.actions')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((g) => {
                const region = g.region || t('needs.noRegion');
                const month = formatMonth(locale, g.month);
                return (
                  <Table.Tr key={g.needIds.join()} data-region={g.region} data-month={g.month}>
                    <Table.Td>{what(g)}</Table.Td>
                    <Table.Td>{region}</Table.Td>
                    <Table.Td>{month}</Table.Td>
                    <Table.Td>{formatNumber(g.people)}</Table.Td>
                    <Table.Td>{formatNumber(g.partners)}</Table.Td>
                    {manager && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setPlanning(g)}
                          aria-label={t('needs.planFor', { what: what(g), region, month })}
                        >
                          {t('needs.plan')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ListState>
      {planning && (
        <PlanSessionModal
          group={planning}
          what={what(planning)}
          onClose={(planned) => {
            setPlanning(undefined);
            if (planned) {
              showNotice(t, 'green', t('needs.plan.done'));
              summary.refetch();
            }
          }}
        />
      )}
    </>
  );
}
