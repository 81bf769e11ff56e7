import type { SignUpInput } from '@ordo/shared-types';
import type { RequestEvent } from '@sveltejs/kit';
import { signUp } from './accounts.ts';
import { limitAuthAttempt } from './rate-limits.ts';
import { startSession } from './sign-in.ts';

export type SignUpOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: 'email_taken' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/** Creates the account and signs it in; onboarding follows on the first page load. */
export async function signUpWithPassword(event: RequestEvent, input: SignUpInput): Promise<SignUpOutcome> {
  const retryAfterSeconds = await limitAuthAttempt('sign_up', { address: event.getClientAddress(), account: input.email });
  if (retryAfterSeconds !== null) return { ok: false, reason: 'rate_limited', retryAfterSeconds };
  const result = await signUp(input);
  if (!result.ok) return result;
  await startSession(event, result.userId);
  return result;
}
