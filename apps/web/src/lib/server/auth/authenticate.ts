import type { RequestEvent } from '@sveltejs/kit';
import { ApiError } from '../api/errors.ts';
import { resolveAccessToken } from './access-tokens.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './cookie.ts';
import { resolveSession } from './sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Personal access tokens are for the JSON API only. Pages and form actions (settings among
 * them) and /api/auth/* manage credentials, which needs a cookie session: a stolen token must
 * not mint tokens, change the password or sign anyone out.
 */
export function acceptsAccessTokens(pathname: string): boolean {
  return pathname.startsWith('/api/') && !pathname.startsWith('/api/auth/');
}

/**
 * Sets locals.user and locals.session from `Authorization: Bearer <PAT>` or the session cookie.
 * Returns the error to answer with instead when a token is used where it may not be.
 */
export async function authenticate(event: RequestEvent): Promise<ApiError | null> {
  event.locals.user = null;
  event.locals.session = null;

  const authorization = event.request.headers.get('authorization');
  if (authorization) {
    // A bad Authorization header never falls back to the cookie: the caller meant the token.
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) return null;
    if (!acceptsAccessTokens(event.url.pathname)) {
      return new ApiError(403, 'forbidden', 'personal access tokens work only on the JSON API outside /api/auth; sign in with a password here');
    }
    const resolved = await resolveAccessToken(token);
    if (!resolved) return null;
    if (resolved.scope === 'read' && !SAFE_METHODS.has(event.request.method)) {
      return new ApiError(403, 'forbidden', 'this personal access token has scope read; only GET and HEAD requests are allowed', {
        fields: { scope: 'read: create a read_write token to change data' },
      });
    }
    event.locals.user = resolved.user;
    event.locals.session = { id: resolved.id, via: 'token' };
    return null;
  }

  const token = event.cookies.get(SESSION_COOKIE);
  if (!token) return null;
  const session = await resolveSession(token);
  if (!session) {
    clearSessionCookie(event.cookies);
    return null;
  }
  event.locals.user = session.user;
  event.locals.session = { id: session.id, via: 'cookie' };
  if (session.renewedExpiresAt) setSessionCookie(event.cookies, token, session.renewedExpiresAt);
  return null;
}
