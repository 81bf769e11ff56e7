import type { Tx } from '@ordo/supabase-client';
import { createStartingSoonAlert, type StartingSoon } from './starting-soon-alert.ts';

/** due_soon_minutes is at most a day: no task further ahead can be due an alert. */
const AHEAD_MAX_MINUTES = 1440;

interface DueTask extends StartingSoon {
  task_id: string;
}

/**
 * Open tasks whose alert instant (start_at − due_soon_minutes) has come by `at` while the task has
 * not started yet, for people who want these alerts on some channel, and that have no alert for
 * this start time yet. The dedup key carries the start instant (as JavaScript's toISOString
 * writes it): a task moved to a new time is due an alert for that time, and one only.
 */
function dueTasks(tx: Tx, at: Date) {
  return tx<DueTask[]>`
    select t.id as task_id, t.user_id, t.title, t.start_at, u.timezone, r.sms as sms_enabled, r.push as push_enabled, p.quiet_start, p.quiet_end,
           'task-soon:' || t.id || ':' || to_char(t.start_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as dedup_key
    from public.tasks t
    join public.notification_preferences p on p.user_id = t.user_id
    join public.alert_reach r on r.user_id = t.user_id
    join public.users u on u.id = t.user_id
    where t.start_at is not null and t.deleted_at is null and t.status in ('todo', 'in_progress')
      and t.start_at > ${at} and t.start_at <= ${at}::timestamptz + make_interval(mins => ${AHEAD_MAX_MINUTES})
      and p.task_due_soon and (r.sms or r.push)
      and t.start_at - make_interval(mins => p.due_soon_minutes) <= ${at}
      and not exists (
        select 1 from public.notifications n
        where n.user_id = t.user_id and n.kind = 'task_due_soon'
          and n.dedup_key = 'task-soon:' || t.id || ':' || to_char(t.start_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    order by t.start_at, t.id`;
}

/**
 * One tick's "task starting soon" alerts ("Call the bank starts at 14:30 (in 15 min)"), created in
 * the tick's transaction. An alert whose send would wait for quiet hours to end past the start is
 * not created: it would tell nothing. Returns how many were created.
 */
export async function createTaskSoonAlerts(tx: Tx, at: Date): Promise<number> {
  let created = 0;
  for (const task of await dueTasks(tx, at)) {
    if (await createStartingSoonAlert(tx, at, task, { kind: 'task_due_soon', link: `/tasks/${task.task_id}`, taskId: task.task_id })) created += 1;
  }
  return created;
}
