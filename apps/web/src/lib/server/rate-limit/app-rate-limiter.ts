import { log } from '../logger.ts';
import { redis } from '../redis.ts';
import { MemoryRateLimiter } from './memory-rate-limiter.ts';
import type { RateLimiter, RateLimitResult } from './rate-limiter.ts';
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

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    try {
      const client = redis();
      if (client?.status === 'wait') await client.connect();
      return await this.#redis.hit(key, limit, windowMs);
    } catch (error) {
      log().warn({ err: error }, 'Redis rate limiter failed; counting in memory');
      return this.#fallback.hit(key, limit, windowMs);
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
