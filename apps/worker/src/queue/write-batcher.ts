interface Waiting<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

export interface WriteBatcherOptions {
  /** Writes in flight at once: while one commits the next batch can go already. Default 2. */
  maxInFlight?: number;
  /**
   * Write what arrives in one turn of the event loop together, at the end of that turn, rather
   * than the first item at once. For writes off the path to a job's start (completions: jobs
   * finishing together would otherwise send a one-job statement first, half of all completion
   * statements under load); not for take-overs, where a delivery would wait for the turn to end
   * while other workers take lower-priority ones.
   */
  gatherTurn?: boolean;
}

/**
 * Batches one kind of write without waiting to fill a batch: the first item is written at once (or,
 * with gatherTurn, what arrives in its turn), and items arriving while writes are in flight go
 * together in the next one. Under load that is one statement for many jobs; when idle it adds no
 * delay (with gatherTurn, no more than the rest of the turn). `write` answers each input, in order.
 */
export class WriteBatcher<I, O> {
  private queue: Waiting<I, O>[] = [];
  private inFlight = 0;
  private flushScheduled = false;
  private readonly maxInFlight: number;
  private readonly gatherTurn: boolean;

  constructor(
    private readonly write: (inputs: I[]) => Promise<O[]>,
    options: WriteBatcherOptions = {},
  ) {
    this.maxInFlight = options.maxInFlight ?? 2;
    this.gatherTurn = options.gatherTurn ?? false;
  }

  add(input: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (this.inFlight >= this.maxInFlight) return;
      if (!this.gatherTurn) {
        void this.flush();
        return;
      }
      if (this.flushScheduled) return;
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        if (this.inFlight < this.maxInFlight && this.queue.length > 0) void this.flush();
      });
    });
  }

  private async flush(): Promise<void> {
    this.inFlight++;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        const outputs = await this.write(batch.map((entry) => entry.input));
        batch.forEach((entry, index) => {
          entry.resolve(outputs[index] as O);
        });
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.inFlight--;
  }
}
