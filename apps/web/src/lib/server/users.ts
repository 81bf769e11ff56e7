import { type OnboardingInput, type ProfilePatch, type User, userSchema } from '@ordo/shared-types';
import { forgetCredentialsOf } from './auth/credential-caches.ts';
import { database } from './db.ts';
import { FieldError } from './field-error.ts';

export async function getProfile(userId: string): Promise<User | null> {
  const [row] = await database().asUser(
    userId,
    (tx) => tx`
      select id, name, email, timezone, working_hours, onboarding_completed_at, created_at, updated_at
      from public.users where id = ${userId}
    `,
  );
  return row ? userSchema.parse(row) : null;
}

function isInvalidTimezone(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { constraint_name?: unknown }).constraint_name === 'users_timezone_valid';
}

// The database has the last word on time zones (its own list): its refusal names the field.
async function namingTimezoneErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isInvalidTimezone(error)) throw new FieldError('timezone', 'Choose a time zone from the list (an IANA name such as Europe/Paris)');
    throw error;
  }
}

/** Saves name, timezone and working hours; `complete` also marks onboarding done (first time only). */
export async function saveProfile(userId: string, input: OnboardingInput, complete: boolean): Promise<User> {
  return namingTimezoneErrors(async () => {
    const [row] = await database().asUser(
      userId,
      (tx) => tx`
        update public.users
        set name = ${input.name}, timezone = ${input.timezone}, working_hours = ${tx.json(input.working_hours)},
            onboarding_completed_at = case when ${complete} then coalesce(onboarding_completed_at, now()) else onboarding_completed_at end
        where id = ${userId}
        returning id, name, email, timezone, working_hours, onboarding_completed_at, created_at, updated_at
      `,
    );
    if (!row) throw new Error('profile update matched no row');
    // Cached sessions carry the profile (timezone, onboarding): the next request must see the new one.
    forgetCredentialsOf(userId);
    return userSchema.parse(row);
  });
}

/** Changes only the profile fields given (PATCH /api/me), validated as the profile form is. */
export async function patchProfile(userId: string, patch: ProfilePatch): Promise<User> {
  return namingTimezoneErrors(async () => {
    const [row] = await database().asUser(
      userId,
      (tx) => tx`
        update public.users
        set name = coalesce(${patch.name ?? null}, name),
            timezone = coalesce(${patch.timezone ?? null}, timezone),
            working_hours = coalesce(${patch.working_hours ? tx.json(patch.working_hours) : null}::jsonb, working_hours)
        where id = ${userId}
        returning id, name, email, timezone, working_hours, onboarding_completed_at, created_at, updated_at
      `,
    );
    if (!row) throw new Error('profile update matched no row');
    forgetCredentialsOf(userId);
    return userSchema.parse(row);
  });
}
