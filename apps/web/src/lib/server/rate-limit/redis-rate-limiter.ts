import type { Redis } from 'ioredis';
import { type Backoff, type RateLimiter, type RateLimitResult, toResult } from './rate-limiter.ts';

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

// Count the failure (forgotten forgetMs after the last one) and, past the free ones, block the
// key for the doubling delay: the block is a key of its own that expires when the delay ends.
// ARGV: free, baseMs, maxMs, forgetMs (the same arithmetic as backoffDelayMs).
const FAILURE_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
local over = count - tonumber(ARGV[1])
if over > 0 then
  local delay = math.min(tonumber(ARGV[3]), tonumber(ARGV[2]) * 2 ^ math.min(over - 1, 30))
  redis.call('SET', KEYS[2], '1', 'PX', math.floor(delay))
end
return count
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

  async blockedSeconds(key: string): Promise<number> {
    const msLeft = await this.#client.pttl(this.#blockKey(key));
    return msLeft > 0 ? Math.ceil(msLeft / 1000) : 0;
  }

  async recordFailure(key: string, backoff: Backoff): Promise<void> {
    const { free, baseMs, maxMs, forgetMs } = backoff;
    await this.#client.eval(FAILURE_SCRIPT, 2, this.#failuresKey(key), this.#blockKey(key), free, baseMs, maxMs, forgetMs);
  }

  async clearFailures(key: string): Promise<void> {
    await this.#client.del(this.#failuresKey(key), this.#blockKey(key));
  }

  #failuresKey(key: string): string {
    return `${this.#prefix}failures:${key}`;
  }

  #blockKey(key: string): string {
    return `${this.#prefix}blocked:${key}`;
  }
}
