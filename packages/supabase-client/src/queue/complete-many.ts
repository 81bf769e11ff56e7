import type { Sql, Tx } from '../db.ts';
import { heldJobs } from './held-jobs.ts';
import type { JobStateWrite } from './save-job-states.ts';

export interface Completion {
  id: string;
  result: unknown;
  /** What the job had not written yet (steps, progress), written with its completion (saveJobStates). */
  state?: Omit<JobStateWrite, 'id'>;
}

/** complete() for many jobs in one statement; returns the ids that were still held by workerId. */
export async function completeMany(sql: Sql | Tx, workerId: string, completions: readonly Completion[]): Promise<string[]> {
  if (completions.length === 0) return [];
  // Parallel arrays through unnest: the planner joins them by primary key (a jsonb_to_recordset
  // join was planned as a nested loop over every row of the batch, quadratic in its size). They go
  // as two plain texts, ids joined by commas and the rest as one JSON array: postgres.js would
  // escape every element of a text[] parameter (8 % of the worker's CPU per job in bench:queue).
  // The JSON goes as text cast to jsonb: a parameter typed jsonb would be sent JSON-encoded once
  // more. Each element is [result, checkpoints or null, [progress] or null], as in saveJobStates.
  const ids = completions.map((completion) => completion.id).join(',');
  const entries = JSON.stringify(
    completions.map(({ result, state }) => [result ?? null, state?.checkpoints ?? null, state?.progress ? [state.progress.value ?? null] : null]),
  );
  const rows = await sql<{ id: string }[]>`
    with ${heldJobs(sql, workerId, ids)}
    update public.queue_jobs q
    set status = 'completed', result = c.entry -> 0, finished_at = now(), locked_by = null, lease_expires_at = null,
        checkpoints = case when jsonb_typeof(c.entry -> 1) = 'object' then q.checkpoints || (c.entry -> 1) else q.checkpoints end,
        progress = case when jsonb_typeof(c.entry -> 2) = 'array' then c.entry -> 2 -> 0 else q.progress end,
        updated_at = now()
    from unnest(
      string_to_array(${ids}::text, ',')::uuid[],
      array(select e.value from jsonb_array_elements(${entries}::text::jsonb) with ordinality as e(value, n) order by e.n)
    ) as c(id, entry)
    join held on held.id = c.id and held.status = 'processing'
    where q.id = c.id
    returning q.id`;
  return rows.map((row) => row.id);
}
