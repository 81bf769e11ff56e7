import { addDays, SCHEDULED_TASK_DEFAULT_MINUTES } from '@ordo/shared-types';
import type { Db } from '@ordo/supabase-client';
import type { AllDayItem, TimedItem } from '$lib/calendar/calendar-item.ts';
import { type BusyInterval, busyOnlyTime } from './busy-time.ts';

// Open tasks only: done and cancelled ones no longer take time.
const OPEN = ['todo', 'in_progress'];
// Calendar colours go into a style attribute: only a hex colour gets there.
const HEX_COLOR = /^#[0-9a-f]{3,8}$/i;
const safeColor = (color: string | null) => (color && HEX_COLOR.test(color) ? color : null);

export interface CalendarWeek {
  /** Whether a Google account is connected for calendar access (else the page says how to). */
  connected: boolean;
  timed: TimedItem[];
  allDay: AllDayItem[];
}

interface EventRow {
  id: string;
  title: string | null;
  all_day: boolean;
  start_at: Date | null;
  end_at: Date | null;
  start_date: string | null;
  end_date: string | null;
  busy: boolean;
  color: string | null;
}

interface TaskRow {
  id: string;
  title: string;
  start_at: Date;
  duration_minutes: number | null;
}

interface BlockRow {
  id: string;
  task_id: string;
  title: string;
  start_at: Date;
  end_at: Date;
}

/**
 * What the calendar shows from `from` to `to` (instants) for the days `firstDay`…`lastDay`, read
 * as the person in one transaction: events of shown calendars (RLS hides the rest), busy time of
 * busy-only calendars through calendar_busy_intervals() (no titles), open scheduled tasks (one
 * item, or one per block when auto-scheduling split them) and open tasks due those days with no
 * start. Google's copies of Ordo's own tasks are left out: the task itself is shown.
 */
export async function loadCalendarWeek(
  db: Db,
  userId: string,
  window: { from: Date; to: Date; firstDay: string; lastDay: string },
): Promise<CalendarWeek> {
  const { from, to, firstDay, lastDay } = window;
  const dayAfter = addDays(lastDay, 1);
  const [connections, events, busy, tasks, blocks, due] = await db.readAsUser(userId, (tx) => [
    tx<{ status: string }[]>`select status from public.google_connections where status = 'active'`,
    tx<EventRow[]>`
      select e.id, e.title, e.all_day, e.start_at, e.end_at, e.start_date::text, e.end_date::text, e.busy, c.color
      from public.calendar_events e
      join public.calendars c on c.id = e.calendar_id
      where e.task_id is null
        and ((not e.all_day and e.start_at < ${to} and e.end_at >= ${from})
          or (e.all_day and e.start_date < ${dayAfter}::date and e.end_date > ${firstDay}::date))
      order by e.start_at, e.start_date, e.id
    `,
    tx<BusyInterval[]>`
      select start_at, end_at, start_date::text, end_date::text, all_day
      from public.calendar_busy_intervals(${from}, ${to})
    `,
    tx<TaskRow[]>`
      select t.id, t.title, t.start_at, t.duration_minutes
      from public.tasks t
      where t.deleted_at is null and t.status = any(${OPEN}) and t.start_at is not null
        and t.start_at < ${to}
        and t.start_at + make_interval(mins => coalesce(t.duration_minutes, ${SCHEDULED_TASK_DEFAULT_MINUTES})) > ${from}
        and not exists (select 1 from public.task_blocks b where b.task_id = t.id)
      order by t.start_at, t.id
    `,
    tx<BlockRow[]>`
      select b.id, b.task_id, t.title, b.start_at, b.end_at
      from public.task_blocks b
      join public.tasks t on t.id = b.task_id
      where t.deleted_at is null and t.status = any(${OPEN}) and b.start_at < ${to} and b.end_at > ${from}
      order by b.start_at, b.id
    `,
    tx<{ id: string; title: string; due_date: string }[]>`
      select id, title, due_date::text
      from public.tasks
      where deleted_at is null and status = any(${OPEN}) and start_at is null
        and due_date >= ${firstDay}::date and due_date <= ${lastDay}::date
      order by due_date, position, id
    `,
  ] as const);

  const timed: TimedItem[] = [];
  const allDay: AllDayItem[] = [];
  for (const event of events) {
    const title = event.title?.trim() || '(No title)';
    if (event.all_day && event.start_date && event.end_date) {
      allDay.push({ key: `event:${event.id}`, kind: 'event', id: event.id, title, color: safeColor(event.color), startDate: event.start_date, endDate: event.end_date });
    } else if (event.start_at && event.end_at) {
      timed.push({
        key: `event:${event.id}`,
        kind: 'event',
        id: event.id,
        taskId: null,
        title,
        color: safeColor(event.color),
        start: event.start_at.getTime(),
        end: event.end_at.getTime(),
        blocksTime: event.busy,
      });
    }
  }
  // Busy time shown as events above, or as tasks below (their Google copies), is not drawn again.
  const taskItems: TimedItem[] = [
    ...tasks.map((task) => {
      const start = task.start_at.getTime();
      return {
        key: `task:${task.id}`,
        kind: 'task' as const,
        id: task.id,
        taskId: task.id,
        title: task.title,
        color: null,
        start,
        end: start + (task.duration_minutes ?? SCHEDULED_TASK_DEFAULT_MINUTES) * 60_000,
        blocksTime: true,
      };
    }),
    ...blocks.map((block) => ({
      key: `block:${block.id}`,
      kind: 'block' as const,
      id: block.id,
      taskId: block.task_id,
      title: block.title,
      color: null,
      start: block.start_at.getTime(),
      end: block.end_at.getTime(),
      blocksTime: true,
    })),
  ];
  const busyOnly = busyOnlyTime(
    busy,
    [...timed.filter((item) => item.blocksTime), ...taskItems],
    allDay.map((item) => ({ startDate: item.startDate, endDate: item.endDate })),
  );
  for (const task of due) {
    allDay.push({ key: `due:${task.id}`, kind: 'due', id: task.id, title: task.title, color: null, startDate: task.due_date, endDate: addDays(task.due_date, 1) });
  }
  return {
    connected: connections.length > 0,
    timed: [...timed, ...busyOnly.timed, ...taskItems],
    allDay: [...allDay, ...busyOnly.allDay],
  };
}
