import { type Backoff, backoffDelayMs, type RateLimiter, type RateLimitResult, toResult } from './rate-limiter.ts';

// Expired entries are dropped on a sweep every this many calls, bounding memory without a timer.
const SWEEP_EVERY = 1000;

/** One process's counters; enough for a single instance, lost on restart. */
export class MemoryRateLimiter implements RateLimiter {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();
  readonly #failures = new Map<string, { count: number; blockedUntil: number; forgetAt: number }>();
  readonly #now: () => number;
  #callsSinceSweep = 0;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const now = this.#tick();
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.#windows.set(key, window);
    }
    window.count += 1;
    return toResult(window.count, limit, window.resetAt - now);
  }

  async blockedSeconds(key: string): Promise<number> {
    const entry = this.#failures.get(key);
    const msLeft = entry ? entry.blockedUntil - this.#now() : 0;
    return msLeft > 0 ? Math.ceil(msLeft / 1000) : 0;
  }

  async recordFailure(key: string, backoff: Backoff): Promise<void> {
    const now = this.#tick();
    const previous = this.#failures.get(key);
    const count = previous && previous.forgetAt > now ? previous.count + 1 : 1;
    const delay = backoffDelayMs(count, backoff);
    this.#failures.set(key, { count, blockedUntil: delay > 0 ? now + delay : 0, forgetAt: now + backoff.forgetMs });
  }

  async clearFailures(key: string): Promise<void> {
    this.#failures.delete(key);
  }

  get size(): number {
    return this.#windows.size + this.#failures.size;
  }

  #tick(): number {
    const now = this.#now();
    if (++this.#callsSinceSweep >= SWEEP_EVERY) {
      this.#callsSinceSweep = 0;
      for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
      for (const [key, entry] of this.#failures) if (entry.forgetAt <= now) this.#failures.delete(key);
    }
    return now;
  }
}
