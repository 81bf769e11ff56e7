/**
 * Retry delay: full jitter (a uniform draw between 0 and the exponential bound) so that jobs
 * failing together do not retry together. Attempt 1 is bounded by baseMs, each later attempt
 * doubles it, up to capMs.
 */
export interface Backoff {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 1_000, capMs: 15 * 60_000 };

/** The upper bound of the delay after `attempt` failed attempts (for tests and docs). */
export function backoffBoundMs(attempt: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
}
