import {
  calendarDay,
  nextOccurrenceDate,
  type OccurrenceTiming,
  occurrenceDates,
  occurrenceTiming,
  type Recurrence,
  type Task,
  type TaskPatch,
} from '@ordo/shared-types';
import type { Tx } from '../db.ts';

// The occurrences of repeating tasks. Each function takes the caller's transaction, run as the user
// (RLS applies), so closing an occurrence and creating the next commit together or not at all.

interface SeriesRow {
  id: string;
  rrule: string;
  from_completion: boolean;
  starts_on: string;
  project_id: string | null;
  title: string;
  notes: string | null;
  priority: string | null;
  duration_minutes: number | null;
  /** postgres `time`: 'HH:MM:SS'. */
  start_time: string | null;
  start_offset_days: number;
  deadline_offset_days: number | null;
}

const OPEN = ['todo', 'in_progress'];
export const isOpenStatus = (status: string) => OPEN.includes(status);

/** The person's IANA zone: their rules run on their calendar. */
export async function userTimeZone(tx: Tx, userId: string): Promise<string> {
  const [row] = await tx<{ timezone: string }[]>`select timezone from public.users where id = ${userId}`;
  if (!row) throw new Error('user not found');
  return row.timezone;
}

/** The occurrence created when `taskId` was closed, or null. */
export async function findNextOccurrence(tx: Tx, taskId: string): Promise<Task | null> {
  const [row] = await tx`select * from public.tasks where recurrence_previous_id = ${taskId} and deleted_at is null`;
  return (row as Task | undefined) ?? null;
}

/**
 * The occurrence that follows `closed` (a repeating task just completed or skipped), created now:
 * its day from the series' rule, its start at the series' wall-clock time on that day in the
 * person's zone, its deadline as far from that day as the series says; title, notes, priority,
 * project (the inbox if that project was deleted) and duration from the series; the closed
 * occurrence's reminders (copyReminders). Null when the
 * task does not repeat or the rule has ended. Exactly once: the unique recurrence_previous_id
 * makes a second close of the same occurrence (another request, a reopen and complete) find the
 * one already made instead.
 */
export async function createNextOccurrence(tx: Tx, userId: string, closed: Task, now: Date): Promise<Task | null> {
  if (closed.recurrence_rule === null || closed.recurrence_series_id === null || closed.recurrence_anchor === null) return null;
  const existing = await findNextOccurrence(tx, closed.id);
  if (existing) return existing;
  const [series] = await tx<SeriesRow[]>`select * from public.task_series where id = ${closed.recurrence_series_id}`;
  if (!series) return null;
  const zone = await userTimeZone(tx, userId);
  const day = nextOccurrenceDate(
    { rrule: series.rrule, fromCompletion: series.from_completion, startsOn: series.starts_on },
    { anchor: closed.recurrence_anchor, today: calendarDay(now, zone) },
  );
  if (day === null) return null;
  const dates = occurrenceDates(day, seriesTiming(series), zone);
  const [created] = await tx`
    insert into public.tasks (
      user_id, project_id, title, notes, priority, duration_minutes, due_date, start_at, deadline,
      recurrence_rule, recurrence_from_completion, recurrence_series_id, recurrence_anchor, recurrence_previous_id, position
    )
    select ${userId},
      (select p.id from public.projects p where p.id = ${series.project_id} and p.deleted_at is null),
      ${series.title}, ${series.notes}, ${series.priority}, ${series.duration_minutes},
      ${dates.due_date}, ${dates.start_at}, ${dates.deadline},
      ${series.rrule}, ${series.from_completion}, ${series.id}, ${day}, ${closed.id},
      (select coalesce(max(t.position), 0) + 1 from public.tasks t where t.deleted_at is null)
    on conflict (recurrence_previous_id) where recurrence_previous_id is not null do nothing
    returning *`;
  if (!created) return findNextOccurrence(tx, closed.id);
  await copyReminders(tx, closed, created as Task, zone);
  return created as Task;
}

