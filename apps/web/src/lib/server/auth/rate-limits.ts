import { createHash } from 'node:crypto';
import { config } from '../config.ts';
import { clientKey } from '../rate-limit/client-key.ts';
import { rateLimiter } from '../rate-limit/app-rate-limiter.ts';
import type { Backoff } from '../rate-limit/rate-limiter.ts';

/** Who is attempting: the client's address as the server sees it, and the account (email) if any. */
export interface AuthAttempt {
  address: string;
  account?: string;
}

// Attempts allowed per window (AUTH_RATE_LIMIT_WINDOW_SECONDS), per client and per (account, client).
// There is deliberately no per-account counter: one that anyone's attempts advance lets them
// lock the real person out (or stop their resets) from afar.
const ATTEMPT_POLICIES = {
  sign_up: { perClient: 10, perAccountClient: 5 },
  // Asking for a reset mail.
  password_reset: { perClient: 10, perAccountClient: 3 },
  // Posting a new password to a reset link, before the link's token is even checked.
  reset_link: { perClient: 10 },
  // Asking for a new email-verification link.
  verification_resend: { perClient: 10, perAccountClient: 3 },
  // Starting a Google sign-in or connect, and coming back from Google (each round trip counts twice).
  google_oauth: { perClient: 30 },
} satisfies Record<string, { perClient: number; perAccountClient?: number }>;

// Password guesses: a coarse ceiling per client across accounts, and for each (account, client)
// a progressive delay on failures, so guessing slows down exponentially for the guesser while
// the account's owner, on their own client, is never held back by someone else's failures.
const GUESS_POLICIES = {
  sign_in: { perClient: 30, freeFailures: 5 },
  // Password checks of a signed-in user (change password or email).
  password_check: { perClient: 30, freeFailures: 5 },
} as const;

const FIRST_DELAY_MS = 1000;
const FORGET_FAILURES_MS = 24 * 60 * 60 * 1000;

export type AttemptAction = keyof typeof ATTEMPT_POLICIES;
export type GuessAction = keyof typeof GUESS_POLICIES;

// Redis keys carry a digest, not the address itself.
function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
}

function keys(action: string, who: AuthAttempt) {
  const client = clientKey(who.address);
  return {
    client: `${action}:client:${client}`,
    accountClient: `${action}:account:${accountKey(who.account ?? '')}:client:${client}`,
  };
}

const windowMs = () => config().AUTH_RATE_LIMIT_WINDOW_SECONDS * 1000;

/** Counts one attempt; returns null when allowed, else the seconds to wait. */
export async function limitAuthAttempt(action: AttemptAction, who: AuthAttempt): Promise<number | null> {
  const policy: { perClient: number; perAccountClient?: number } = ATTEMPT_POLICIES[action];
  const key = keys(action, who);
  const limiter = rateLimiter();
  const results = await Promise.all([
    limiter.hit(key.client, policy.perClient, windowMs()),
    ...(policy.perAccountClient === undefined ? [] : [limiter.hit(key.accountClient, policy.perAccountClient, windowMs())]),
  ]);
  const refused = results.filter((result) => !result.allowed);
  return refused.length === 0 ? null : Math.max(...refused.map((result) => result.retryAfterSeconds));
}

export type GuessOutcome<T> = { ok: true; value: T } | { ok: false; retryAfterSeconds: number | null };

/**
 * Runs one password check under the guessing limits. `check` gives the value on success and
 * null on a wrong password; a wrong one delays this client's next guess at this account
 * (after the free ones, 1 s doubling up to the window), a right one clears its failures.
 * retryAfterSeconds is null for a wrong password, else the seconds to wait.
 */
export async function limitPasswordGuess<T>(
  action: GuessAction,
  who: Required<AuthAttempt>,
  check: () => Promise<T | null>,
): Promise<GuessOutcome<T>> {
  const policy = GUESS_POLICIES[action];
  const key = keys(action, who);
  const limiter = rateLimiter();
  const [byClient, blockedSeconds] = await Promise.all([
    limiter.hit(key.client, policy.perClient, windowMs()),
    limiter.blockedSeconds(key.accountClient),
  ]);
  if (!byClient.allowed || blockedSeconds > 0) {
    return { ok: false, retryAfterSeconds: Math.max(byClient.allowed ? 0 : byClient.retryAfterSeconds, blockedSeconds) };
  }
  const value = await check();
  if (value === null) {
    const backoff: Backoff = { free: policy.freeFailures, baseMs: FIRST_DELAY_MS, maxMs: windowMs(), forgetMs: FORGET_FAILURES_MS };
    await limiter.recordFailure(key.accountClient, backoff);
    return { ok: false, retryAfterSeconds: null };
  }
  await limiter.clearFailures(key.accountClient);
  return { ok: true, value };
}

/** What a form says when an attempt is refused (delays after a few failures are seconds, not minutes). */
export function tooManyAttempts(retryAfterSeconds: number): string {
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} s` : `${Math.ceil(retryAfterSeconds / 60)} min`;
  return `Too many attempts. Try again in ${wait}.`;
}
