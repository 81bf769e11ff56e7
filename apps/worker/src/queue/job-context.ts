import type { Logger } from '@ordo/config';
import type { ClaimedJob } from '@ordo/supabase-client';
import type { JobDeps } from '../job-deps.ts';
import { LeaseLostError } from './abort-reasons.ts';
import type { CompletionWrite, CompletionWriteKind } from './completion-writes.ts';
import type { JobAbort } from './job-abort.ts';
import type { JobContext } from './job-definition.ts';
import type { JobStateWriter } from './job-state-writer.ts';

export interface JobContextDeps {
  /** Where checkpoints and progress go, batched with other jobs'. */
  states: JobStateWriter;
  log: Logger;
  /** The lease's end as last renewed (ms since epoch): checkpoint and progress writes retry until then. */
  leaseDeadline: () => number;
  jobDeps: JobDeps;
}

/**
 * What a handler gets besides its payload. The logger, signal and checkpoint copy are made on first
 * use: a job that never logs or checkpoints pays for none of them. progress, step and completeWith
 * are bound (arrow properties), since handlers destructure them.
 */
export class RunningJobContext implements JobContext {
  private childLog: Logger | undefined;
  private checkpoints: Record<string, unknown> | undefined;
  /** What the handler asked to write with its completion (completeWith), in order. */
  readonly completionWrites: CompletionWrite[] = [];

  constructor(
    private readonly job: ClaimedJob,
    private readonly abortState: JobAbort,
    private readonly runtime: JobContextDeps,
  ) {}

  get jobId(): string {
    return this.job.id;
  }

  get userId(): string | null {
    return this.job.user_id;
  }

  get attempt(): number {
    return this.job.attempts;
  }

  get maxAttempts(): number {
    return this.job.max_attempts;
  }

  get signal(): AbortSignal {
    return this.abortState.signal;
  }

  get deps(): JobDeps {
    return this.runtime.jobDeps;
  }

  get log(): Logger {
    this.childLog ??= this.runtime.log.child({ job_id: this.job.id, job_type: this.job.job_type, attempt: this.job.attempts });
    return this.childLog;
  }

  // Batched with other jobs' writes and not waited for (JobStateWriter says why that is safe);
  // retried through connection loss like every other write-back.
  readonly progress = async (value: unknown): Promise<void> => {
    this.throwIfLeaseLost();
    this.runtime.states.progress(this.job.id, value, this.runtime.leaseDeadline);
  };

  readonly step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    this.checkpoints ??= { ...this.job.checkpoints };
    if (Object.hasOwn(this.checkpoints, name)) return this.checkpoints[name] as T;
    const output = await fn();
    this.throwIfLeaseLost();
    this.runtime.states.checkpoint(this.job.id, name, output, this.runtime.leaseDeadline);
    this.checkpoints[name] = output;
    return output;
  };

  readonly completeWith = <T>(kind: CompletionWriteKind<T>, item: T): void => {
    this.completionWrites.push({ kind, item } as CompletionWrite);
  };

  /** Once a write found the lease gone, nothing more of this attempt is written. */
  private throwIfLeaseLost(): void {
    if (this.abortState.reason instanceof LeaseLostError) throw new LeaseLostError();
  }
}
