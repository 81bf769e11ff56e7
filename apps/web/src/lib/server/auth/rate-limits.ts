import { createHash } from 'node:crypto';
import { config } from '../config.ts';
import { rateLimiter } from '../rate-limit/app-rate-limiter.ts';

// Attempts allowed per window (AUTH_RATE_LIMIT_WINDOW_SECONDS), per client address and per account.
const POLICIES = {
  sign_in: { perIp: 30, perAccount: 10 },
  sign_up: { perIp: 10, perAccount: 5 },
  password_reset: { perIp: 10, perAccount: 3 },
  verification_resend: { perIp: 10, perAccount: 3 },
  // Password checks of a signed-in user (change password or email).
  password_check: { perIp: 30, perAccount: 10 },
} as const;

export type AuthAction = keyof typeof POLICIES;

// Redis keys carry a digest, not the address itself.
function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
}

/**
 * Counts one attempt; returns null when allowed, else the seconds to wait. Both counters
 * advance on every attempt, so one address cannot spread guesses over many accounts, nor
 * many addresses concentrate on one.
 */
export async function limitAuthAttempt(action: AuthAction, who: { ip: string; account: string }): Promise<number | null> {
  const policy = POLICIES[action];
  const windowMs = config().AUTH_RATE_LIMIT_WINDOW_SECONDS * 1000;
  const limiter = rateLimiter();
  const [byIp, byAccount] = await Promise.all([
    limiter.hit(`${action}:ip:${who.ip}`, policy.perIp, windowMs),
    limiter.hit(`${action}:account:${accountKey(who.account)}`, policy.perAccount, windowMs),
  ]);
  if (byIp.allowed && byAccount.allowed) return null;
  return Math.max(byIp.allowed ? 0 : byIp.retryAfterSeconds, byAccount.allowed ? 0 : byAccount.retryAfterSeconds);
}
