import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'portal_session';

/** Session and invitation tokens: 256 random bits, stored only as a SHA-256 hash. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
}

/** A bearer header wins over the cookie so API clients are never confused by a browser session. */
export function extractSessionToken(req: RequestLike): string | null {
  const header = req.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) {
    const token = header.slice(7).trim();
    return token.length > 0 && token.length <= 256 ? token : null;
  }
  const cookie = req.cookies?.[SESSION_COOKIE];
  return cookie && cookie.length <= 256 ? cookie : null;
}
