import { type RateLimiter, type RateLimitResult, toResult } from './rate-limiter.ts';

// Expired windows are dropped on a sweep every this many hits, bounding memory without a timer.
const SWEEP_EVERY = 1000;

/** One process's counters; enough for a single instance, lost on restart. */
export class MemoryRateLimiter implements RateLimiter {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();
  readonly #now: () => number;
  #hitsSinceSweep = 0;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const now = this.#now();
    if (++this.#hitsSinceSweep >= SWEEP_EVERY) this.#sweep(now);
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.#windows.set(key, window);
    }
    window.count += 1;
    return toResult(window.count, limit, window.resetAt - now);
  }

  get size(): number {
    return this.#windows.size;
  }

  #sweep(now: number): void {
    this.#hitsSinceSweep = 0;
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
  }
}
