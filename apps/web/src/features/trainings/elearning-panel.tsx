import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { can } from '../../access/permissions';
import { useMutation } from '../../api/use-mutation';
import { type QueryState, useQuery } from '../../api/use-query';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { ListState } from '../../components/list-state';
import { StatusBadge } from '../../components/status-badge';
import type { EnrolmentsQuery as EnrolmentsResult } from '../../gql/graphql';
import type { I18n } from '../../i18n/i18n-context';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { TeamActionDialog } from './team-action-dialog';
import { courseTitle } from './training-text';
import {
  CompleteEnrolmentMutation,
  CoursesQuery,
  EnrolInCourseMutation,
  EnrolmentsQuery,
  WithdrawEnrolmentMutation,
} from './trainings.operations';

type Enrolment = EnrolmentsResult['enrolments'][number];
interface ElearningCourse {
  id: string;
  code: string;
  courseTitleDe: string;
  courseTitleEn: string;
}

const ENROLMENT_STATUSES = ['ENROLLED', 'COMPLETED', 'WITHDRAWN'] as const;
type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
const isEnrolmentStatus = (value: string): value is EnrolmentStatus => ENROLMENT_STATUSES.includes(value as EnrolmentStatus);
/** The schema types the status as a string; a value added later still shows, as it is. */
const enrolmentStatusLabel = (t: I18n['t'], status: string): string =>
  isEnrolmentStatus(status) ? t(`enrolmentStatus.${status}`) : status;

/** E-learning has no sessions: partners enrol (themselves or team members); the training manager marks enrolments completed. */
export function ElearningPanel() {
  const viewer = useViewer();
  const manager = can(viewer, 'training.manage');
  const enrols = can(viewer, 'booking.create');
  const enrolments = useQuery(EnrolmentsQuery, {});
  return (
    <>
      {enrols && <ElearningCourses onEnrolled={enrolments.refetch} />}
      <EnrolmentList manager={manager} withdraws={enrols || manager} enrolments={enrolments} />
    </>
  );
}

function ElearningCourses({ onEnrolled }: { onEnrolled: () => void }) {
  const { t, locale } = useI18n();
  const courses = useQuery(CoursesQuery, {});
  const [enrolling, setEnrolling] = useState<ElearningCourse>();
  const items = (courses.data?.courses ?? [])
    .filter((c) => c.format === 'E_LEARNING')
    .map((c) => ({ id: c.id, code: c.code, courseTitleDe: c.titleDe, courseTitleEn: c.titleEn }));
  return (
    <section aria-labelledby="elearning-courses" data-testid="elearning-courses">
      <Title order={2} size="h4" mb="sm" id="elearning-courses">
        {t('elearning.courses')}
      </Title>
      <ListState
        loading={courses.loading}
        error={courses.error}
        isEmpty={items.length === 0}
        emptyText={t('elearning.coursesEmpty')}
        onRetry={courses.refetch}
      >
        <Stack gap="xs" mb="xl">
          {items.map((c) => (
            <Group key={c.id} justify="space-between" wrap="nowrap" data-course={c.code}>
              <Text>
                {c.code} – {courseTitle(locale, c)}
              </Text>
              <Button size="xs" onClick={() => setEnrolling(c)} aria-label={t('elearning.enrolFor', { course: courseTitle(locale, c) })}>
                {t('elearning.enrol')}
              </Button>
            </Group>
          ))}
        </Stack>
      </ListState>
      {enrolling && (
        <EnrolDialog
          course={enrolling}
          onClose={(changed) => {
            setEnrolling(undefined);
            if (changed) onEnrolled();
          }}
        />
      )}
    </section>
  );
}

/** Like booking: a technician enrols themselves, a partner admin picks team members (one request each). */
function EnrolDialog({ course, onClose }: { course: ElearningCourse; onClose: (changed: boolean) => void }) {
  const { t, locale } = useI18n();
  const [enrol] = useMutation(EnrolInCourseMutation);
  return (
    <TeamActionDialog
      title={t('elearning.enrol.title', { course: courseTitle(locale, course) })}
      outcomesTestId="enrolment-outcomes"
      texts={{ participants: t('elearning.enrol.participants'), self: t('elearning.enrol.self'), submit: t('elearning.enrol.submit') }}
      run={async (participantId) => {
        const { enrolInCourse } = await enrol({ courseId: course.id, participantId });
        return enrolmentStatusLabel(t, enrolInCourse.status);
      }}
      onClose={onClose}
    />
  );
}

