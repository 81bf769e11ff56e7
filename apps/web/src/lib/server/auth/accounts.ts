import type { SignUpInput } from '@ordo/shared-types';
import { database } from '../db.ts';
import { revokeAllAccessTokensIn } from './access-tokens.ts';
import { forgetCredentialsOf } from './credential-caches.ts';
import { issueVerificationIn } from './email-verification.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}

export type SignUpResult =
  /** verificationToken is null when the account was verified at once (the owner of a local install). */
  | { created: true; userId: string; email: string; verificationToken: string | null }
  /** The address already has an account; email is the address as that account spells it. */
  | { created: false; email: string };

// Sign-up, sign-in and credential changes run through the service role: before sign-in the
// user is unknown, and no user may ever read a password hash, their own included.
/**
 * Creates an account whose address must be verified by a mailed link before it can sign in,
 * except the very first account when mail is not delivered (no SMTP: the outbox of a local
 * install), which is its owner's and verified at once. The password is hashed first either way,
 * so a taken address answers in about the same time as a new one.
 */
export async function signUp(input: SignUpInput, options: { mailIsDelivered: boolean }): Promise<SignUpResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await database().asService(async (tx) => {
      // Sign-ups take turns, so two first sign-ups cannot both become the owner.
      await tx`select pg_advisory_xact_lock(hashtext('ordo.sign_up'))`;
      const [existing] = await tx<{ email: string }[]>`select email from public.users where lower(email) = lower(${input.email})`;
      if (existing) return { created: false, email: existing.email };
      const [first] = await tx<{ none: boolean }[]>`select not exists (select 1 from public.users) as none`;
      const verifyNow = !options.mailIsDelivered && first?.none === true;
      const [user] = await tx<{ id: string; email: string }[]>`
        insert into public.users (email, name, email_verified_at)
        values (${input.email}, ${input.name ?? null}, case when ${verifyNow} then now() end)
        returning id, email
      `;
      if (!user) throw new Error('user insert returned no row');
      await tx`insert into public.user_credentials (user_id, password_hash) values (${user.id}, ${passwordHash})`;
      const verificationToken = verifyNow ? null : await issueVerificationIn(tx, user.id);
      return { created: true, userId: user.id, email: user.email, verificationToken };
    });
  } catch (error) {
    // An email change that took the address meanwhile.
    if (isUniqueViolation(error)) return { created: false, email: input.email };
    throw error;
  }
}

interface PasswordRow {
  id: string;
  password_hash: string;
  verified: boolean;
}

async function passwordHashFor(where: { email: string } | { userId: string }): Promise<PasswordRow | null> {
  const [row] = await database().asService((tx) =>
    'email' in where
      ? tx<PasswordRow[]>`
          select u.id, c.password_hash, u.email_verified_at is not null as verified
          from public.users u join public.user_credentials c on c.user_id = u.id
          where lower(u.email) = lower(${where.email})
        `
      : tx<PasswordRow[]>`
          select u.id, c.password_hash, u.email_verified_at is not null as verified
          from public.users u join public.user_credentials c on c.user_id = u.id
          where u.id = ${where.userId}
        `,
  );
  return row ?? null;
}

/**
 * The account when email and password match (and whether its address is verified); null
 * otherwise, in about the same time either way.
 */
export async function verifyCredentials(email: string, password: string): Promise<{ userId: string; verified: boolean } | null> {
  const row = await passwordHashFor({ email });
  if (!row) return verifyAgainstDummy(password).then(() => null);
  return (await verifyPassword(row.password_hash, password)) ? { userId: row.id, verified: row.verified } : null;
}

/** Checks a signed-in user's current password (before changing credentials). */
export async function verifyUserPassword(userId: string, password: string): Promise<boolean> {
  const row = await passwordHashFor({ userId });
  if (!row) return verifyAgainstDummy(password);
  return verifyPassword(row.password_hash, password);
}

/**
 * Sets a new password and ends every other session of the user, so a password change
 * locks out whoever else held one; with revokeTokens, their personal access tokens too.
 * Pending reset links die with it.
 */
export async function setPassword(
  userId: string,
  password: string,
  options: { keepSessionId: string | null; revokeTokens: boolean },
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await database().asService(async (tx) => {
    await tx`update public.user_credentials set password_hash = ${passwordHash} where user_id = ${userId}`;
    await tx`
      delete from public.sessions
      where user_id = ${userId} and (${options.keepSessionId}::uuid is null or id <> ${options.keepSessionId}::uuid)
    `;
    if (options.revokeTokens) await revokeAllAccessTokensIn(tx, userId);
    await tx`update public.password_reset_tokens set used_at = now() where user_id = ${userId} and used_at is null`;
  });
  forgetCredentialsOf(userId);
}

export type ChangeEmailResult = { ok: true } | { ok: false; reason: 'email_taken' };

// users.email is not updatable by the authenticated role: changing it needs the password.
export async function setEmail(userId: string, email: string): Promise<ChangeEmailResult> {
  try {
    await database().asService((tx) => tx`update public.users set email = ${email} where id = ${userId}`);
    forgetCredentialsOf(userId);
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'email_taken' };
    throw error;
  }
}
