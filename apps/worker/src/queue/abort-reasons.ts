/** Why a running job's signal was aborted; the runtime records each differently. */
export class JobTimeoutError extends Error {
  override name = 'JobTimeoutError';
  constructor(timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
  }
}

export class JobCancelledError extends Error {
  override name = 'JobCancelledError';
  constructor() {
    super('cancelled');
  }
}

export class WorkerShutdownError extends Error {
  override name = 'WorkerShutdownError';
  constructor() {
    super('worker shutting down');
  }
}

export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
  constructor() {
    super('lease lost: another worker may hold the job now');
  }
}
