export interface RateLimitResult {
  allowed: boolean;
  /** Hits left in the current window (0 once the limit is reached). */
  remaining: number;
  /** Whole seconds until the window resets; what a 429's Retry-After says. */
  retryAfterSeconds: number;
}

/**
 * Counts hits per key in fixed windows that start at a key's first hit. The limit and
 * window travel with each call, so one limiter serves every policy.
 */
export interface RateLimiter {
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
}

export function toResult(count: number, limit: number, msLeft: number): RateLimitResult {
  return {
    allowed: count <= limit,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)),
  };
}