/**
 * Gives `next` the reminders `closed` had. Anchored ones (to the start or the due day) are copied
 * as they are, so they move with the task: the fire_at trigger computes their times from the new
 * occurrence. An absolute one keeps its wall-clock time on the person's clock, moved by as many
 * days as the due date moved (none is copied from an occurrence without a due date).
 */
async function copyReminders(tx: Tx, closed: Task, next: Task, zone: string): Promise<void> {
  await tx`
    insert into public.task_reminders (user_id, task_id, anchor, offset_minutes, days_before, local_time, at, channels)
    select r.user_id, ${next.id}, r.anchor, r.offset_minutes, r.days_before, r.local_time,
           case when r.anchor = 'absolute' then public.instant_of_wall_time(
             (r.at at time zone ${zone}) + make_interval(days => ${next.due_date}::date - ${closed.due_date}::date), ${zone}) end,
           r.channels
    from public.task_reminders r
    where r.task_id = ${closed.id} and (r.anchor <> 'absolute' or ${closed.due_date}::date is not null)
    order by r.created_at, r.id`;
}

function seriesTiming(series: SeriesRow): OccurrenceTiming {
  return {
    startTime: series.start_time === null ? null : series.start_time.slice(0, 5),
    startOffsetDays: series.start_offset_days,
    deadlineOffsetDays: series.deadline_offset_days,
  };
}

/** The day a task's rule starts from: its due date, else its start's day, else today. */
export function anchorOf(task: Pick<Task, 'due_date' | 'start_at'>, zone: string, now: Date): string {
  return task.due_date ?? (task.start_at ? calendarDay(new Date(task.start_at), zone) : calendarDay(now, zone));
}

/**
 * Makes `task` the first occurrence of a new series repeating by `recurrence`, copying its fields
 * into the series; a task without a due date gets its anchor day as one.
 */
export async function startSeries(tx: Tx, userId: string, task: Task, recurrence: Recurrence, now: Date): Promise<Task> {
  const zone = await userTimeZone(tx, userId);
  const anchor = anchorOf(task, zone, now);
  const timing = occurrenceTiming(anchor, { start_at: task.start_at, deadline: task.deadline }, zone);
  const [series] = await tx<{ id: string }[]>`
    insert into public.task_series ${tx({
      user_id: userId,
      rrule: recurrence.rrule,
      from_completion: recurrence.from_completion,
      starts_on: anchor,
      project_id: task.project_id,
      title: task.title,
      notes: task.notes,
      priority: task.priority,
      duration_minutes: task.duration_minutes,
      start_time: timing.startTime,
      start_offset_days: timing.startOffsetDays,
      deadline_offset_days: timing.deadlineOffsetDays,
    })}
    returning id`;
  const [updated] = await tx`
    update public.tasks
    set recurrence_rule = ${recurrence.rrule}, recurrence_from_completion = ${recurrence.from_completion},
        recurrence_series_id = ${series?.id ?? null}, recurrence_anchor = ${anchor}, due_date = coalesce(due_date, ${anchor}::date)
    where id = ${task.id}
    returning *`;
  return updated as Task;
}

const CONTENT_FIELDS = ['title', 'notes', 'priority', 'project_id', 'duration_minutes'] as const;
const DATE_FIELDS = ['due_date', 'start_at', 'deadline'] as const;

/**
 * Carries a "this and future" edit of `task` (already applied to its row) into its series:
 * title, notes, priority, project and duration into the series and into the series' open
 * occurrences anchored after this one; a new due date, start or deadline re-anchors the series on
 * this occurrence (the rule starts over from it: COUNT counts from here) with its new timing.
 */
