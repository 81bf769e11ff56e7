import type { Sql, Tx } from '../db.ts';
import { heldJobs } from './held-jobs.ts';

/** What one running job has to write: steps finished since its last write, and its latest progress. */
export interface JobStateWrite {
  id: string;
  /** Finished steps' outputs by step name, merged into the job's checkpoints; null for none. */
  checkpoints: Record<string, unknown> | null;
  /** The job's progress now, when it changed (`{ value: null }` clears it); absent leaves it as it is. */
  progress?: { value: unknown };
}

/**
 * saveCheckpoint and reportProgress for many running jobs in one statement (one commit, however
 * many jobs), each only while `workerId` holds its lease. Returns the ids written: a job missing
 * from them was no longer held. Parameters go as two texts as in completeMany; a job's progress
 * is wrapped in a one-element array so that JSON null (cleared) and "unchanged" differ.
 */
export async function saveJobStates(sql: Sql | Tx, workerId: string, writes: readonly JobStateWrite[]): Promise<string[]> {
  if (writes.length === 0) return [];
  const ids = writes.map((write) => write.id).join(',');
  const states = JSON.stringify(writes.map((write) => [write.checkpoints, write.progress ? [write.progress.value ?? null] : null]));
  const rows = await sql<{ id: string }[]>`
    with ${heldJobs(sql, workerId, ids)}
    update public.queue_jobs q
    set checkpoints = case when jsonb_typeof(w.state -> 0) = 'object' then q.checkpoints || (w.state -> 0) else q.checkpoints end,
        progress = case when jsonb_typeof(w.state -> 1) = 'array' then w.state -> 1 -> 0 else q.progress end,
        updated_at = now()
    from unnest(
      string_to_array(${ids}::text, ',')::uuid[],
      array(select s.value from jsonb_array_elements(${states}::text::jsonb) with ordinality as s(value, n) order by s.n)
    ) as w(id, state)
    join held on held.id = w.id and held.status = 'processing'
    where q.id = w.id
    returning q.id`;
  return rows.map((row) => row.id);
}
