import type { Logger } from '@ordo/config';
import type { JobStateWrite } from '@ordo/supabase-client';
import { persist } from './persist.ts';

/** A job's writes not yet sent: steps merged by name, progress latest-wins. */
export type PendingJobState = Omit<JobStateWrite, 'id'>;

interface Pending {
  state: PendingJobState;
  /** The job's lease end as last renewed: its writes are retried through connection loss until then. */
  deadline: () => number;
}

export interface JobStateWriterDeps {
  /** Writes the states in one statement; returns the ids of the jobs still held (saveJobStates). */
  write: (states: JobStateWrite[]) => Promise<string[]>;
  /** A job whose write found its lease gone (or that could not be written before its lease ended). */
  onLeaseLost: (jobId: string) => void;
  log: Logger;
}

/**
 * Checkpoints and progress of every running job, written together: one statement (one commit, one
 * NOTIFY lock) for all the jobs with something to write, at most one statement in flight. Writes
 * arriving in a turn of the event loop, or while a statement commits, go in the next. A job's
 * writes therefore reach the database in the order made, and its progress never goes backwards.
 *
 * Callers do not wait for the commit: a step's output is in memory for the rest of the attempt,
 * and whatever a job has not written when it ends goes with its completion (`take`) or is written
 * before its failure (`flush`), so a failed attempt's finished steps are never run again. Only a
 * crash of the process in the window between a step and the next commit (or of the database
 * before an async commit of the state was flushed; see runtime.ts) can repeat a step.
 */
export class JobStateWriter {
  private pending = new Map<string, Pending>();
  private inFlight: { ids: ReadonlySet<string>; done: Promise<void> } | null = null;
  private scheduled = false;

  constructor(private readonly deps: JobStateWriterDeps) {}

  checkpoint(jobId: string, step: string, output: unknown, deadline: () => number): void {
    const { state } = this.entry(jobId, deadline);
    state.checkpoints = { ...state.checkpoints, [step]: output ?? null };
    this.schedule();
  }

  progress(jobId: string, value: unknown, deadline: () => number): void {
    this.entry(jobId, deadline).state.progress = { value: value ?? null };
    this.schedule();
  }

  /**
   * What the job has not written, removed from the next statement: for its completion to write in
   * its own statement. Waits first for a statement in flight that holds the job's earlier writes.
   */
  async take(jobId: string): Promise<PendingJobState | undefined> {
    while (this.inFlight?.ids.has(jobId)) await this.inFlight.done;
    const entry = this.pending.get(jobId);
    this.pending.delete(jobId);
    return entry?.state;
  }

  /** Writes what the job has not written yet, now, until `deadline`; false when its lease was found gone. */
  async flush(jobId: string, deadline: number): Promise<boolean> {
    const state = await this.take(jobId);
    if (!state) return true;
    const held = await persist(`state of ${jobId}`, deadline, this.deps.log, () => this.deps.write([{ id: jobId, ...state }]));
    return held.includes(jobId);
  }

  /** Forgets the job's unwritten state (its lease is gone: nothing of it may be written). */
  discard(jobId: string): void {
    this.pending.delete(jobId);
  }

  private entry(jobId: string, deadline: () => number): Pending {
    let entry = this.pending.get(jobId);
    if (!entry) {
      entry = { state: { checkpoints: null }, deadline };
      this.pending.set(jobId, entry);
    }
    return entry;
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.inFlight) this.startWrite();
    });
  }

  private startWrite(): void {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const done = this.writeBatch(batch).finally(() => {
      this.inFlight = null;
      this.startWrite();
    });
    this.inFlight = { ids: new Set(batch.keys()), done };
  }

  private async writeBatch(batch: Map<string, Pending>): Promise<void> {
    const { write, onLeaseLost, log } = this.deps;
    let deadline = Number.POSITIVE_INFINITY;
    for (const entry of batch.values()) deadline = Math.min(deadline, entry.deadline());
    const states = [...batch].map(([id, { state }]) => ({ id, ...state }));
    let held: string[];
    try {
      held = await persist(`state of ${states.length} job(s)`, deadline, log, () => write(states));
    } catch (err) {
      log.warn({ err, jobs: states.length }, 'could not write the checkpoints and progress of running jobs');
      this.putBack(batch, deadline);
      return;
    }
    const written = new Set(held);
    for (const id of batch.keys()) if (!written.has(id)) onLeaseLost(id);
  }

  /**
   * A batch that could not be written before the earliest lease in it (`deadline`) ended: those
   * jobs may be another worker's now; the others' writes go again, under what they wrote since.
   */
  private putBack(batch: Map<string, Pending>, deadline: number): void {
    for (const [id, entry] of batch) {
      if (entry.deadline() <= deadline) {
        this.pending.delete(id);
        this.deps.onLeaseLost(id);
        continue;
      }
      const newer = this.pending.get(id);
      if (!newer) {
        this.pending.set(id, entry);
        continue;
      }
      const checkpoints = entry.state.checkpoints || newer.state.checkpoints ? { ...entry.state.checkpoints, ...newer.state.checkpoints } : null;
      newer.state = { checkpoints, ...((newer.state.progress ?? entry.state.progress) ? { progress: newer.state.progress ?? entry.state.progress } : {}) };
    }
  }
}
