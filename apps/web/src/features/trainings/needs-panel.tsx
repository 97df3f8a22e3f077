import { Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { can } from '../../access/permissions';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { showNotice } from '../../components/notice';
import { StatusBadge } from '../../components/status-badge';
import type { TrainingNeedSummaryQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';
import { useViewer } from '../../session/session-context';
import { PlanSessionModal } from './plan-session-modal';
import { StateNeedModal } from './state-need-modal';
import { courseFormatLabel, courseTitle, formatMonth, needStatusLabel } from './training-text';
import { CoursesQuery, TrainingNeedSummaryQuery as SummaryDocument, TrainingNeedsQuery } from './trainings.operations';

export type NeedGroup = TrainingNeedSummaryQuery['trainingNeedSummary'][number];

/** "BASIC – Heat pump basics" for a catalogue course, else the free topic. */
export function useNeedWhat(): (need: { courseId?: string | null; courseCode?: string | null; topic?: string | null }) => string {
  const { locale } = useI18n();
  const courses = useQuery(CoursesQuery, {});
  return (need) => whatOf(locale, courses.data?.courses ?? [], need);
}

function whatOf(
  locale: Locale,
  courses: { id: string; code: string; titleDe: string; titleEn: string }[],
  need: { courseId?: string | null; courseCode?: string | null; topic?: string | null },
): string {
  const course = need.courseId ? courses.find((c) => c.id === need.courseId) : undefined;
  if (course) return `${course.code} – ${courseTitle(locale, { courseTitleDe: course.titleDe, courseTitleEn: course.titleEn })}`;
  return need.courseCode ?? need.topic ?? '—';
}

/** Partner admins state needs and follow them; the training manager sees them summed up and plans sessions. */
export function NeedsPanel() {
  const viewer = useViewer();
  return can(viewer, 'training_need.manage') ? <OwnNeeds /> : <NeedSummary />;
}

function OwnNeeds() {
  const { t, formatLocalDate, formatDate } = useI18n();
  const needs = useQuery(TrainingNeedsQuery, {});
  const what = useNeedWhat();
  const [stating, setStating] = useState(false);
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
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ListState>
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
