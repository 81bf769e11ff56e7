import type { SignInInput } from '@ordo/shared-types';
import type { RequestEvent } from '@sveltejs/kit';
import { config } from '../config.ts';
import { verifyCredentials } from './accounts.ts';
import { setSessionCookie } from './cookie.ts';
import { limitAuthAttempt } from './rate-limits.ts';
import { createSession } from './sessions.ts';

export type SignInOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: 'invalid_credentials' }
  /** The password was right, but the address is not verified yet. */
  | { ok: false; reason: 'unverified' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/** Checks the password, opens a session and sets its cookie (pages and the API share this). */
export async function signInWithPassword(event: RequestEvent, input: SignInInput): Promise<SignInOutcome> {
  const retryAfterSeconds = await limitAuthAttempt('sign_in', { ip: event.getClientAddress(), account: input.email });
  if (retryAfterSeconds !== null) return { ok: false, reason: 'rate_limited', retryAfterSeconds };
  const account = await verifyCredentials(input.email, input.password);
  if (!account) return { ok: false, reason: 'invalid_credentials' };
  if (!account.verified) return { ok: false, reason: 'unverified' };
  await startSession(event, account.userId);
  return { ok: true, userId: account.userId };
}

export async function startSession(event: RequestEvent, userId: string): Promise<void> {
  const session = await createSession(userId, {
    userAgent: event.request.headers.get('user-agent'),
    ip: event.getClientAddress(),
  });
  setSessionCookie(event.cookies, session.token, session.expiresAt, config().NODE_ENV === 'production');
}
