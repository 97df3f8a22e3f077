import { Alert, Button, CopyButton, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { showNotice } from '../../components/notice';
import { errorText } from '../../errors/error-text';
import { useI18n } from '../../i18n/i18n-context';
import { CalendarFeedQuery, CreateCalendarFeedMutation, RevokeCalendarFeedMutation } from './trainings.operations';

/**
 * The viewer's private calendar feed. The server keeps only a hash of the token, so the URL can be
 * shown once, right after it is created; a new one replaces the old (asked first), and revoking ends it.
 */
export function CalendarFeed() {
  const { t, formatDateTime } = useI18n();
  const status = useQuery(CalendarFeedQuery, {});
  const createdAt = status.data?.calendarFeedCreatedAt;
  const [create, creating] = useMutation(CreateCalendarFeedMutation);
  const [revoke, revoking] = useMutation(RevokeCalendarFeedMutation);
  const [url, setUrl] = useState<string>();
  const [confirm, setConfirm] = useState<'create' | 'revoke'>();

  const run = async (action: 'create' | 'revoke') => {
    try {
      if (action === 'create') {
        setUrl((await create({})).createCalendarFeed);
      } else {
        await revoke({});
        setUrl(undefined);
        showNotice(t, 'green', t('feed.revoked'));
      }
    } catch (e) {
      showNotice(t, 'red', errorText(t, toApiError(e)));
    }
    setConfirm(undefined);
    status.refetch();
  };

  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="calendar-feed-title" data-testid="calendar-feed">
      <Title order={2} size="h4" id="calendar-feed-title" mb="xs">
        {t('feed.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('feed.text')}
      </Text>
      {status.data && (
        <Text size="sm" mb="sm" fw={500} data-testid="calendar-feed-status">
          {createdAt ? t('feed.active', { date: formatDateTime(createdAt) }) : t('feed.none')}
        </Text>
      )}
      {url && (
        <Alert color="green" mb="sm" aria-live="polite">
          <Text size="sm" mb="xs">
            {t('feed.created')}
          </Text>
          <Group align="flex-end" wrap="nowrap">
            <TextInput label={t('feed.url')} value={url} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button onClick={copy} color={copied ? 'teal' : undefined} aria-live="polite">
                  {copied ? t('action.copied') : t('action.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      <Group gap="sm">
        {/* Only replacing a link loses something, so only that is asked first. */}
        <Button variant="default" loading={creating} onClick={() => (createdAt ? setConfirm('create') : void run('create'))}>
          {t(createdAt ? 'feed.replace' : 'feed.create')}
        </Button>
        {createdAt && (
          <Button variant="default" color="red" onClick={() => setConfirm('revoke')}>
            {t('feed.revoke')}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={confirm !== undefined}
        title={t(confirm === 'revoke' ? 'feed.revokeTitle' : 'feed.createTitle')}
        message={t(confirm === 'revoke' ? 'feed.revokeMessage' : 'feed.createMessage')}
        confirmLabel={t(confirm === 'revoke' ? 'feed.revokeConfirm' : 'feed.createConfirm')}
        danger
        busy={creating || revoking}
        onConfirm={() => confirm && void run(confirm)}
        onCancel={() => setConfirm(undefined)}
      />
    </Paper>
  );
}
