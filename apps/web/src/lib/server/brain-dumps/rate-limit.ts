import { rateLimited } from '../api/errors.ts';
import { rateLimiter } from '../rate-limit/app-rate-limiter.ts';

// Each dump and each drafting run may cost a model call; these bound a runaway script, not a person typing.
const DUMPS_PER_WINDOW = 60;
const DRAFT_RUNS_PER_WINDOW = 60;
const WINDOW_MS = 60 * 60 * 1000;

/** Drafting runs one dump may have: the first and four more after failures that produced nothing. */
export const DRAFT_RUNS_PER_DUMP = 5;

/** Counts one new brain dump for the user; throws the API's 429 past the limit. */
export async function limitBrainDumps(userId: string): Promise<void> {
  const result = await rateLimiter().hit(`brain_dump:user:${userId}`, DUMPS_PER_WINDOW, WINDOW_MS);
  if (!result.allowed) throw rateLimited(result.retryAfterSeconds);
}

/**
 * Counts one drafting run (a first draft or a re-draft) for the user; past the limit, returns
 * the seconds to wait instead, and null otherwise.
 */
export async function limitDraftRuns(userId: string): Promise<number | null> {
  const result = await rateLimiter().hit(`brain_dump_draft:user:${userId}`, DRAFT_RUNS_PER_WINDOW, WINDOW_MS);
  return result.allowed ? null : result.retryAfterSeconds;
}
