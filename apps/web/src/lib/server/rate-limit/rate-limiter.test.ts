import { randomUUID } from 'node:crypto';
import { testRedisUrl } from '@ordo/supabase-client/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryRateLimiter } from './memory-rate-limiter.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { RedisRateLimiter } from './redis-rate-limiter.ts';

const redisUrl = testRedisUrl();
let client: Redis | undefined;

beforeAll(() => {
  if (!redisUrl) throw new Error('Redis is required for the Redis rate limiter test (set REDIS_URL or run Redis on 127.0.0.1:6379)');
  client = new Redis(redisUrl);
});

afterAll(async () => {
  await client?.quit();
});

const limiters: [string, () => RateLimiter][] = [
  ['memory', () => new MemoryRateLimiter()],
  ['redis', () => new RedisRateLimiter(client as Redis, `ordo:test:${randomUUID()}:`)],
];

describe.each(limiters)('%s rate limiter', (_name, make) => {
  it('allows exactly the limit, then refuses with a Retry-After within the window', async () => {
    const limiter = make();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.hit('k', 3, 60_000));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]?.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(results[3]?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('counts keys separately', async () => {
    const limiter = make();
    expect((await limiter.hit('a', 1, 60_000)).allowed).toBe(true);
    expect((await limiter.hit('a', 1, 60_000)).allowed).toBe(false);
    expect((await limiter.hit('b', 1, 60_000)).allowed).toBe(true);
  });

  it('starts a fresh window once the old one has passed', async () => {
    const limiter = make();
    expect((await limiter.hit('k', 1, 50)).allowed).toBe(true);
    expect((await limiter.hit('k', 1, 50)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect((await limiter.hit('k', 1, 50)).allowed).toBe(true);
  });

  it('lets the free failures pass, then blocks for a doubling delay up to the cap', async () => {
    const limiter = make();
    const backoff = { free: 2, baseMs: 10_000, maxMs: 35_000, forgetMs: 600_000 };
    const blockedAfterEach: number[] = [];
    for (let i = 0; i < 5; i++) {
      await limiter.recordFailure('k', backoff);
      blockedAfterEach.push(await limiter.blockedSeconds('k'));
    }
    expect(blockedAfterEach).toEqual([0, 0, 10, 20, 35]);
    expect(await limiter.blockedSeconds('other')).toBe(0);
    await limiter.clearFailures('k');
    expect(await limiter.blockedSeconds('k')).toBe(0);
    await limiter.recordFailure('k', backoff);
    expect(await limiter.blockedSeconds('k')).toBe(0);
  });

  it('lifts the block when the delay has passed and forgets failures after forgetMs', async () => {
    const limiter = make();
    const backoff = { free: 1, baseMs: 50, maxMs: 1_000, forgetMs: 150 };
    await limiter.recordFailure('k', backoff);
    await limiter.recordFailure('k', backoff);
    expect(await limiter.blockedSeconds('k')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await limiter.blockedSeconds('k')).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await limiter.recordFailure('k', backoff);
    expect(await limiter.blockedSeconds('k')).toBe(0);
  });
});

describe('RedisRateLimiter', () => {
  it('shares counts between two limiters on the same Redis, as two instances would', async () => {
    const prefix = `ordo:test:${randomUUID()}:`;
    const other = new Redis(redisUrl as string);
    try {
      const first = new RedisRateLimiter(client as Redis, prefix);
      const second = new RedisRateLimiter(other, prefix);
      expect((await first.hit('k', 2, 60_000)).allowed).toBe(true);
      expect((await second.hit('k', 2, 60_000)).allowed).toBe(true);
      expect((await first.hit('k', 2, 60_000)).allowed).toBe(false);
    } finally {
      await other.quit();
    }
  });
});

describe('MemoryRateLimiter', () => {
  it('forgets expired windows on its periodic sweep', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(() => now);
    for (let i = 0; i < 10; i++) await limiter.hit(`old-${i}`, 5, 10);
    await limiter.recordFailure('old-failure', { free: 0, baseMs: 5, maxMs: 5, forgetMs: 10 });
    now = 100;
    for (let i = 0; i < 1000; i++) await limiter.hit('fresh', 5_000, 1_000);
    expect(limiter.size).toBe(1);
  });
});
