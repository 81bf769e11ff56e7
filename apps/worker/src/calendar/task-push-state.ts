import type { Tx } from '@ordo/supabase-client';

export interface PushTask {
  id: string;
  user_id: string;
  title: string;
  start_at: Date | null;
  duration_minutes: number | null;
  status: 'todo' | 'in_progress' | 'done' | 'cancelled';
  deleted_at: Date | null;
  updated_at: Date;
  timezone: string;
}

export interface PushBlock {
  id: string;
  start_at: Date;
  end_at: Date;
  updated_at: Date;
}

/** A row of task_event_links, with the Google id of its calendar. */
export interface TaskEventLink {
  id: string;
  user_id: string;
  task_id: string;
  block_id: string | null;
  calendar_id: string;
  google_calendar_id: string;
  google_event_id: string;
  pushed_start_at: Date;
  pushed_end_at: Date;
  pushed_title: string;
  etag: string | null;
  google_updated_at: Date | null;
  pushed_task_updated_at: Date;
}

export interface TaskCalendar {
  id: string;
  google_calendar_id: string;
}

/** Everything a push decides from: the task as it is now, its blocks, its events, where they go. */
export interface TaskPushState {
  /** The owner (from the task, or from its links once the task is gone); null: nothing to do. */
  userId: string | null;
  task: PushTask | null;
  blocks: PushBlock[];
  links: TaskEventLink[];
  /** The person's connection, whatever its status (null: never connected). */
  connection: { id: string; active: boolean } | null;
  /** The calendar tasks go to, when the person chose one. */
  target: TaskCalendar | null;
}

export async function readTaskPushState(tx: Tx, taskId: string): Promise<TaskPushState> {
  const [[task], blocks, links] = await Promise.all([
    tx<PushTask[]>`
      select t.id, t.user_id, t.title, t.start_at, t.duration_minutes, t.status, t.deleted_at, t.updated_at, u.timezone
      from public.tasks t join public.users u on u.id = t.user_id
      where t.id = ${taskId}`,
    tx<PushBlock[]>`select id, start_at, end_at, updated_at from public.task_blocks where task_id = ${taskId} order by start_at, id`,
    readTaskEventLinks(tx, taskId),
  ]);
  const userId = task?.user_id ?? links[0]?.user_id ?? null;
  if (userId === null) return { userId, task: null, blocks: [], links: [], connection: null, target: null };
  const [[connection], [target]] = await Promise.all([
    tx<{ id: string; active: boolean }[]>`
      select id, status = 'active' as active from public.google_connections where user_id = ${userId}`,
    tx<TaskCalendar[]>`
      select id, google_calendar_id from public.calendars where user_id = ${userId} and is_task_target`,
  ]);
  return { userId, task: task ?? null, blocks, links, connection: connection ?? null, target: target ?? null };
}

export function readTaskEventLinks(tx: Tx, taskId: string): Promise<TaskEventLink[]> {
  return tx<TaskEventLink[]>`
    select l.id, l.user_id, l.task_id, l.block_id, l.calendar_id, c.google_calendar_id, l.google_event_id,
      l.pushed_start_at, l.pushed_end_at, l.pushed_title, l.etag, l.google_updated_at, l.pushed_task_updated_at
    from public.task_event_links l join public.calendars c on c.id = l.calendar_id
    where l.task_id = ${taskId}
    order by l.pushed_start_at, l.id`;
}
