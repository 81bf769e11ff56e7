import { rateLimited } from '../api/errors.ts';
import { rateLimiter } from '../rate-limit/app-rate-limiter.ts';

// Each dump may cost a model call; this bounds a runaway script, not a person typing.
const DUMPS_PER_WINDOW = 60;
const WINDOW_MS = 60 * 60 * 1000;

/** Counts one new brain dump for the user; throws the API's 429 past the limit. */
export async function limitBrainDumps(userId: string): Promise<void> {
  const result = await rateLimiter().hit(`brain_dump:user:${userId}`, DUMPS_PER_WINDOW, WINDOW_MS);
  if (!result.allowed) throw rateLimited(result.retryAfterSeconds);
}
