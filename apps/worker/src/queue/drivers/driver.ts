/** How jobs reach this worker's handlers. queue_jobs is the record either way. */
export interface QueueDriver {
  readonly name: string;
  /** When the driver last completed a claim or dispatch round (ms since epoch); 0 before the first. */
  lastRoundAt(): number;
  /** Starts claiming; resolves once the driver is listening. */
  start(): Promise<void>;
  /** Stops taking new jobs without waiting for running ones (the runner drains those). */
  stop(): Promise<void>;
  /** Releases connections, after the runner drained. */
  close(): Promise<void>;
}
