import type { Sql, Tx } from '../db.ts';

export interface Completion {
  id: string;
  result: unknown;
}

/** complete() for many jobs in one statement; returns the ids that were still held by workerId. */
export async function completeMany(sql: Sql | Tx, workerId: string, completions: readonly Completion[]): Promise<string[]> {
  if (completions.length === 0) return [];
  // Parallel arrays through unnest: the planner joins them by primary key (a jsonb_to_recordset
  // join was planned as a nested loop over every row of the batch, quadratic in its size). They go
  // as two plain texts, ids joined by commas and results as one JSON array: postgres.js would
  // escape every element of a text[] parameter (8 % of the worker's CPU per job in bench:queue). The
  // results go as text cast to jsonb: a parameter typed jsonb would be sent JSON-encoded once more.
  const ids = completions.map((completion) => completion.id).join(',');
  const results = JSON.stringify(completions.map((completion) => completion.result ?? null));
  const rows = await sql<{ id: string }[]>`
    update public.queue_jobs q
    set status = 'completed', result = c.result, finished_at = now(), locked_by = null, lease_expires_at = null,
        updated_at = now()
    from unnest(
      string_to_array(${ids}::text, ',')::uuid[],
      array(select r.value from jsonb_array_elements(${results}::text::jsonb) with ordinality as r(value, n) order by r.n)
    ) as c(id, result)
    where q.id = c.id and q.locked_by = ${workerId} and q.status = 'processing'
    returning q.id`;
  return rows.map((row) => row.id);
}
