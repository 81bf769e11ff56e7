import type { Logger } from '@ordo/config';
import { asServicePipelined, type Completion as CompletionWrite, completeMany, type Sql } from '@ordo/supabase-client';
import { type CompletionWrite as WriteAlong, writeAlongCompletions } from './completion-writes.ts';
import { persist } from './persist.ts';
import { WriteBatcher } from './write-batcher.ts';

interface Completion extends CompletionWrite {
  /** The lease's end: the write is retried through connection loss until then. */
  deadline: number;
  /** Written in the completion's transaction (JobContext.completeWith). */
  writes: readonly WriteAlong[];
}

/**
 * Completions written in batches (WriteBatcher, gathering each turn's), each retried until the
 * earliest lease in it ends. A batch whose handlers asked for writes along their completion is one
 * pipelined transaction: BEGIN, those writes, the completions and COMMIT in one round trip, one
 * commit; otherwise the completions' single statement. One batch in flight: what finishes while it
 * commits goes in the next, so batches are larger and commits fewer: a completion holds no handler
 * slot, so waiting costs none; bench:notify's commits a message fell from 1.24 to 1.1 (two in flight
 * were no faster in bench:queue either).
 */
export class Completer {
  private readonly batcher: WriteBatcher<Completion, boolean>;

  constructor(sql: Sql, workerId: string, log: Logger) {
    this.batcher = new WriteBatcher(async (batch) => {
      let deadline = Number.POSITIVE_INFINITY;
      for (const entry of batch) deadline = Math.min(deadline, entry.deadline);
      const completions = batch.map(({ id, result, state }) => ({ id, result, state }));
      const writes = batch.flatMap((entry) => entry.writes);
      const complete = () =>
        writes.length === 0
          ? completeMany(sql, workerId, completions)
          : asServicePipelined(sql, async (tx, commit) => {
              const along = writeAlongCompletions(tx, writes);
              const completed = completeMany(tx, workerId, completions);
              // Each statement goes out in the microtask its first await queued (postgres.js sends a
              // query when it is awaited), so they leave before the COMMIT queued after them.
              await null;
              const [held] = await Promise.all([completed, ...along, commit()]);
              return held;
            });
      const held = new Set(await persist(`complete ${batch.length} job(s)`, deadline, log, complete));
      return batch.map((entry) => held.has(entry.id));
    }, { gatherTurn: true, maxInFlight: 1 });
  }

  /**
   * Resolves true when the job was completed, false when this worker no longer held it. `state`:
   * what the job had not written yet, written with the completion; `writes`: the handler's writes
   * to commit with it.
   */
  complete(id: string, result: unknown, state: CompletionWrite['state'], writes: readonly WriteAlong[], deadline: number): Promise<boolean> {
    return this.batcher.add({ id, result, deadline, writes, ...(state ? { state } : {}) });
  }
}
