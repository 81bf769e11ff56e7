import type { RequestEvent } from '@sveltejs/kit';
import { resolveAccessToken } from './access-tokens.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './cookie.ts';
import { resolveSession } from './sessions.ts';

/** Sets locals.user and locals.session from `Authorization: Bearer <PAT>` or the session cookie. */
export async function authenticate(event: RequestEvent): Promise<void> {
  event.locals.user = null;
  event.locals.session = null;

  const authorization = event.request.headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const resolved = match?.[1] ? await resolveAccessToken(match[1]) : null;
    if (resolved) {
      event.locals.user = resolved.user;
      event.locals.session = { id: resolved.id, via: 'token' };
    }
    // A bad Authorization header never falls back to the cookie: the caller meant the token.
    return;
  }

  const token = event.cookies.get(SESSION_COOKIE);
  if (!token) return;
  const session = await resolveSession(token);
  if (!session) {
    clearSessionCookie(event.cookies);
    return;
  }
  event.locals.user = session.user;
  event.locals.session = { id: session.id, via: 'cookie' };
  if (session.renewedExpiresAt) setSessionCookie(event.cookies, token, session.renewedExpiresAt);
}
