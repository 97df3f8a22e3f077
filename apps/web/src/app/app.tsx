import { Alert, Button, Center, Loader, MantineProvider, Stack } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { Suspense } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { I18nProvider } from '../i18n/i18n-provider';
import { SessionProvider } from '../session/session-provider';
import { useSession } from '../session/session-context';
import { AppRoutes } from './app-routes';
import { cssVariablesResolver, theme } from './theme';

function FullPageLoader() {
  const { t } = useI18n();
  return (
    <Center mih="100vh" role="status">
      <Loader aria-label={t('list.loading')} />
    </Center>
  );
}

/** Waits for `me` so the first paint already knows who is logged in (no flash of the login page). */
function SessionGate() {
  const { state } = useSession();
  const { t } = useI18n();
  if (state.status === 'loading') return <FullPageLoader />;
  if (state.status === 'error') {
    return (
      <Center mih="100vh" component="main" px="md">
        <Stack maw={420}>
          <Alert color="red" role="alert" title={t('app.unavailableTitle')}>
            {t('error.code.NETWORK_ERROR')}
          </Alert>
          <Button onClick={state.retry}>{t('action.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  return (
    <Suspense fallback={<FullPageLoader />}>
      <AppRoutes />
    </Suspense>
  );
}

// A data router (routes stay in AppRoutes, below the session gate) so that forms can hold back navigation
// inside the portal while they have unsaved changes (useBlocker).
const router = createBrowserRouter([{ path: '*', element: <SessionGate /> }]);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <I18nProvider>
        <Notifications position="top-right" />
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </I18nProvider>
    </MantineProvider>
  );
}
