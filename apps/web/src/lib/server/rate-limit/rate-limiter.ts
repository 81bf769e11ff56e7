export interface RateLimitResult {
  allowed: boolean;
  /** Hits left in the current window (0 once the limit is reached). */
  remaining: number;
  /** Whole seconds until the window resets; what a 429's Retry-After says. */
  retryAfterSeconds: number;
}

/**
 * How failures of one key turn into delays: the first `free` cost nothing, each further one
 * blocks the key for `baseMs`, doubling each time up to `maxMs`. A key's failures are
 * forgotten `forgetMs` after its last one (or at once on clearFailures).
 */
export interface Backoff {
  free: number;
  baseMs: number;
  maxMs: number;
  forgetMs: number;
}

/** The delay after the `failures`-th failure of a key; 0 while it is still free. */
export function backoffDelayMs(failures: number, backoff: Backoff): number {
  if (failures <= backoff.free) return 0;
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(failures - backoff.free - 1, 30));
}

/**
 * Counts hits per key in fixed windows that start at a key's first hit. The limit and
 * window travel with each call, so one limiter serves every policy. Separately, it tracks
 * failures per key with a progressive delay (see Backoff).
 */
export interface RateLimiter {
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
  /** Whole seconds the key is still blocked after its failures; 0 when it is not. */
  blockedSeconds(key: string): Promise<number>;
  recordFailure(key: string, backoff: Backoff): Promise<void>;
  clearFailures(key: string): Promise<void>;
}

export function toResult(count: number, limit: number, msLeft: number): RateLimitResult {
  return {
    allowed: count <= limit,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)),
  };
}
