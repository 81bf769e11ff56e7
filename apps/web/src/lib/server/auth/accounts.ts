import type { SignUpInput } from '@ordo/shared-types';
import { database } from '../db.ts';
import { forgetCredentialsOf } from './credential-caches.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}

export type SignUpResult = { ok: true; userId: string } | { ok: false; reason: 'email_taken' };

// Sign-up, sign-in and credential changes run through the service role: before sign-in the
// user is unknown, and no user may ever read a password hash, their own included.
export async function signUp(input: SignUpInput): Promise<SignUpResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    const userId = await database().asService(async (tx) => {
      const [user] = await tx<{ id: string }[]>`
        insert into public.users (email, name) values (${input.email}, ${input.name ?? null}) returning id
      `;
      if (!user) throw new Error('user insert returned no row');
      await tx`insert into public.user_credentials (user_id, password_hash) values (${user.id}, ${passwordHash})`;
      return user.id;
    });
    return { ok: true, userId };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'email_taken' };
    throw error;
  }
}

async function passwordHashFor(where: { email: string } | { userId: string }): Promise<{ id: string; password_hash: string } | null> {
  const [row] = await database().asService((tx) =>
    'email' in where
      ? tx<{ id: string; password_hash: string }[]>`
          select u.id, c.password_hash
          from public.users u join public.user_credentials c on c.user_id = u.id
          where lower(u.email) = lower(${where.email})
        `
      : tx<{ id: string; password_hash: string }[]>`
          select user_id as id, password_hash from public.user_credentials where user_id = ${where.userId}
        `,
  );
  return row ?? null;
}

/** The user id when email and password match; null otherwise, in about the same time either way. */
export async function verifyCredentials(email: string, password: string): Promise<string | null> {
  const row = await passwordHashFor({ email });
  if (!row) return verifyAgainstDummy(password).then(() => null);
  return (await verifyPassword(row.password_hash, password)) ? row.id : null;
}

/** Checks a signed-in user's current password (before changing credentials). */
export async function verifyUserPassword(userId: string, password: string): Promise<boolean> {
  const row = await passwordHashFor({ userId });
  if (!row) return verifyAgainstDummy(password);
  return verifyPassword(row.password_hash, password);
}

/**
 * Sets a new password and ends every other session of the user, so a password change
 * locks out whoever else held one. Pending reset links die with it.
 */
export async function setPassword(userId: string, password: string, keepSessionId: string | null): Promise<void> {
  const passwordHash = await hashPassword(password);
  await database().asService(async (tx) => {
    await tx`update public.user_credentials set password_hash = ${passwordHash} where user_id = ${userId}`;
    await tx`
      delete from public.sessions
      where user_id = ${userId} and (${keepSessionId}::uuid is null or id <> ${keepSessionId}::uuid)
    `;
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
