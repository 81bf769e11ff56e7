import type { Cookies } from '@sveltejs/kit';
import { servedOverHttps } from '../https.ts';
import { OAUTH_STATE_MINUTES } from './oauth-states.ts';

/**
 * The browser that started a Google sign-in: a random value whose digest the flow's state row
 * keeps, so a callback (or a pending link) only completes in that browser. SameSite=Lax is what
 * lets it come back with Google's top-level redirect to the callback.
 */
export const GOOGLE_FLOW_COOKIE = 'ordo_google_flow';

/** A Google sign-in waiting for the password of the account that has its address. */
export const GOOGLE_LINK_COOKIE = 'ordo_google_link';

const options = () => ({ path: '/', httpOnly: true, sameSite: 'lax' as const, secure: servedOverHttps(), maxAge: OAUTH_STATE_MINUTES * 60 });

export function setFlowCookie(cookies: Cookies, name: typeof GOOGLE_FLOW_COOKIE | typeof GOOGLE_LINK_COOKIE, value: string): void {
  cookies.set(name, value, options());
}

export function clearFlowCookies(cookies: Cookies): void {
  const { maxAge: _maxAge, ...rest } = options();
  cookies.delete(GOOGLE_FLOW_COOKIE, rest);
  cookies.delete(GOOGLE_LINK_COOKIE, rest);
}
