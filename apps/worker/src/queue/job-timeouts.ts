interface Pending {
  fire: () => void;
  /** When the timeout ends (performance.now() ms). */
  at: number;
  timer: NodeJS.Timeout | null;
  done: boolean;
}

/** A job's timeout, as JobTimeouts.start returns it: pass it to clear() when the handler settles. */
export type JobTimeout = Readonly<Pending>;

/**
 * Handler timeouts whose timers are made at the end of the event-loop turn a job started in, and
 * only for the jobs still running then: a job that settles within its turn (many do: bookkeeping,
 * a cached answer, a no-op) needs no timer at all, where a timer per job made and cleared was a
 * measurable share of the runner's CPU per job. A timeout fires at the same moment either way.
 */
export class JobTimeouts {
  private started: Pending[] = [];
  private scheduled = false;

  start(ms: number, fire: () => void): JobTimeout {
    const pending: Pending = { fire, at: performance.now() + ms, timer: null, done: false };
    this.started.push(pending);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.armStillRunning());
    }
    return pending;
  }

  clear(timeout: JobTimeout): void {
    const pending = timeout as Pending;
    pending.done = true;
    if (pending.timer) clearTimeout(pending.timer);
  }

  private armStillRunning(): void {
    this.scheduled = false;
    const started = this.started;
    this.started = [];
    for (const pending of started) if (!pending.done) this.arm(pending);
  }

  /**
   * Node's timers count from the event loop's cached clock, in whole milliseconds, so one can run
   * a millisecond or so before its time by performance.now(): such a run waits out the rest.
   */
  private arm(pending: Pending): void {
    pending.timer = setTimeout(() => {
      if (pending.done) return;
      if (performance.now() < pending.at) {
        this.arm(pending);
        return;
      }
      pending.done = true;
      pending.fire();
    }, Math.max(0, Math.ceil(pending.at - performance.now())));
  }
}
