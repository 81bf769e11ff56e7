import type { RequestEvent } from '@sveltejs/kit';
import { verifyUserPassword } from '../auth/accounts.ts';
import { forgetCredentialsOf } from '../auth/credential-caches.ts';
import { limitPasswordGuess } from '../auth/rate-limits.ts';
import { startSession } from '../auth/sign-in.ts';
import { hashToken } from '../auth/tokens.ts';
import { database } from '../db.ts';
import { clearFlowCookies, GOOGLE_FLOW_COOKIE, GOOGLE_LINK_COOKIE } from './oauth-cookies.ts';
import { findPendingLink, type PendingLink, takePendingLinkIn } from './oauth-states.ts';

function linkCookies(event: Pick<RequestEvent, 'cookies'>): { token: string; browserHash: Buffer } | null {
  const token = event.cookies.get(GOOGLE_LINK_COOKIE);
  const browser = event.cookies.get(GOOGLE_FLOW_COOKIE);
  return token && browser ? { token, browserHash: hashToken(browser) } : null;
}

/** This browser's Google sign-in waiting for a password, if any. */
export async function pendingGoogleLink(event: Pick<RequestEvent, 'cookies'>): Promise<PendingLink | null> {
  const cookies = linkCookies(event);
  return cookies ? findPendingLink(cookies.token, cookies.browserHash) : null;
}

export type LinkOutcome =
  | { ok: true; nextPath: string }
  | { ok: false; reason: 'expired' | 'wrong_password' | 'already_linked' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/**
 * Links the pending Google account to the account with its address once that account's password
 * is given (under the sign-in guessing limits), then signs in. Google had verified the address and
 * the password holder is the one who came back from Google, so the address counts as verified.
 */
export async function confirmGoogleLink(event: RequestEvent, password: string): Promise<LinkOutcome> {
  const cookies = linkCookies(event);
  const pending = cookies ? await findPendingLink(cookies.token, cookies.browserHash) : null;
  if (!cookies || !pending) return { ok: false, reason: 'expired' };
  const guess = await limitPasswordGuess('sign_in', { address: event.getClientAddress(), account: pending.email }, async () =>
    (await verifyUserPassword(pending.userId, password)) ? true : null,
  );
  if (!guess.ok) {
    return guess.retryAfterSeconds === null ? { ok: false, reason: 'wrong_password' } : { ok: false, reason: 'rate_limited', retryAfterSeconds: guess.retryAfterSeconds };
  }
  const linked = await database().asService(async (tx) => {
    const taken = await takePendingLinkIn(tx, cookies.token, cookies.browserHash);
    if (!taken) return { ok: false as const, reason: 'expired' as const };
    const [identity] = await tx`
      insert into public.oauth_identities (user_id, provider, subject, email, last_sign_in_at)
      values (${taken.userId}, 'google', ${taken.googleSubject}, ${taken.googleEmail}, now())
      on conflict do nothing
      returning id`;
    if (!identity) return { ok: false as const, reason: 'already_linked' as const };
    await tx`
      update public.users set email_verified_at = now()
      where id = ${taken.userId} and email_verified_at is null and lower(email) = lower(${taken.googleEmail})`;
    return { ok: true as const, userId: taken.userId, nextPath: taken.nextPath };
  });
  if (!linked.ok) return linked;
  forgetCredentialsOf(linked.userId);
  await startSession(event, linked.userId);
  clearFlowCookies(event.cookies);
  return { ok: true, nextPath: linked.nextPath };
}
