import type { Logger } from '@ordo/config';
import { type ClaimedJob, fail, finishCancelled, heartbeat, release, type Sql, saveJobStates } from '@ordo/supabase-client';
import type { JobDeps } from '../job-deps.ts';
import { JobCancelledError, JobTimeoutError, LeaseLostError, WorkerShutdownError } from './abort-reasons.ts';
import { Completer } from './completer.ts';
import type { CompletionWrite } from './completion-writes.ts';
import { JobAbort } from './job-abort.ts';
import { JobTimeouts } from './job-timeouts.ts';
import { RunningJobContext } from './job-context.ts';
import { JobStateWriter } from './job-state-writer.ts';
import type { AnyJobDefinition } from './job-definition.ts';
import { PermanentJobError } from './job-definition.ts';
import type { JobOutcome, QueueMetrics } from './metrics.ts';
import { persist } from './persist.ts';
import type { Registry } from './registry.ts';
import type { QueueSettings } from './settings.ts';
import { SlotQueue, type SlotWaiter } from './slot-queue.ts';

// After its signal aborts, a handler gets this long to stop before the runtime gives up on it.
const ABORT_GRACE_MS = 2_000;

type Outcome = { ok: true; result: unknown; writes: readonly CompletionWrite[] } | { ok: false; error: unknown };

interface ActiveJob {
  job: ClaimedJob;
  abort: JobAbort;
  /** When the lease, as last renewed, runs out (ms since epoch). */
  leaseDeadline: number;
  done: Promise<void>;
}

interface WaitingJob extends SlotWaiter {
  entry: ActiveJob;
}

export interface JobRunnerDeps {
  sql: Sql;
  /** Completions go through this pool (the per-job statements' pool, or sql). */
  completionSql: Sql;
  /** Checkpoints and progress go through this pool. */
  stateSql: Sql;
  registry: Registry;
  settings: QueueSettings;
  log: Logger;
  metrics: QueueMetrics;
  /** Given to every handler as context.deps. */
  jobDeps: JobDeps;
  /** Called whenever a handler finishes and whenever a job's outcome is written, so the claim loop can fill the room. */
  onSlotFree: () => void;
}

