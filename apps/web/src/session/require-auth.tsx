import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './session-context';

/** Sends anonymous visitors to the login page and remembers where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'authenticated') return children;
  const next = `${location.pathname}${location.search}`;
  const params = new URLSearchParams();
  if (next !== '/') params.set('next', next);
  if (state.status === 'anonymous' && state.expired) params.set('expired', '1');
  const query = params.toString();
  return <Navigate to={query ? `/login?${query}` : '/login'} replace />;
}

/** Only same-site paths are followed after login, so a crafted link cannot send people elsewhere. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
