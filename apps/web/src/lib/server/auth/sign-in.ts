import type { SignInInput } from '@ordo/shared-types';
import type { RequestEvent } from '@sveltejs/kit';
import { verifyCredentials } from './accounts.ts';
import { setSessionCookie } from './cookie.ts';
import { limitPasswordGuess } from './rate-limits.ts';
import { createSession } from './sessions.ts';

export type SignInOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: 'invalid_credentials' }
  /** The password was right, but the address is not verified yet. */
  | { ok: false; reason: 'unverified' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/** Checks the password, opens a session and sets its cookie (pages and the API share this). */
export async function signInWithPassword(event: RequestEvent, input: SignInInput): Promise<SignInOutcome> {
  const guess = await limitPasswordGuess('sign_in', { address: event.getClientAddress(), account: input.email }, () =>
    verifyCredentials(input.email, input.password),
  );
  if (!guess.ok) {
    if (guess.retryAfterSeconds === null) return { ok: false, reason: 'invalid_credentials' };
    return { ok: false, reason: 'rate_limited', retryAfterSeconds: guess.retryAfterSeconds };
  }
  if (!guess.value.verified) return { ok: false, reason: 'unverified' };
  await startSession(event, guess.value.userId);
  return { ok: true, userId: guess.value.userId };
}

export async function startSession(event: RequestEvent, userId: string): Promise<void> {
  const session = await createSession(userId, {
    userAgent: event.request.headers.get('user-agent'),
    ip: event.getClientAddress(),
  });
  setSessionCookie(event.cookies, session.token, session.expiresAt);
}
