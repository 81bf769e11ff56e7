/**
 * One job's abort state. The AbortController behind `signal` is made when the handler first reads
 * it: many handlers never do, and a controller with its listeners for every job was a measurable
 * share of the runner's CPU per job. The runtime itself waits through `onAbort`, not the signal.
 */
export class JobAbort {
  private controller: AbortController | null = null;
  private callback: (() => void) | null = null;
  private abortedWith: { reason: unknown } | null = null;

  get aborted(): boolean {
    return this.abortedWith !== null;
  }

  get reason(): unknown {
    return this.abortedWith?.reason;
  }

  /** The handler's signal; already aborted when the job was aborted before it was asked for. */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.abortedWith) this.controller.abort(this.abortedWith.reason);
    }
    return this.controller.signal;
  }

  /** Aborts once; later calls keep the first reason. */
  abort(reason: unknown): void {
    if (this.abortedWith) return;
    this.abortedWith = { reason };
    this.controller?.abort(reason);
    const callback = this.callback;
    this.callback = null;
    callback?.();
  }

  /** Calls fn when the job is aborted (at once if it already is); null removes the callback. One at a time. */
  onAbort(fn: (() => void) | null): void {
    if (fn && this.abortedWith) {
      this.callback = null;
      fn();
      return;
    }
    this.callback = fn;
  }
}