/** Resolves with the handler's outcome, or rejects with the abort reason if the handler ignores its abort. */
function settleAfterAbort<T>(work: Promise<T>, abort: JobAbort): Promise<T> {
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    abort.onAbort(() => {
      timer = setTimeout(() => reject(abort.reason), ABORT_GRACE_MS);
    });
    work.then(
      (value) => {
        abort.onAbort(null);
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        abort.onAbort(null);
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Runs claimed jobs: one handler call each with its context, automatic heartbeats for every held
 * job (one statement per beat), and the write-back of the outcome by the lease holder.
 */
export class JobRunner {
  private readonly active = new Map<string, ActiveJob>();
  private readonly waitingForSlot = new SlotQueue<WaitingJob>();
  private readonly completer: Completer;
  private readonly states: JobStateWriter;
  private readonly timeouts = new JobTimeouts();
  private running = 0;
  private heartbeatTimer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: JobRunnerDeps) {
    this.completer = new Completer(deps.completionSql, deps.settings.workerId, deps.log);
    this.states = new JobStateWriter({
      write: (states) => saveJobStates(deps.stateSql, deps.settings.workerId, states),
      onLeaseLost: (jobId) => this.active.get(jobId)?.abort.abort(new LeaseLostError()),
      log: deps.log,
    });
  }

  /** Jobs held: claimed ahead and waiting for a slot, running, or having their outcome written. */
  get size(): number {
    return this.active.size;
  }

  /** The ids of the jobs held. */
  heldIds(): string[] {
    return [...this.active.keys()];
  }

  /** Held jobs whose handler has not finished: waiting for a slot or running. */
  get unfinished(): number {
    return this.waitingForSlot.size + this.running;
  }

  /** Handler slots in use (at most settings.concurrency). */
  get busy(): number {
    return this.running;
  }

  startHeartbeats(): void {
    const everyMs = (this.deps.settings.leaseSeconds * 1000) / 3;
    this.heartbeatTimer = setInterval(() => void this.beat(), everyMs);
  }

  /** Runs the job when a slot is free; the promise settles once its outcome is recorded. */
  start(job: ClaimedJob): Promise<void> {
    const entry: ActiveJob = {
      job,
      abort: new JobAbort(),
      leaseDeadline: (job.lease_expires_at ?? new Date()).getTime(),
      done: Promise.resolve(),
    };
    this.active.set(job.id, entry);
    entry.done = this.run(entry).finally(() => {
      this.active.delete(job.id);
      this.deps.onSlotFree();
    });
    return entry.done;
  }

  /** Hands back jobs not yet started, waits up to graceMs for running ones, then aborts the rest and hands them back. */
  async drain(graceMs: number): Promise<void> {
    // Jobs claimed ahead that never started go back at once: other workers can run them now.
    for (const { entry } of this.waitingForSlot.waiting()) entry.abort.abort(new WorkerShutdownError());
    const all = () => Promise.all([...this.active.values()].map((entry) => entry.done));
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([all(), graceOver]);
    clearTimeout(timer);
    for (const entry of this.active.values()) entry.abort.abort(new WorkerShutdownError());
    await all();
    clearInterval(this.heartbeatTimer);
  }

  private async beat(): Promise<void> {
    const { sql, settings, log } = this.deps;
    const ids = this.heldIds();
    if (ids.length === 0) return;
    const sentAt = Date.now();
    try {
      const { held, cancelRequested } = await heartbeat(sql, settings.workerId, ids, settings.leaseSeconds);
      const heldSet = new Set(held);
      for (const id of ids) {
        const entry = this.active.get(id);
        if (!entry) continue;
        if (heldSet.has(id)) entry.leaseDeadline = sentAt + settings.leaseSeconds * 1000;
        else entry.abort.abort(new LeaseLostError());
      }
      for (const id of cancelRequested) this.active.get(id)?.abort.abort(new JobCancelledError());
    } catch (err) {
      log.warn({ err }, 'heartbeat failed; retrying on the next beat');
    }
  }

  /** True once the job may run; false when it was aborted (shutdown, cancel, lost lease) while waiting. */
  private slot(entry: ActiveJob): Promise<boolean> {
    if (this.running < this.deps.settings.concurrency) {
      this.running++;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      // Claimed-ahead jobs wait in claim order: priority, then run_at.
      const waiter: WaitingJob = { entry, priority: entry.job.priority, runAt: entry.job.run_at.getTime(), left: false, wake: resolve };
      this.waitingForSlot.push(waiter);
      entry.abort.onAbort(() => {
        if (waiter.left) return;
        this.waitingForSlot.withdraw(waiter);
        resolve(false);
      });
    });
  }

  private freeSlot(): void {
    const next = this.waitingForSlot.shift();
    if (next) {
      next.entry.abort.onAbort(null);
      next.wake(true);
    }
    else this.running--;
  }

  private async run(entry: ActiveJob): Promise<void> {
    if (!(await this.slot(entry))) {
      await this.record(entry, { ok: false, error: entry.abort.reason }).catch((err: unknown) =>
        this.deps.log.error({ err, job_id: entry.job.id }, 'could not hand back a job that never started'),
      );
      return;
    }
    const claimedAt = performance.now();
    let outcome: Outcome;
    try {
      outcome = await this.execute(entry);
    } finally {
      // The slot is for running handlers; the write-back below joins the next completion batch.
      this.freeSlot();
      this.deps.onSlotFree();
    }
    let recorded: JobOutcome;
    try {
      recorded = await this.record(entry, outcome);
    } catch (err) {
      // The lease ran out while the database was unreachable: the rescuer hands the job on.
      this.deps.log.error({ err, job_id: entry.job.id }, 'could not record the outcome of a job');
      recorded = 'lease_lost';
    }
    this.deps.metrics.record(entry.job.job_type, recorded, (performance.now() - claimedAt) / 1000);
  }

  private async execute(entry: ActiveJob): Promise<Outcome> {
    const { job, abort } = entry;
    const definition = this.deps.registry.get(job.job_type) as AnyJobDefinition;
    const timeout = this.timeouts.start(definition.options.timeoutMs, () => abort.abort(new JobTimeoutError(definition.options.timeoutMs)));
    try {
      const payload = definition.payload.safeParse(job.payload);
      if (!payload.success) {
        const issues = payload.error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`);
        throw new PermanentJobError(`invalid payload: ${issues.join('; ')}`);
      }
      const { log, jobDeps } = this.deps;
      const context = new RunningJobContext(job, abort, { states: this.states, log, leaseDeadline: () => entry.leaseDeadline, jobDeps });
      const result = await settleAfterAbort(definition.handler(payload.data as never, context), abort);
      return { ok: true, result, writes: context.completionWrites };
    } catch (error) {
      return { ok: false, error: abort.aborted ? abort.reason : error };
    } finally {
      this.timeouts.clear(timeout);
    }
  }

  private async record(entry: ActiveJob, outcome: Outcome): Promise<JobOutcome> {
    const { sql, settings, log } = this.deps;
    const { job } = entry;
    const workerId = settings.workerId;
    const write = <T>(what: string, fn: () => Promise<T>) => persist(`${what} ${job.id}`, entry.leaseDeadline, log, fn);
    const jobLog = () => log.child({ job_id: job.id, job_type: job.job_type, attempt: job.attempts });
    if (outcome.ok) {
      // The steps and progress not yet written go in the completion's own statement.
      const state = await this.states.take(job.id);
      if (await this.completer.complete(job.id, outcome.result, state, outcome.writes, entry.leaseDeadline)) return 'completed';
      jobLog().warn('lease lost before completion; the result was discarded');
      return 'lease_lost';
    }
    const { error } = outcome;
    if (error instanceof LeaseLostError) {
      this.states.discard(job.id);
      jobLog().warn('lease lost while running; another worker may run the job');
      return 'lease_lost';
    }
    // Finished steps are stored before the attempt ends, so the next attempt does not run them again.
    if (!(await this.states.flush(job.id, entry.leaseDeadline))) {
      jobLog().warn('lease lost before the attempt ended; another worker may run the job');
      return 'lease_lost';
    }
    if (error instanceof WorkerShutdownError) {
      await write('release', () => release(sql, workerId, [job.id]));
      return 'released';
    }
    if (error instanceof JobCancelledError) {
      await write('cancel', () => finishCancelled(sql, workerId, job.id));
      jobLog().info('job cancelled while running');
      return 'cancelled';
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const permanent = error instanceof PermanentJobError;
    const failed = await write('fail', () => fail(sql, workerId, job.id, { error: message, permanent, backoff: settings.backoff }));
    if (!failed) return 'lease_lost';
    jobLog().warn({ err: error, will_retry: failed.status === 'pending' }, 'job failed');
    return 'failed';
  }
}
