import type { Logger } from '@ordo/config';
import { type Completion as CompletionWrite, completeMany, type Sql } from '@ordo/supabase-client';
import { persist } from './persist.ts';
import { WriteBatcher } from './write-batcher.ts';

interface Completion extends CompletionWrite {
  /** The lease's end: the write is retried through connection loss until then. */
  deadline: number;
}

/** Completions written in batches (WriteBatcher, gathering each turn's), each retried until the earliest lease in it ends. */
export class Completer {
  private readonly batcher: WriteBatcher<Completion, boolean>;

  constructor(sql: Sql, workerId: string, log: Logger) {
    this.batcher = new WriteBatcher(async (batch) => {
      let deadline = Number.POSITIVE_INFINITY;
      for (const entry of batch) deadline = Math.min(deadline, entry.deadline);
      const held = new Set(
        await persist(`complete ${batch.length} job(s)`, deadline, log, () =>
          completeMany(sql, workerId, batch.map(({ id, result, state }) => ({ id, result, state }))),
        ),
      );
      return batch.map((entry) => held.has(entry.id));
    }, { gatherTurn: true });
  }

  /**
   * Resolves true when the job was completed, false when this worker no longer held it. `state`:
   * what the job had not written yet, written with the completion.
   */
  complete(id: string, result: unknown, state: CompletionWrite['state'], deadline: number): Promise<boolean> {
    return this.batcher.add({ id, result, deadline, ...(state ? { state } : {}) });
  }
}
