import { database } from '../db.ts';
import { log } from '../logger.ts';
import { mailer } from '../mail/mailer.ts';
import { passwordResetMail } from '../mail/password-reset-mail.ts';
import { revokeAllAccessTokensIn } from './access-tokens.ts';
import { forgetCredentialsOf } from './credential-caches.ts';
import { hashPassword } from './passwords.ts';
import { limitAuthAttempt } from './rate-limits.ts';
import { linkTokenIsUsable } from './link-tokens.ts';
import { hashToken, newToken } from './tokens.ts';

export const RESET_VALID_MINUTES = 60;

export type ResetRequestOutcome = { ok: true } | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/**
 * Emails a reset link when the address has an account. The answer is the same either way,
 * and the mail is sent after answering, so neither words nor timing reveal who has an account.
 * The link points at `appOrigin` (see linkOrigin in request-origin.ts).
 */
export async function requestPasswordReset(email: string, address: string, appOrigin: string): Promise<ResetRequestOutcome> {
  const retryAfterSeconds = await limitAuthAttempt('password_reset', { address, account: email });
  if (retryAfterSeconds !== null) return { ok: false, reason: 'rate_limited', retryAfterSeconds };
  const token = newToken();
  const [user] = await database().asService(
    (tx) => tx<{ email: string }[]>`
      with account as (
        select id, email from public.users where lower(email) = lower(${email})
      ), expired as (
        -- The account's expired links, now rather than at the worker's hourly sweep.
        delete from public.password_reset_tokens where user_id in (select id from account) and expires_at <= now()
      ), issued as (
        insert into public.password_reset_tokens (user_id, token_hash, expires_at)
        select id, ${hashToken(token)}, now() + make_interval(mins => ${RESET_VALID_MINUTES}) from account
        returning user_id
      )
      select account.email from account join issued on issued.user_id = account.id
    `,
  );
  if (user) {
    const link = new URL(`/reset-password/${token}`, appOrigin).href;
    mailer()
      .send(passwordResetMail(user.email, link, RESET_VALID_MINUTES))
      .catch((error: unknown) => log().error({ err: error }, 'password reset mail failed'));
  }
  return { ok: true };
}

/** Whether a reset link is still usable (the form is shown only then). */
export function resetTokenIsValid(token: string): Promise<boolean> {
  return linkTokenIsUsable('password_reset_tokens', token);
}

export type ResetOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: 'invalid_link' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/**
 * Sets the new password once per link, signs the account out everywhere and revokes its access
 * tokens: whoever else held the account (even one who registered the address before its owner
 * could verify it) loses it. Following the mailed link proves the address, so it counts as
 * verified. Anyone can post here, so the post is rate limited and the link checked before any
 * argon2 work: a flood of made-up links costs a digest and an index lookup each, not a password hash.
 */
export async function resetPassword(token: string, password: string, address: string): Promise<ResetOutcome> {
  const retryAfterSeconds = await limitAuthAttempt('reset_link', { address });
  if (retryAfterSeconds !== null) return { ok: false, reason: 'rate_limited', retryAfterSeconds };
  if (!(await resetTokenIsValid(token))) return { ok: false, reason: 'invalid_link' };
  const passwordHash = await hashPassword(password);
  // The update checks the link again: it may have been used while the hash was computed.
  const userId = await database().asService(async (tx) => {
    const [used] = await tx<{ user_id: string }[]>`
      update public.password_reset_tokens set used_at = now()
      where token_hash = ${hashToken(token)} and used_at is null and expires_at > now()
      returning user_id
    `;
    if (!used) return null;
    await tx`update public.user_credentials set password_hash = ${passwordHash} where user_id = ${used.user_id}`;
    await tx`update public.password_reset_tokens set used_at = now() where user_id = ${used.user_id} and used_at is null`;
    await tx`delete from public.sessions where user_id = ${used.user_id}`;
    await revokeAllAccessTokensIn(tx, used.user_id);
    await tx`update public.users set email_verified_at = now() where id = ${used.user_id} and email_verified_at is null`;
    return used.user_id;
  });
  if (!userId) return { ok: false, reason: 'invalid_link' };
  forgetCredentialsOf(userId);
  return { ok: true, userId };
}
