import type { Principal } from '../context/request-context';

/** Implemented by the organisations domain; core only knows this port. */
export interface SessionAuthenticator {
  authenticate(token: string): Promise<Principal | null>;
}

export const SESSION_AUTHENTICATOR = Symbol('SESSION_AUTHENTICATOR');