/** Enrolments in view (own, the team's, or all); training staff complete open ones, whoever enrolled may withdraw them. */
function EnrolmentList({
  manager,
  withdraws,
  enrolments,
}: {
  manager: boolean;
  withdraws: boolean;
  enrolments: QueryState<EnrolmentsResult>;
}) {
  const { t, locale, formatDate } = useI18n();
  const [status, setStatus] = useState<string | null>(manager ? 'ENROLLED' : null);
  const [complete, busy] = useMutation(CompleteEnrolmentMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawEnrolmentMutation);
  const completion = useConfirmedAction((e: Enrolment) => complete({ id: e.id }), t('elearning.complete.done'), enrolments.refetch);
  const withdrawal = useConfirmedAction((e: Enrolment) => withdraw({ id: e.id }), t('elearning.withdraw.done'), enrolments.refetch);
  const completing = completion.item;
  const leaving = withdrawal.item;
  const actions = manager || withdraws;
  const items = (enrolments.data?.enrolments ?? []).filter((e) => !status || e.status === status);

  return (
    <section aria-labelledby="elearning-enrolments">
      <Title order={2} size="h4" mb="sm" id="elearning-enrolments">
        {t('elearning.enrolments')}
      </Title>
      {manager && <Text mb="sm">{t('elearning.managerIntro')}</Text>}
      <Select
        label={t('trainings.status')}
        placeholder={t('trainings.all')}
        clearable
        value={status}
        onChange={setStatus}
        data={ENROLMENT_STATUSES.map((s) => ({ value: s, label: enrolmentStatusLabel(t, s) }))}
        w={220}
        mb="md"
      />
      <ListState
        loading={enrolments.loading}
        error={enrolments.error}
        isEmpty={items.length === 0}
        emptyText={t('elearning.enrolmentsEmpty')}
        onRetry={enrolments.refetch}
      >
        <Table.ScrollContainer minWidth={700}>
          <Table data-testid="enrolments-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trainings.course')}</Table.Th>
                <Table.Th>{t('trainings.participant')}</Table.Th>
                <Table.Th>{t('trainings.status')}</Table.Th>
                <Table.Th>{t('elearning.enrolledAt')}</Table.Th>
                <Table.Th>{t('elearning.completedAt')}</Table.Th>
                {actions && (
                  <Table.Th>
                    <span className="visually-hidden">{t('trainings.actions')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((e) => (
                <Table.Tr key={e.id} data-participant={e.participantName} data-course={e.courseCode}>
                  <Table.Td>
                    {e.courseCode} – {courseTitle(locale, e)}
                  </Table.Td>
                  <Table.Td>{e.participantName}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={e.status === 'COMPLETED' ? 'APPROVED' : e.status} label={enrolmentStatusLabel(t, e.status)} />
                  </Table.Td>
                  <Table.Td>{formatDate(e.enrolledAt)}</Table.Td>
                  <Table.Td>{e.completedAt ? formatDate(e.completedAt) : '—'}</Table.Td>
                  {actions && (
                    <Table.Td>
                      {e.status === 'ENROLLED' && (
                        <Group gap="xs" wrap="nowrap">
                          {manager && (
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => completion.ask(e)}
                              aria-label={t('elearning.completeFor', { course: courseTitle(locale, e), name: e.participantName })}
                            >
                              {t('elearning.complete')}
                            </Button>
                          )}
                          {withdraws && (
                            <Button
                              size="xs"
                              variant="default"
                              color="red"
                              onClick={() => withdrawal.ask(e)}
                              aria-label={t('elearning.withdrawFor', { course: courseTitle(locale, e), name: e.participantName })}
                            >
                              {t('elearning.withdraw')}
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ListState>
      <ConfirmDialog
        opened={completing !== undefined}
        title={t('elearning.complete.title')}
        message={
          completing ? t('elearning.complete.message', { name: completing.participantName, course: courseTitle(locale, completing) }) : ''
        }
        confirmLabel={t('elearning.complete')}
        busy={busy}
        onConfirm={completion.confirm}
        onCancel={completion.cancel}
      />
      <ConfirmDialog
        opened={leaving !== undefined}
        title={t('elearning.withdraw.title')}
        message={leaving ? t('elearning.withdraw.message', { name: leaving.participantName, course: courseTitle(locale, leaving) }) : ''}
        confirmLabel={t('elearning.withdraw')}
        danger
        busy={withdrawing}
        onConfirm={withdrawal.confirm}
        onCancel={withdrawal.cancel}
      />
    </section>
  );
}
