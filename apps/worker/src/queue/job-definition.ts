import type { Logger } from '@ordo/config';
import type { JobPayload, JobType } from '@ordo/shared-types';
import type { z } from 'zod';
import type { JobDeps } from '../job-deps.ts';
import type { CompletionWriteKind } from './completion-writes.ts';

export interface JobContext {
  readonly jobId: string;
  readonly userId: string | null;
  /** 1 on the first run, 2 on the first retry, … */
  readonly attempt: number;
  /** The attempts this job may have; `attempt === maxAttempts` is its last (a job may fall back to a cheaper path then). */
  readonly maxAttempts: number;
  /** Aborted on timeout, shutdown, cancellation or a lost lease; the reason says which. */
  readonly signal: AbortSignal;
  readonly log: Logger;
  /** Database, AI gateway, mail, clock: built once at boot, the same for every job. */
  readonly deps: JobDeps;
  /** Stores progress on the job, where its owner sees it live. */
  progress(value: unknown): Promise<void>;
  /**
   * Runs fn once per job: its output is stored on the job, so a retry returns the stored output
   * instead of running fn again (a paid call is not paid twice). Outputs must be JSON.
   */
  step<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Writes `item` in the transaction that records the job completed, batched with the items of the
   * same kind of other jobs completing together (CompletionWriteKind): for what a handler did last,
   * instead of a commit of its own to wait for. Nothing is written when the attempt does not
   * complete (it fails, is released or cancelled).
   */
  completeWith<T>(kind: CompletionWriteKind<T>, item: T): void;
}

export interface JobOptions {
  /** The handler's signal aborts after this long. */
  timeoutMs: number;
  maxAttempts: number;
  /** Lower runs first. */
  priority: number;
  /**
   * For delivery jobs (SMS, mail): at most `max` starts per `durationMs` across all workers. Applied
   * by the BullMQ driver's rate limiter; the PostgreSQL driver does not limit.
   */
  rateLimit?: { max: number; durationMs: number };
}

export interface JobDefinition<T extends JobType = JobType> {
  name: T;
  payload: z.ZodType<JobPayload<T>, unknown>;
  options: JobOptions;
  /** Returns the job's result (JSON). Throw PermanentJobError for failures a retry cannot fix. */
  handler(payload: JobPayload<T>, context: JobContext): Promise<unknown>;
}

/** A failure that retrying cannot fix (bad input, a rejected request): the job fails at once. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

/** Typed identity, so each job file gets its payload type from its name. */
export function defineJob<T extends JobType>(definition: JobDefinition<T>): JobDefinition<T> {
  return definition;
}

/** A definition of any job type (the registry's element type). */
export type AnyJobDefinition = { [T in JobType]: JobDefinition<T> }[JobType];
