import { addDays, calendarDay, SCHEDULED_TASK_DEFAULT_MINUTES, scheduledTaskEnd } from '@ordo/shared-types';
import type { Db } from '@ordo/supabase-client';
import type { FeedEvent } from './feed-calendar.ts';

/** How far back and ahead the feed reaches, and how many events it carries at most. */
export const FEED_PAST_DAYS = 90;
export const FEED_FUTURE_DAYS = 365;
export const FEED_EVENTS_MAX = 5000;

const DAY_MS = 86_400_000;
const OPEN = ['todo', 'in_progress'];

interface TaskRow {
  id: string;
  title: string;
  start_at: Date | null;
  duration_minutes: number | null;
  due_date: string | null;
  updated_at: Date;
}

interface BlockRow {
  id: string;
  task_id: string;
  title: string;
  start_at: Date;
  end_at: Date;
  updated_at: Date;
  part: number;
  parts: number;
}

/**
 * The person's open tasks as feed events, read as them (RLS): a scheduled task is a timed event,
 * or one per block when auto-scheduling split it; a task with a due date and no start is an
 * all-day event on that date. Done, cancelled and deleted tasks are left out (a client then
 * removes them). UIDs use `at.uidHost` (PUBLIC_APP_URL's host), so they stay the same whatever
 * address fetched the feed; event URLs use `at.origin`, the address links should use.
 */
export async function readFeedEvents(
  db: Db,
  user: { id: string; timezone: string },
  at: { uidHost: string; origin: string },
  now: Date,
): Promise<FeedEvent[]> {
  const from = new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS);
  const to = new Date(now.getTime() + FEED_FUTURE_DAYS * DAY_MS);
  const today = calendarDay(now, user.timezone);
  const [tasks, blocks] = await db.readAsUser(user.id, (tx) => [
    tx<TaskRow[]>`
      select t.id, t.title, t.start_at, t.duration_minutes, t.due_date::text, t.updated_at
      from public.tasks t
      where t.deleted_at is null and t.status = any(${OPEN})
        and not exists (select 1 from public.task_blocks b where b.task_id = t.id)
        and (
          (t.start_at is not null and t.start_at >= ${from} - make_interval(mins => coalesce(t.duration_minutes, ${SCHEDULED_TASK_DEFAULT_MINUTES})) and t.start_at < ${to})
          or (t.start_at is null and t.due_date between ${addDays(today, -FEED_PAST_DAYS)}::date and ${addDays(today, FEED_FUTURE_DAYS)}::date)
        )
      order by coalesce(t.start_at, t.due_date::timestamptz), t.id
      limit ${FEED_EVENTS_MAX}
    `,
    tx<BlockRow[]>`
      select * from (
        select b.id, b.task_id, t.title, b.start_at, b.end_at, greatest(b.updated_at, t.updated_at) as updated_at,
               (row_number() over w)::int as part, (count(*) over (partition by b.task_id))::int as parts
        from public.task_blocks b
        join public.tasks t on t.id = b.task_id
        where t.deleted_at is null and t.status = any(${OPEN})
        window w as (partition by b.task_id order by b.start_at, b.id)
      ) numbered
      where start_at < ${to} and end_at > ${from}
      order by start_at, id
      limit ${FEED_EVENTS_MAX}
    `,
  ] as const);

  const host = at.uidHost;
  const taskUrl = (id: string) => `${at.origin}/tasks/${id}`;
  const events: FeedEvent[] = [];
  for (const task of tasks) {
    const common = { uid: `task-${task.id}@${host}`, summary: task.title, url: taskUrl(task.id), updatedAt: task.updated_at };
    if (task.start_at) events.push({ ...common, start: task.start_at, end: scheduledTaskEnd(task.start_at, task.duration_minutes) });
    else if (task.due_date) events.push({ ...common, date: task.due_date });
  }
  for (const block of blocks) {
    events.push({
      uid: `block-${block.id}@${host}`,
      summary: block.parts > 1 ? `${block.title} (${block.part}/${block.parts})` : block.title,
      url: taskUrl(block.task_id),
      updatedAt: block.updated_at,
      start: block.start_at,
      end: block.end_at,
    });
  }
  return events.slice(0, FEED_EVENTS_MAX);
}
