import type { Logger } from '@ordo/config';
import { type ClaimedJob, reportProgress, type Sql, saveCheckpoint } from '@ordo/supabase-client';
import type { JobDeps } from '../job-deps.ts';
import { LeaseLostError } from './abort-reasons.ts';
import type { JobAbort } from './job-abort.ts';
import type { JobContext } from './job-definition.ts';
import { persist } from './persist.ts';

export interface JobContextDeps {
  sql: Sql;
  workerId: string;
  log: Logger;
  /** The lease's end as last renewed (ms since epoch): checkpoint and progress writes retry until then. */
  leaseDeadline: () => number;
  jobDeps: JobDeps;
}

/**
 * What a handler gets besides its payload. The logger, signal and checkpoint copy are made on first
 * use: a job that never logs or checkpoints pays for none of them. progress and step are bound
 * (arrow properties), since handlers destructure them.
 */
export class RunningJobContext implements JobContext {
  private childLog: Logger | undefined;
  private checkpoints: Record<string, unknown> | undefined;

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

  // Through connection loss like every other write-back: a database blink must not fail the job.
  readonly progress = async (value: unknown): Promise<void> => {
    const { sql, workerId, log, leaseDeadline } = this.runtime;
    await persist(`progress ${this.job.job_type}`, leaseDeadline(), log, () => reportProgress(sql, workerId, this.job.id, value));
  };

  readonly step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    this.checkpoints ??= { ...this.job.checkpoints };
    if (Object.hasOwn(this.checkpoints, name)) return this.checkpoints[name] as T;
    const output = await fn();
    const { sql, workerId, log, leaseDeadline } = this.runtime;
    const saved = await persist(`checkpoint ${this.job.job_type}/${name}`, leaseDeadline(), log, () =>
      saveCheckpoint(sql, workerId, this.job.id, name, output),
    );
    if (!saved) {
      this.abortState.abort(new LeaseLostError());
      throw new LeaseLostError();
    }
    this.checkpoints[name] = output;
    return output;
  };
}
