import { createContext, useContext } from 'react';
import type { ViewerFieldsFragment } from '../gql/graphql';

export type Viewer = ViewerFieldsFragment;

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'authenticated'; viewer: Viewer };

export interface Session {
  state: SessionState;
  /** Called after login or an accepted invitation with the viewer the server returned. */
  signIn: (viewer: Viewer) => void;
  signOut: () => Promise<void>;
  /** Replaces the viewer after a profile change. */
  updateViewer: (viewer: Viewer) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For pages behind RequireAuth only. */
export function useViewer(): Viewer {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useViewer without a logged-in viewer');
  return state.viewer;
}
