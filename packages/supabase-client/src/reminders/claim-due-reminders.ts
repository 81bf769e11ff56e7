import type { NotificationChannel, TaskReminderAnchor } from '@ordo/shared-types';
import type { Tx } from '../db.ts';

/** An armed reminder whose time has come, locked by the tick that claimed it, with what its message needs. */
export interface DueReminder {
  id: string;
  user_id: string;
  task_id: string;
  anchor: TaskReminderAnchor;
  days_before: number;
  channels: NotificationChannel[];
  fire_at: Date;
  task_title: string;
  task_start_at: Date | null;
  task_due_date: string | null;
  timezone: string;
}

/**
 * Armed reminders (fired_for is distinct from fire_at) due at `at`, oldest first, at most `limit`,
 * row-locked until the caller's transaction ends. SKIP LOCKED: a reminder another tick is firing,
 * or that a task edit is moving right now, is left to that transaction and the next tick. The
 * task's key-share lock is the one its notification's foreign key needs: taken here, with SKIP
 * LOCKED, a task locked FOR UPDATE (a batch operation about to move its reminders) is skipped
 * rather than waited for while this tick holds the reminder that operation needs (a deadlock).
 * Plain task edits take a weaker lock and are neither waited for nor skipped.
 * Service role only: it reads every account.
 */
export async function claimDueReminders(tx: Tx, at: Date, limit: number): Promise<DueReminder[]> {
  return tx<DueReminder[]>`
    select r.id, r.user_id, r.task_id, r.anchor, r.days_before, r.channels, r.fire_at,
           t.title as task_title, t.start_at as task_start_at, t.due_date::text as task_due_date, u.timezone
    from public.task_reminders r
    join public.tasks t on t.id = r.task_id
    join public.users u on u.id = r.user_id
    where r.fire_at <= ${at} and r.fire_at is not null and r.fired_for is distinct from r.fire_at
    order by r.fire_at, r.id
    limit ${limit}
    for update of r skip locked
    for key share of t skip locked`;
}
