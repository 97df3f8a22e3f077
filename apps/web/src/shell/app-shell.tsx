import { Anchor, AppShell, Box, Burger, Center, Group, Loader, Text, em } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { useViewer } from '../session/session-context';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { NotificationBell } from './notification-bell';
import { UserMenu } from './user-menu';

export function PortalShell() {
  const [opened, { toggle, close }] = useDisclosure();
  const viewer = useViewer();
  const { t } = useI18n();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // On narrow screens the header has no room for the language switch; it moves into the navigation drawer.
  const narrow = useMediaQuery(`(max-width: ${em(767)})`);

  useEffect(() => {
    // After client-side navigation, move focus to the new content as a full page load would.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNavigation')} />
            <Anchor component={Link} to="/" fw={700} c="dark" underline="never">
              {t('app.name')}
            </Anchor>
            <Text size="sm" c="dark" visibleFrom="sm" data-testid="organisation-name">
              {viewer.organisation.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {!narrow && <LanguageSwitch />}
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <MainNav onNavigate={close} />
        {narrow && (
          <Box p="xs" mt="md">
            <LanguageSwitch />
          </Box>
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main" ref={main} tabIndex={-1} className="main-content">
        <Suspense
          fallback={
            <Center py="xl" role="status">
              <Loader aria-label={t('list.loading')} />
            </Center>
          }
        >
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
