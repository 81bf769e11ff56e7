import type { Redis } from 'ioredis';
import { type RateLimiter, type RateLimitResult, toResult } from './rate-limiter.ts';

// One round trip, atomic: count the hit, start the window on the first one, report the time left.
// The PTTL repair covers a key that lost its expiry (e.g. restored from a snapshot).
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

/** Counters shared by every instance that uses the same Redis. */
export class RedisRateLimiter implements RateLimiter {
  readonly #client: Redis;
  readonly #prefix: string;

  constructor(client: Redis, prefix = 'ordo:rate:') {
    this.#client = client;
    this.#prefix = prefix;
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const [count, msLeft] = (await this.#client.eval(HIT_SCRIPT, 1, this.#prefix + key, windowMs)) as [number, number];
    return toResult(count, limit, msLeft);
  }
}
