import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { toApiError } from '../api/api-error';
import { execute, onSessionLost } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { LogoutMutation, MeQuery } from './session.operations';
import { type Session, SessionContext, type SessionState, type Viewer } from './session-context';

export function SessionProvider({ children }: { children: ReactNode }) {
  const { setLocale } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const signIn = useCallback(
    (viewer: Viewer) => {
      // The language stored on the user wins over this device's choice once we know who it is.
      setLocale(viewer.locale);
      setState({ status: 'authenticated', viewer });
    },
    [setLocale],
  );

  useEffect(() => {
    let current = true;
    execute(MeQuery).then(
      ({ me }) => current && signIn(me),
      (error: unknown) => {
        if (!current) return;
        const apiError = toApiError(error);
        setState(
          apiError.code === 'UNAUTHENTICATED'
            ? { status: 'anonymous', expired: false }
            : { status: 'error', retry: () => setAttempt((n) => n + 1) },
        );
      },
    );
    return () => {
      current = false;
    };
  }, [attempt, signIn]);

  useEffect(
    () =>
      onSessionLost(() =>
        // Only a session we believed in can "expire"; RequireAuth then sends the person to /login?next=….
        setState((previous) => (previous.status === 'authenticated' ? { status: 'anonymous', expired: true } : previous)),
      ),
    [],
  );

  const session = useMemo<Session>(
    () => ({
      state,
      signIn,
      signOut: async () => {
        try {
          await execute(LogoutMutation);
        } catch {
          // Logging out of an already ended session is fine; the local state is cleared either way.
        }
        setState({ status: 'anonymous', expired: false });
      },
      updateViewer: (viewer: Viewer) => setState({ status: 'authenticated', viewer }),
    }),
    [state, signIn],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
