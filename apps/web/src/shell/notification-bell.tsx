import { ActionIcon, Center, Indicator, Loader, Popover } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { UnreadNotificationsQuery } from './notifications.operations';

// The list, its texts' lookups and the mark-as-read action load on first opening only.
const NotificationList = lazy(() => import('../features/notifications/notification-list'));

const POLL_MS = 60_000;

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden focusable="false">
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" />
    </svg>
  );
}

/** The unread count, refreshed on navigation, on focus and once a minute; the list opens in a popover. */
export function NotificationBell() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [count, setCount] = useState(0);
  const [opened, setOpened] = useState(false);

  const refresh = useCallback(() => {
    execute(UnreadNotificationsQuery).then(
      ({ notifications }) => setCount(notifications.unreadCount),
      () => undefined, // The bell stays as it was; a lost session is handled by the session itself.
    );
  }, []);

  useEffect(() => {
    refresh();
  }, [refresh, pathname]);

  useEffect(() => {
    const timer = window.setInterval(refresh, POLL_MS);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, [refresh]);

  const label = count > 0 ? t('notifications.buttonUnread', { count }) : t('notifications.button');
  return (
    // The indicator wraps the popover, so the popover's ARIA attributes land on the button itself.
    <Indicator label={count > 99 ? '99+' : count} size={18} disabled={count === 0} offset={4} data-testid="notification-count">
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md" trapFocus returnFocus withinPortal>
        <Popover.Target>
          <ActionIcon variant="subtle" color="dark" size="lg" aria-label={label} onClick={() => setOpened((o) => !o)}>
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown aria-label={t('notifications.title')} p="sm">
          {opened && (
            <Suspense
              fallback={
                <Center py="md" role="status">
                  <Loader size="sm" aria-label={t('list.loading')} />
                </Center>
              }
            >
              <NotificationList onCountChange={setCount} onNavigate={() => setOpened(false)} />
            </Suspense>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
