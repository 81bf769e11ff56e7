import type { Cookies } from '@sveltejs/kit';
import { servedOverHttps } from '../https.ts';

export const SESSION_COOKIE = 'ordo_session';

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
  cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: servedOverHttps(), expires: expiresAt });
}

export function clearSessionCookie(cookies: Cookies): void {
  cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: servedOverHttps() });
}
