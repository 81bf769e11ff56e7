import { log } from '../logger.ts';
import { redis } from '../redis.ts';
import { MemoryRateLimiter } from './memory-rate-limiter.ts';
import type { Backoff, RateLimiter, RateLimitResult } from './rate-limiter.ts';
import { RedisRateLimiter } from './redis-rate-limiter.ts';

let limiter: RateLimiter | undefined;

// Redis when configured, so limits hold across instances. If Redis stops answering, this
// instance keeps limiting with its own counters rather than letting every attempt through.
class RedisWithFallback implements RateLimiter {
  readonly #fallback = new MemoryRateLimiter();
  readonly #redis: RedisRateLimiter;

  constructor(redisLimiter: RedisRateLimiter) {
    this.#redis = redisLimiter;
  }

  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    return this.#either((limiter) => limiter.hit(key, limit, windowMs));
  }

  blockedSeconds(key: string): Promise<number> {
    return this.#either((limiter) => limiter.blockedSeconds(key));
  }

  recordFailure(key: string, backoff: Backoff): Promise<void> {
    return this.#either((limiter) => limiter.recordFailure(key, backoff));
  }

  clearFailures(key: string): Promise<void> {
    return this.#either((limiter) => limiter.clearFailures(key));
  }

  async #either<T>(call: (limiter: RateLimiter) => Promise<T>): Promise<T> {
    try {
      const client = redis();
      if (client?.status === 'wait') await client.connect();
      return await call(this.#redis);
    } catch (error) {
      log().warn({ err: error }, 'Redis rate limiter failed; counting in memory');
      return call(this.#fallback);
    }
  }
}

/** The process's rate limiter. */
export function rateLimiter(): RateLimiter {
  if (!limiter) {
    const client = redis();
    limiter = client ? new RedisWithFallback(new RedisRateLimiter(client)) : new MemoryRateLimiter();
  }
  return limiter;
}
