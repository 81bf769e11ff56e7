import { rateLimited } from '../api/errors.ts';
import { rateLimiter } from '../rate-limit/app-rate-limiter.ts';

// Each brief sent on demand spends model calls from the monthly budget and sends an email: a
// few an hour is generous for a person, and stops a script from spending the budget.
export const BRIEF_SENDS_PER_WINDOW = 5;
const WINDOW_MS = 60 * 60 * 1000;

/** Counts one "Send me a brief now" for the user; throws the API's 429 past the limit. */
export async function limitBriefSends(userId: string): Promise<void> {
  const result = await rateLimiter().hit(`brief_send:user:${userId}`, BRIEF_SENDS_PER_WINDOW, WINDOW_MS);
  if (!result.allowed) throw rateLimited(result.retryAfterSeconds);
}
