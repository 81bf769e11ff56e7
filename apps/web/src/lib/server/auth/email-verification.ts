import type { Tx } from '@ordo/supabase-client';
import { database } from '../db.ts';
import { log } from '../logger.ts';
import { mailer } from '../mail/mailer.ts';
import { verificationMail } from '../mail/verification-mail.ts';
import { limitAuthAttempt } from './rate-limits.ts';
import { linkTokenIsUsable } from './link-tokens.ts';
import { hashToken, newToken } from './tokens.ts';

export const VERIFICATION_VALID_HOURS = 24;

/**
 * Records a new verification link for the user inside the caller's transaction, deleting their
 * expired ones (the worker's hourly sweep takes those of people who do not come back); returns the plain token.
 */
export async function issueVerificationIn(tx: Tx, userId: string): Promise<string> {
  const token = newToken();
  await tx`
    with expired as (delete from public.email_verification_tokens where user_id = ${userId} and expires_at <= now())
    insert into public.email_verification_tokens (user_id, token_hash, expires_at)
    values (${userId}, ${hashToken(token)}, now() + make_interval(hours => ${VERIFICATION_VALID_HOURS}))
  `;
  return token;
}

/**
 * Mails the link (to `appOrigin`: see linkOrigin in request-origin.ts) after the caller has
 * answered, so timing does not tell new addresses from taken ones.
 */
export function mailVerificationLink(email: string, token: string, appOrigin: string): void {
  const link = new URL(`/verify-email/${token}`, appOrigin).href;
  mailer()
    .send(verificationMail(email, link, VERIFICATION_VALID_HOURS))
    .catch((error: unknown) => log().error({ err: error }, 'verification mail failed'));
}

/** Whether a verification link is still usable (the confirm button is shown only then). */
export function verificationTokenIsValid(token: string): Promise<boolean> {
  return linkTokenIsUsable('email_verification_tokens', token);
}

/** Marks the address verified, once per link; the user id, or null when the link is unknown, used or expired. */
export async function verifyEmail(token: string): Promise<string | null> {
  return database().asService(async (tx) => {
    const [used] = await tx<{ user_id: string }[]>`
      update public.email_verification_tokens set used_at = now()
      where token_hash = ${hashToken(token)} and used_at is null and expires_at > now()
      returning user_id
    `;
    if (!used) return null;
    await tx`update public.email_verification_tokens set used_at = now() where user_id = ${used.user_id} and used_at is null`;
    await tx`update public.users set email_verified_at = now() where id = ${used.user_id} and email_verified_at is null`;
    return used.user_id;
  });
}

export type ResendOutcome = { ok: true } | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/**
 * Mails a new link when the address has an account that is not verified yet. The answer is the
 * same either way, so it reveals neither whether the address has an account nor its state.
 */
export async function resendVerification(email: string, address: string, appOrigin: string): Promise<ResendOutcome> {
  const retryAfterSeconds = await limitAuthAttempt('verification_resend', { address, account: email });
  if (retryAfterSeconds !== null) return { ok: false, reason: 'rate_limited', retryAfterSeconds };
  const issued = await database().asService(async (tx) => {
    const [user] = await tx<{ id: string; email: string }[]>`
      select id, email from public.users where lower(email) = lower(${email}) and email_verified_at is null
    `;
    return user ? { email: user.email, token: await issueVerificationIn(tx, user.id) } : null;
  });
  if (issued) mailVerificationLink(issued.email, issued.token, appOrigin);
  return { ok: true };
}
