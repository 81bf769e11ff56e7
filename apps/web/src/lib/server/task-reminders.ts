import {
  patchedReminderInput,
  reminderDefinition,
  TASK_REMINDERS_PER_TASK_MAX,
  type TaskReminder,
  type TaskReminderDefinition,
  type TaskReminderInput,
  type TaskReminderPatch,
  taskReminderInputSchema,
} from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { database } from './db.ts';
import { FieldError } from './field-error.ts';
import { fieldErrors } from './zod-fields.ts';

// Every function acts as the user (asUser): RLS decides what is theirs. null/false answer "no such
// live task or reminder, or not yours" alike. fire_at and state come from the database, whose
// triggers keep fire_at on the task's current dates.

const reminderColumns = (tx: Tx) => tx`
  id, task_id, anchor, offset_minutes, days_before, local_time, at, channels, fire_at, fired_at, created_at, updated_at,
  case when fire_at is null then 'inactive'
       when fired_for = fire_at then coalesce(fire_outcome, 'notified')
       else 'scheduled' end as state`;

// Rows mirror taskReminderSchema column for column.
const asReminders = (rows: readonly unknown[]) => rows as TaskReminder[];

/**
 * Locks the live task so two adds cannot both pass the cap; false when it is not one of the user's
 * live tasks. NO KEY UPDATE, as an edit would: it leaves the reminder schedule's key-share lock
 * (for a notification's foreign key) free, so a firing reminder and this cannot deadlock.
 */
async function lockLiveTask(tx: Tx, taskId: string): Promise<boolean> {
  const [task] = await tx`select 1 from public.tasks where id = ${taskId} and deleted_at is null for no key update`;
  return task !== undefined;
}

/** The task's reminders, next to fire first (inactive ones last); null when there is no such live task. */
export async function listReminders(userId: string, taskId: string): Promise<TaskReminder[] | null> {
  return database().asUser(userId, async (tx) => {
    const [task] = await tx`select 1 from public.tasks where id = ${taskId} and deleted_at is null`;
    if (!task) return null;
    return asReminders(
      await tx`select ${reminderColumns(tx)} from public.task_reminders where task_id = ${taskId} order by fire_at nulls last, created_at, id`,
    );
  });
}

/** Adds a reminder; a FieldError past TASK_REMINDERS_PER_TASK_MAX; null when there is no such live task. */
export async function addReminder(userId: string, taskId: string, input: TaskReminderInput): Promise<TaskReminder | null> {
  return database().asUser(userId, async (tx) => {
    if (!(await lockLiveTask(tx, taskId))) return null;
    const [count] = await tx<{ n: number }[]>`select count(*)::int as n from public.task_reminders where task_id = ${taskId}`;
    if ((count?.n ?? 0) >= TASK_REMINDERS_PER_TASK_MAX) {
      throw new FieldError('reminders', `A task can have at most ${TASK_REMINDERS_PER_TASK_MAX} reminders`);
    }
    const definition = reminderDefinition(input);
    const [created] = asReminders(
      await tx`
        insert into public.task_reminders ${tx({ ...definition, user_id: userId, task_id: taskId })}
        returning ${reminderColumns(tx)}`,
    );
    if (!created) throw new Error('reminder insert returned no row');
    return created;
  });
}

/**
 * Changes a reminder: the stored definition with the patch applied is validated again as a whole
 * (a new anchor needs its own fields), so errors name the field. null when there is no such reminder.
 */
export async function updateReminder(userId: string, taskId: string, reminderId: string, patch: TaskReminderPatch): Promise<TaskReminder | null> {
  return database().asUser(userId, async (tx) => {
    if (!(await lockLiveTask(tx, taskId))) return null;
    const [current] = await tx<TaskReminderDefinition[]>`
      select anchor, offset_minutes, days_before, local_time, at, channels from public.task_reminders
      where id = ${reminderId} and task_id = ${taskId}`;
    if (!current) return null;
    const parsed = taskReminderInputSchema.safeParse(patchedReminderInput(current, patch));
    if (!parsed.success) {
      const [field, message] = Object.entries(fieldErrors(parsed.error))[0] ?? ['_', 'invalid'];
      throw new FieldError(field, message);
    }
    const [updated] = asReminders(
      await tx`
        update public.task_reminders set ${tx({ ...reminderDefinition(parsed.data) })}
        where id = ${reminderId} and task_id = ${taskId}
        returning ${reminderColumns(tx)}`,
    );
    return updated ?? null;
  });
}

export async function deleteReminder(userId: string, taskId: string, reminderId: string): Promise<boolean> {
  const rows = await database().asUser(
    userId,
    (tx) => tx`
      delete from public.task_reminders r using public.tasks t
      where r.id = ${reminderId} and r.task_id = ${taskId} and t.id = r.task_id and t.deleted_at is null
      returning r.id`,
  );
  return rows.length > 0;
}
