import { PLAN_RUNS_PER_MINUTE } from '@ordo/shared-types';
import { rateLimited } from '../api/errors.ts';
import { rateLimiter } from '../rate-limit/app-rate-limiter.ts';

// Planning reads a person's whole open task list and calendar and runs the planner: generous for
// a person adjusting a plan, and it stops a script from spending the server's time on it.
const WINDOW_MS = 60 * 1000;

/** Counts one plan preview or accept for the user; throws the API's 429 past the limit. */
export async function limitPlanRuns(userId: string): Promise<void> {
  const result = await rateLimiter().hit(`schedule_plan:user:${userId}`, PLAN_RUNS_PER_MINUTE, WINDOW_MS);
  if (!result.allowed) throw rateLimited(result.retryAfterSeconds);
}
