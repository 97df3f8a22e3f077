import { Anchor, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { areaById } from '../../access/areas';
import { toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { showNotice } from '../../components/notice';
import { errorText } from '../../errors/error-text';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { MarkNotificationsReadMutation, NotificationsQuery } from '../../shell/notifications.operations';
import { notificationText } from './notification-text';

const LIMIT = 20;

interface Props {
  onCountChange: (count: number) => void;
  onNavigate: () => void;
}

/** The newest notifications, unread ones marked; "mark all as read" clears the bell. */
export default function NotificationList({ onCountChange, onNavigate }: Props) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const viewer = useViewer();
  const query = useQuery(NotificationsQuery, { page: { limit: LIMIT } });
  const [markRead, marking] = useMutation(MarkNotificationsReadMutation);
  const feed = query.data?.notifications;

  useEffect(() => {
    if (feed) onCountChange(feed.unreadCount);
  }, [feed, onCountChange]);

  const markAll = async () => {
    try {
      await markRead({ ids: null });
      onCountChange(0);
      query.refetch();
    } catch (error) {
      showNotice(t, 'red', errorText(t, toApiError(error)));
    }
  };

  return (
    <Stack gap="xs" data-testid="notification-list">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h5">
          {t('notifications.title')}
        </Title>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => void markAll()}
          loading={marking}
          disabled={!feed || feed.unreadCount === 0}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      {query.error && (
        <Text size="sm" role="alert">
          {errorText(t, query.error)}
        </Text>
      )}
      {!feed && !query.error && (
        <Center py="md" role="status">
          <Loader size="sm" aria-label={t('list.loading')} />
        </Center>
      )}
      {feed?.items.length === 0 && <Text size="sm">{t('notifications.empty')}</Text>}
      {feed && feed.items.length > 0 && (
        <ul className="notification-items">
          {feed.items.map((item) => {
            const content = notificationText(i18n, item.kind, item.params, query.data ?? { productLines: [], tiers: [] });
            const unread = !item.readAt;
            const link = content.links.find((candidate) => areaById(candidate.area).canUse(viewer));
            return (
              <li key={item.id} data-unread={unread ? 'true' : undefined} data-kind={item.kind}>
                <Text size="sm" fw={unread ? 700 : 400}>
                  {unread && <span className="visually-hidden">{t('notifications.unread')}: </span>}
                  {content.message}
                </Text>
                {content.reason && <Text size="sm">{t('history.reason', { reason: content.reason })}</Text>}
                {content.comment && <Text size="sm">{t('notifications.comment', { comment: content.comment })}</Text>}
                <Group gap="xs">
                  <Text size="xs" className="secondary-text">
                    {formatDateTime(item.createdAt)}
                  </Text>
                  {link && (
                    <Anchor component={Link} to={link.path ?? areaById(link.area).path} size="xs" onClick={onNavigate}>
                      {t(link.label)}
                    </Anchor>
                  )}
                </Group>
              </li>
            );
          })}
        </ul>
      )}
      {feed && feed.totalCount > feed.items.length && (
        <Text size="xs" className="secondary-text">
          {t('notifications.more', { count: feed.totalCount - feed.items.length })}
        </Text>
      )}
    </Stack>
  );
}
