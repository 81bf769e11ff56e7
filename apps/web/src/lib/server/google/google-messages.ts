import { tooManyAttempts } from '../auth/rate-limits.ts';

/** What a Google round trip ended with, carried back to the page in `?google=`. */
export const SIGN_IN_MESSAGES = {
  access_denied: 'Google sign-in was cancelled.',
  failed: 'Signing in with Google did not work. Try again, or sign in with your password.',
  no_email: 'Your Google account did not share an email address, which Ordo needs. Sign up with your email address instead.',
  unverified_email:
    'An Ordo account already uses this address, and Google has not verified it for your Google account, so the two cannot be linked. Sign in with your password.',
  link_expired: 'That Google sign-in expired. Sign in with Google again.',
  rate_limited: tooManyAttempts(60),
} as const;

export const CONNECT_MESSAGES = {
  connected: 'Google Calendar connected. Your calendars are syncing.',
  access_denied: 'You did not allow Ordo to use your Google Calendar, so nothing was connected.',
  scopes_missing:
    'Google Calendar was not connected: Ordo needs both permissions Google asks about (your calendar list, and viewing and editing events). Connect again and leave both ticked.',
  no_refresh_token: 'Google did not grant offline access, so Ordo could not keep your calendar in sync. Connect again.',
  failed: 'Google Calendar could not be connected: Google did not answer as expected. Try again in a moment.',
  rate_limited: tooManyAttempts(60),
} as const;

export type SignInMessage = keyof typeof SIGN_IN_MESSAGES;
export type ConnectMessage = keyof typeof CONNECT_MESSAGES;

/** The text for a `?google=` code on the page, or null for none or one this page does not know. */
export function googleMessage<T extends Record<string, string>>(messages: T, code: string | null): { code: keyof T; text: string } | null {
  if (code === null || !Object.hasOwn(messages, code)) return null;
  return { code, text: messages[code] as string };
}
