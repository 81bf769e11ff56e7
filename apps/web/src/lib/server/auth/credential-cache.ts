/** How long a resolved credential is reused: the minute within which sliding expiry and last use are not written anyway. */
export const CREDENTIAL_CACHE_TTL_MS = 60_000;
const DEFAULT_MAX_ENTRIES = 10_000;

interface Entry<T> {
  value: T;
  userId: string;
  expiresAt: number;
}

/**
 * Resolved credentials (sessions or access tokens) by token digest, so a request need not
 * look its credential up in the database more than once a minute per process.
 *
 * Entries are only kept while `live` (the process is listening for invalidations), and a
 * lookup that started before an invalidation is never stored: `generation()` is taken before
 * the database read and `set` refuses it when anything was forgotten meanwhile, as that read
 * may predate the revocation.
 */
export class CredentialCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #maxEntries: number;
  readonly #now: () => number;
  #generation = 0;
  #live = false;

  constructor(options: { maxEntries?: number; now?: () => number } = {}) {
    this.#maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Taken before reading a credential from the database; pass it to `set`. */
  generation(): number {
    return this.#generation;
  }

  /** Stores a credential read at `generation`, until `notAfter` (epoch ms) at the latest. */
  set(key: string, value: T, userId: string, generation: number, notAfter = Number.POSITIVE_INFINITY): void {
    if (!this.#live || generation !== this.#generation) return;
    const expiresAt = Math.min(this.#now() + CREDENTIAL_CACHE_TTL_MS, notAfter);
    if (expiresAt <= this.#now()) return;
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) {
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, userId, expiresAt });
  }

  forgetKey(key: string): void {
    this.#generation += 1;
    this.#entries.delete(key);
  }

  forgetUser(userId: string): void {
    this.#generation += 1;
    for (const [key, entry] of this.#entries) if (entry.userId === userId) this.#entries.delete(key);
  }

  forgetAll(): void {
    this.#generation += 1;
    this.#entries.clear();
  }

  /** Whether invalidations are being received; false (the start) forgets everything and stores nothing. */
  setLive(live: boolean): void {
    this.#live = live;
    if (!live) this.forgetAll();
  }
}