export async function applyToFutureOccurrences(tx: Tx, userId: string, task: Task, patch: TaskPatch): Promise<Task> {
  if (task.recurrence_series_id === null || task.recurrence_rule === null) return task;
  const content = Object.fromEntries(CONTENT_FIELDS.filter((field) => patch[field] !== undefined).map((field) => [field, task[field]]));
  const seriesChanges: Record<string, unknown> = { ...content };
  let current = task;
  if (DATE_FIELDS.some((field) => patch[field] !== undefined)) {
    const zone = await userTimeZone(tx, userId);
    const anchor = task.due_date ?? task.recurrence_anchor ?? calendarDay(new Date(), zone);
    const timing = occurrenceTiming(anchor, { start_at: task.start_at, deadline: task.deadline }, zone);
    Object.assign(seriesChanges, {
      starts_on: anchor,
      start_time: timing.startTime,
      start_offset_days: timing.startOffsetDays,
      deadline_offset_days: timing.deadlineOffsetDays,
    });
    const [reanchored] = await tx`update public.tasks set recurrence_anchor = ${anchor} where id = ${task.id} returning *`;
    current = reanchored as Task;
  }
  if (Object.keys(seriesChanges).length > 0) {
    await tx`update public.task_series set ${tx(seriesChanges)} where id = ${task.recurrence_series_id}`;
  }
  if (Object.keys(content).length > 0) {
    await tx`
      update public.tasks set ${tx(content)}
      where recurrence_series_id = ${task.recurrence_series_id} and id <> ${task.id}
        and recurrence_anchor > ${current.recurrence_anchor} and deleted_at is null and status in ('todo', 'in_progress')`;
  }
  return current;
}

/**
 * A new repeat for `task` and its series from this occurrence on (null stops it repeating). The
 * rule starts over from this occurrence; open occurrences anchored after it follow the new rule.
 */
export async function changeRecurrence(tx: Tx, userId: string, task: Task, recurrence: Recurrence | null, now: Date): Promise<Task> {
  if (task.recurrence_series_id === null || (task.recurrence_rule === null && recurrence !== null)) {
    return recurrence === null ? task : startSeries(tx, userId, task, recurrence, now);
  }
  const laterOpen = tx`
    recurrence_series_id = ${task.recurrence_series_id} and deleted_at is null
    and (id = ${task.id} or (recurrence_anchor > ${task.recurrence_anchor} and status in ('todo', 'in_progress')))`;
  if (recurrence === null) {
    await tx`update public.tasks set recurrence_rule = null, recurrence_from_completion = null where ${laterOpen}`;
  } else {
    await tx`
      update public.task_series
      set rrule = ${recurrence.rrule}, from_completion = ${recurrence.from_completion}, starts_on = ${task.recurrence_anchor}
      where id = ${task.recurrence_series_id}`;
    await tx`
      update public.tasks set recurrence_rule = ${recurrence.rrule}, recurrence_from_completion = ${recurrence.from_completion}
      where ${laterOpen}`;
  }
  const [row] = await tx`select * from public.tasks where id = ${task.id}`;
  return row as Task;
}

export interface ClosedOccurrence {
  task: Task;
  /** The next occurrence: created by this close, or by an earlier close of the same occurrence. */
  next: Task | null;
  /** Whether this call closed it (false: it was closed already, by this or another request). */
  closedNow: boolean;
}

/**
 * Completes ('done') or skips ('cancelled') the user's live task `id`, creating the next
 * occurrence of a repeating one in the same transaction. The row lock orders two concurrent
 * closes: the second waits, then finds the task closed and creates nothing. Null when no such task.
 */
export async function closeOccurrence(
  tx: Tx,
  userId: string,
  id: string,
  status: 'done' | 'cancelled',
  now: Date,
): Promise<ClosedOccurrence | null> {
  const [before] = await tx`select * from public.tasks where id = ${id} and user_id = ${userId} and deleted_at is null for update`;
  if (!before) return null;
  if (!isOpenStatus((before as Task).status)) {
    return { task: before as Task, next: await findNextOccurrence(tx, id), closedNow: false };
  }
  const [closed] = await tx`update public.tasks set status = ${status} where id = ${id} returning *`;
  const task = closed as Task;
  return { task, next: await createNextOccurrence(tx, userId, task, now), closedNow: true };
}
