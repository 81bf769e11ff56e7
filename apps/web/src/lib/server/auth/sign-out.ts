import type { RequestEvent } from '@sveltejs/kit';
import { clearSessionCookie, SESSION_COOKIE } from './cookie.ts';
import { endSession } from './sessions.ts';

/** Ends the cookie's session, if any, and clears the cookie. */
export async function signOut(event: RequestEvent): Promise<void> {
  const token = event.cookies.get(SESSION_COOKIE);
  if (token) await endSession(token);
  clearSessionCookie(event.cookies);
  event.locals.user = null;
  event.locals.session = null;
}
