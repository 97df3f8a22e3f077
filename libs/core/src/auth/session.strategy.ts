import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import type { Principal } from '../context/request-context';
import { SESSION_AUTHENTICATOR, type SessionAuthenticator } from './session-authenticator';
import { extractSessionToken } from './session-token';

export const SESSION_STRATEGY = 'portal-session';

/** Passport strategy for both the browser cookie and the API bearer token (same opaque session token). */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(@Inject(SESSION_AUTHENTICATOR) private readonly authenticator: SessionAuthenticator) {
    super();
  }

  async validate(req: Parameters<typeof extractSessionToken>[0]): Promise<Principal | false> {
    const token = extractSessionToken(req);
    if (!token) return false;
    return (await this.authenticator.authenticate(token)) ?? false;
  }
}
