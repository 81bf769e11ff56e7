import type { Sql, Tx } from '../db.ts';

export type CancelOutcome = 'cancelled' | 'cancel_requested' | 'not_cancellable' | 'not_found';

/**
 * Cancels a job: a pending one at once; a running one by flagging it, so its worker aborts the
 * handler's signal on its next heartbeat and then records it cancelled. Finished jobs stay as they are.
 */
export async function cancel(sql: Sql | Tx, jobId: string): Promise<CancelOutcome> {
  const [row] = await sql<{ status: string; outcome: CancelOutcome }[]>`
    with target as (select id, status from public.queue_jobs where id = ${jobId} for update),
    changed as (
      update public.queue_jobs q
      set status = case when target.status = 'pending' then 'cancelled' else q.status end,
          finished_at = case when target.status = 'pending' then now() else q.finished_at end,
          cancel_requested_at = case when target.status = 'processing' then now() else q.cancel_requested_at end,
          updated_at = now()
      from target
      where q.id = target.id and target.status in ('pending', 'processing')
      returning q.id
    )
    select target.status,
           case when target.status = 'pending' then 'cancelled'
                when target.status = 'processing' then 'cancel_requested'
                else 'not_cancellable' end as outcome
    from target`;
  return row?.outcome ?? 'not_found';
}
