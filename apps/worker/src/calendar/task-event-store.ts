import type { Tx } from '@ordo/supabase-client';
import type { GoogleEventAnswer } from './google-event-calls.ts';
import type { DesiredEvent } from './task-event-plan.ts';
import type { TaskCalendar, TaskEventLink } from './task-push-state.ts';

export interface StoredTaskEvent {
  userId: string;
  taskId: string;
  calendar: TaskCalendar;
  desired: DesiredEvent;
  answer: GoogleEventAnswer;
  timeZone: string;
}

/**
 * Records what Google answered to a push, in the push's transaction: the link (what was pushed and
 * the etag it got) and the synced copy with the same etag and `updated`, so the next sync sees its
 * own write and leaves the task alone.
 */
export async function storeTaskEvent(tx: Tx, stored: StoredTaskEvent): Promise<void> {
  const { userId, taskId, calendar, desired, answer, timeZone } = stored;
  const startAt = new Date(answer.start.dateTime);
  const endAt = new Date(answer.end.dateTime);
  const updatedAt = new Date(answer.updated);
  await tx`
    insert into public.task_event_links (user_id, task_id, block_id, calendar_id, google_event_id, pushed_start_at, pushed_end_at,
      pushed_title, etag, google_updated_at, pushed_task_updated_at)
    values (${userId}, ${taskId}, ${desired.blockId}, ${calendar.id}, ${answer.id}, ${desired.startAt}, ${desired.endAt},
      ${desired.title}, ${answer.etag}, ${updatedAt}, ${desired.sourceUpdatedAt})
    on conflict (calendar_id, google_event_id) do update set
      task_id = excluded.task_id, block_id = excluded.block_id, pushed_start_at = excluded.pushed_start_at,
      pushed_end_at = excluded.pushed_end_at, pushed_title = excluded.pushed_title, etag = excluded.etag,
      google_updated_at = excluded.google_updated_at, pushed_task_updated_at = excluded.pushed_task_updated_at`;
  await tx`
    insert into public.calendar_events (user_id, calendar_id, google_event_id, ical_uid, status, title, html_link, all_day,
      start_at, end_at, time_zone, busy, task_id, etag, google_updated_at)
    values (${userId}, ${calendar.id}, ${answer.id}, ${answer.iCalUID ?? null}, ${answer.status === 'tentative' ? 'tentative' : 'confirmed'},
      ${answer.summary ?? null}, ${answer.htmlLink ?? null}, false, ${startAt}, ${endAt}, ${timeZone}, true, ${taskId},
      ${answer.etag}, ${updatedAt})
    on conflict (calendar_id, google_event_id) do update set
      ical_uid = excluded.ical_uid, status = excluded.status, title = excluded.title, html_link = excluded.html_link,
      all_day = false, start_at = excluded.start_at, end_at = excluded.end_at, start_date = null, end_date = null,
      time_zone = excluded.time_zone, busy = true, task_id = excluded.task_id, etag = excluded.etag,
      google_updated_at = excluded.google_updated_at`;
}

/** Forgets an event Ordo deleted (or found gone): its link and its synced copy. */
export async function dropTaskEvent(tx: Tx, link: Pick<TaskEventLink, 'id' | 'calendar_id' | 'google_event_id'>): Promise<void> {
  await tx`delete from public.task_event_links where id = ${link.id}`;
  await tx`delete from public.calendar_events where calendar_id = ${link.calendar_id} and google_event_id = ${link.google_event_id}`;
}
