import { Button, Group, Select, Switch, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { can } from '../../access/permissions';
import { useDebounced } from '../../api/use-debounced';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { showNotice } from '../../components/notice';
import type { CourseFormat } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { localName, useTierCatalogue } from '../tiers/catalogue';
import { type BookableSession, BookDialog } from './book-dialog';
import { ParticipantsDialog } from './participants-dialog';
import { CancelSessionDialog, EditSessionModal, type SessionRow } from './session-change-dialogs';
import { courseFormatLabel, courseTitle } from './training-text';
import { CoursesQuery, TrainingSessionsQuery } from './trainings.operations';

const FORMATS: CourseFormat[] = ['CLASSROOM', 'VIRTUAL_CLASSROOM', 'WORKSHOP'];
/** How far back the training manager looks for started sessions (attendance is taken after the start). */
const PAST_DAYS = 90;

export function SessionsPanel() {
  const { t, locale, formatDateTime, formatNumber } = useI18n();
  const viewer = useViewer();
  const manager = can(viewer, 'training.manage');
  const canBook = can(viewer, 'booking.create');
  const [courseId, setCourseId] = useState<string | null>(null);
  const [productLineId, setProductLineId] = useState<string | null>(null);
  const [format, setFormat] = useState<string | null>(null);
  const { catalogue } = useTierCatalogue();
  const [language, setLanguage] = useState<string | null>(null);
  const [region, setRegion] = useState('');
  const debouncedRegion = useDebounced(region.trim(), 300);
  const [withStarted, setWithStarted] = useState(false);
  // Fixed once per mount: a fresh "now" on every render would change the variables and reload forever.
  const [startedSince] = useState(() => new Date(Date.now() - PAST_DAYS * 24 * 60 * 60_000).toISOString());
  const courses = useQuery(CoursesQuery, {});
  const sessions = useQuery(TrainingSessionsQuery, {
    filter: {
      courseId: courseId ?? undefined,
      productLineId: productLineId ?? undefined,
      format: (format as CourseFormat | null) ?? undefined,
      language: language ?? undefined,
      region: debouncedRegion || undefined,
      from: manager && withStarted ? startedSince : undefined,
    },
    page: { limit: 100, offset: 0 },
  });
  const [booking, setBooking] = useState<BookableSession>();
  const [participants, setParticipants] = useState<BookableSession>();
  const [editing, setEditing] = useState<SessionRow>();
  const [cancelling, setCancelling] = useState<SessionRow>();
  const items = sessions.data?.trainingSessions.items ?? [];

  return (
    <>
      <Group align="flex-end" mb="md" wrap="wrap">
        <Select
          label={t('trainings.course')}
          placeholder={t('trainings.all')}
          clearable
          value={courseId}
          onChange={setCourseId}
          data={(courses.data?.courses ?? [])
            .filter((c) => c.format !== 'E_LEARNING')
            .map((c) => ({
              value: c.id,
              label: `${c.code} – ${courseTitle(locale, { courseTitleDe: c.titleDe, courseTitleEn: c.titleEn })}`,
            }))}
        />
        <Select
          label={t('trainings.productLine')}
          placeholder={t('trainings.all')}
          clearable
          value={productLineId}
          onChange={setProductLineId}
          data={(catalogue?.productLines ?? []).map((pl) => ({ value: pl.id, label: localName(locale, pl) }))}
        />
        <Select
          label={t('trainings.format')}
          placeholder={t('trainings.all')}
          clearable
          value={format}
          onChange={setFormat}
          data={FORMATS.map((f) => ({ value: f, label: courseFormatLabel(t, f) }))}
        />
        <Select
          label={t('trainings.language')}
          placeholder={t('trainings.all')}
          clearable
          value={language}
          onChange={setLanguage}
          data={[
            { value: 'de', label: t('trainings.lang.de') },
            { value: 'en', label: t('trainings.lang.en') },
          ]}
        />
        <TextInput label={t('trainings.region')} value={region} onChange={(e) => setRegion(e.currentTarget.value)} />
        {manager && (
          <Switch
            mb={8}
            label={t('trainings.withStarted', { days: PAST_DAYS })}
            checked={withStarted}
            onChange={(e) => setWithStarted(e.currentTarget.checked)}
          />
        )}
      </Group>
      <ListState
        loading={sessions.loading}
        error={sessions.error}
        isEmpty={items.length === 0}
        emptyText={t('trainings.sessionsEmpty')}
        onRetry={sessions.refetch}
      >
        <Table.ScrollContainer minWidth={960}>
          <Table data-testid="sessions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trainings.course')}</Table.Th>
                <Table.Th>{t('trainings.start')}</Table.Th>
                <Table.Th>{t('trainings.place')}</Table.Th>
                <Table.Th>{t('trainings.seatsLeft')}</Table.Th>
                <Table.Th>{t('trainings.waitlist')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('trainings.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id} data-session-id={s.id}>
                  <Table.Td>
                    {s.courseCode} – {courseTitle(locale, s)}
                    <br />
                    {courseFormatLabel(t, s.format)} · {s.language.toUpperCase()}
                  </Table.Td>
                  <Table.Td>{formatDateTime(s.startsAt)}</Table.Td>
                  <Table.Td>{[s.venue, s.region].filter(Boolean).join(', ')}</Table.Td>
                  <Table.Td>{t('trainings.seatsOf', { left: formatNumber(s.seatsLeft), capacity: formatNumber(s.capacity) })}</Table.Td>
                  <Table.Td>{formatNumber(s.waitlistLength)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {canBook && (
                        <Button
                          size="xs"
                          onClick={() => setBooking(s)}
                          aria-label={t('trainings.bookFor', { course: courseTitle(locale, s), date: formatDateTime(s.startsAt) })}
                        >
                          {s.seatsLeft > 0 ? t('trainings.book') : t('trainings.joinWaitlist')}
                        </Button>
                      )}
                      {manager && (
                        <Button size="xs" variant="default" onClick={() => setParticipants(s)}>
                          {t('trainings.participants')}
                        </Button>
                      )}
                      {manager && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setEditing(s)}
                          aria-label={t('sessions.editFor', { course: courseTitle(locale, s), date: formatDateTime(s.startsAt) })}
                        >
                          {t('sessions.edit')}
                        </Button>
                      )}
                      {manager && (
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          onClick={() => setCancelling(s)}
                          aria-label={t('sessions.cancelFor', { course: courseTitle(locale, s), date: formatDateTime(s.startsAt) })}
                        >
                          {t('sessions.cancel')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ListState>
      {booking && (
        <BookDialog
          session={booking}
          onClose={(changed) => {
            setBooking(undefined);
            if (changed) sessions.refetch();
          }}
        />
      )}
      {editing && (
        <EditSessionModal
          session={editing}
          onClose={(changed) => {
            setEditing(undefined);
            if (changed) {
              showNotice(t, 'green', t('sessions.edit.done'));
              sessions.refetch();
            }
          }}
        />
      )}
      {cancelling && (
        <CancelSessionDialog
          session={cancelling}
          onClose={(cancelled) => {
            setCancelling(undefined);
            if (cancelled) {
              showNotice(t, 'green', t('sessions.cancel.done'));
              sessions.refetch();
            }
          }}
        />
      )}
      {participants && (
        <ParticipantsDialog
          session={participants}
          onClose={() => {
            setParticipants(undefined);
            sessions.refetch();
          }}
        />
      )}
    </>
  );
}
