export interface BoundedQueueStats {
  running: number;
  waiting: number;
  /** Tasks finished (or failed) since the queue was made. */
  completed: number;
  /** Tasks refused because the waiting line was full. */
  refused: number;
}

/** Thrown by BoundedQueue.run when `maxWaiting` tasks already wait. */
export class QueueFullError extends Error {
  override readonly name = 'QueueFullError';
}

/**
 * Runs at most `concurrency` tasks at once; up to `maxWaiting` more wait their turn in order,
 * and any beyond that are refused at once (QueueFullError) rather than queued without limit.
 */
export class BoundedQueue {
  readonly #concurrency: number;
  readonly #maxWaiting: number;
  readonly #waiting: (() => void)[] = [];
  #running = 0;
  #completed = 0;
  #refused = 0;

  constructor(options: { concurrency: number; maxWaiting: number }) {
    this.#concurrency = options.concurrency;
    this.#maxWaiting = options.maxWaiting;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#concurrency) {
      if (this.#waiting.length >= this.#maxWaiting) {
        this.#refused += 1;
        throw new QueueFullError(`${this.#waiting.length} tasks are already waiting`);
      }
      // The finishing task hands its slot over directly, so #running never dips in between.
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running += 1;
    }
    try {
      return await task();
    } finally {
      this.#completed += 1;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running -= 1;
    }
  }

  stats(): BoundedQueueStats {
    return { running: this.#running, waiting: this.#waiting.length, completed: this.#completed, refused: this.#refused };
  }
}
