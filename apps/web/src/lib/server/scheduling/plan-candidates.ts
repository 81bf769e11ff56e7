import { PLAN_TASKS_MAX, type PlanTask } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { missedCandidateIds, missedTask } from './missed-blocks.ts';
import { openTask } from './schedule-sql.ts';

/** A task the plan may place, with what the preview sends back to accept it. */
export interface PlanCandidate extends PlanTask {
  updated_at: Date;
}

/**
 * The open tasks to place (inside a transaction as the person): those not scheduled at all, and,
 * with `includeMissed`, those whose scheduled time all passed undone in the last week. In the
 * person's order, at most PLAN_TASKS_MAX. The deadline is the hard limit; the due date (the day
 * the person planned) only ranks.
 */
export async function readPlanCandidates(tx: Tx, now: Date, defaultMinutes: number, includeMissed: boolean): Promise<PlanCandidate[]> {
  return tx<PlanCandidate[]>`
    select t.id, t.title, t.priority, t.due_date, t.deadline, t.duration_minutes, t.position, t.updated_at
    from public.tasks t
    where ${openTask(tx)}
      and (
        (t.start_at is null and not exists (select 1 from public.task_blocks b where b.task_id = t.id))
        or (${includeMissed} and t.id in (${missedCandidateIds(tx, now)}) and ${missedTask(tx, now, defaultMinutes)})
      )
    order by t.position, t.id
    limit ${PLAN_TASKS_MAX}`;
}
