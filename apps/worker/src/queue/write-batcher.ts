interface Waiting<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Batches one kind of write without waiting to fill a batch: what arrives in one turn of the event
 * loop is written together at the end of that turn (jobs finishing together would otherwise send a
 * one-job statement first, half of all completion statements under load), and items arriving while
 * writes are in flight go together in the next one. Under load that is one statement for many jobs;
 * when idle it adds no more than the rest of the turn. `write` answers each input, in order.
 */
export class WriteBatcher<I, O> {
  private queue: Waiting<I, O>[] = [];
  private inFlight = 0;
  private flushScheduled = false;

  constructor(
    private readonly write: (inputs: I[]) => Promise<O[]>,
    /** Writes in flight at once: while one commits the next batch can go already. */
    private readonly maxInFlight = 2,
  ) {}

  add(input: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (this.inFlight < this.maxInFlight && !this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          if (this.inFlight < this.maxInFlight && this.queue.length > 0) void this.flush();
        });
      }
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
