import type { Sql, Tx } from '../db.ts';

export interface Completion {
  id: string;
  result: unknown;
}

/** complete() for many jobs in one statement; returns the ids that were still held by workerId. */
export async function completeMany(sql: Sql | Tx, workerId: string, completions: readonly Completion[]): Promise<string[]> {
  if (completions.length === 0) return [];
  // Parallel arrays through unnest: the planner joins them by primary key (a jsonb_to_recordset
  // join was planned as a nested loop over every row of the batch, quadratic in its size).
  const ids = completions.map((completion) => completion.id);
  const results = completions.map((completion) => JSON.stringify(completion.result ?? null));
  const rows = await sql<{ id: string }[]>`
    update public.queue_jobs q
    set status = 'completed', result = c.result::jsonb, finished_at = now(), locked_by = null, lease_expires_at = null,
        updated_at = now()
    from unnest(${ids}::uuid[], ${results}::text[]) as c(id, result)
    where q.id = c.id and q.locked_by = ${workerId} and q.status = 'processing'
    returning q.id`;
  return rows.map((row) => row.id);
}
