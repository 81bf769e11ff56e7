import { instantOfWallTime, parseDate, wallTimeAt } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { asChangeFromGoogle } from './change-origin.ts';
import { lockTaskEvents } from './task-event-lock.ts';
import { DEFAULT_EVENT_MINUTES } from './task-event-plan.ts';

/** A stored (calendar_events) row of an event that changed in Google and stands for a task. */
export interface ChangedTaskEvent {
  id: string;
  google_event_id: string;
  task_id: string;
  start_at: Date | null;
  end_at: Date | null;
  all_day: boolean;
  start_date: string | null;
  end_date: string | null;
  etag: string | null;
  google_updated_at: Date | null;
  status: 'confirmed' | 'tentative';
}

/** An event of a task that was deleted in Google. */
export interface RemovedTaskEvent {
  google_event_id: string;
  task_id: string;
}

export interface ReconcileTaskEventsInput {
  userId: string;
  /** calendars.id of the synced calendar. */
  calendarId: string;
  changed: readonly ChangedTaskEvent[];
  removed: readonly RemovedTaskEvent[];
}

interface Placement {
  start_at: Date;
  end_at: Date;
}

interface LinkRow {
  id: string;
  task_id: string;
  block_id: string | null;
  google_event_id: string;
  pushed_start_at: Date;
  pushed_end_at: Date;
  etag: string | null;
}

interface TaskRow {
  id: string;
  title: string;
  start_at: Date | null;
  duration_minutes: number | null;
  deleted_at: Date | null;
  updated_at: Date;
  timezone: string;
}

interface BlockRow {
  id: string;
  start_at: Date;
  end_at: Date;
  updated_at: Date;
}

const MAX_MINUTES = 1440;

/**
 * Applies changes made in Google to the tasks whose events they are, inside the sync's transaction
 * (after it stored the changed events). Per event, against its link (what Ordo last pushed):
 *
 * - same etag as the link: Ordo's own write coming back; nothing to do.
 * - Google's placement equals the task's (or block's) current one: the two agree; the link takes the new etag.
 * - the task's placement is still what Ordo last pushed: the change is Google's alone; the task (or
 *   block) moves to it, with a 'moved_in_google' history row holding where it was.
 * - both changed since the last push: the most recent change wins, comparing the event's `updated`
 *   with the task's updated_at (for a block, the later of task's and block's). The losing version
 *   goes to task_history as 'conflict_lost'. If Ordo's won, a push overwrites Google.
 * - only the title or description changed in Google: the task keeps its title (Ordo owns it); the
 *   link takes the new etag.
 * - an all-day event: the task keeps its time of day and moves to the event's first day, and a
 *   push makes the event timed again (tasks are placed at a time).
 *
 * A deleted event unschedules its task (start_at cleared, all blocks deleted; a push then deletes
 * the task's other events) with an 'unscheduled_in_google' row, unless the task's placement changed
 * in Ordo since the last push: that change is newer than anything Google reported, so the event
 * is created again (the deletion is kept as 'conflict_lost').
 *
 * Writes to tasks and blocks carry the Google change origin, so they are not pushed back. Takes
 * each task's event lock (in task id order), so it waits for a push of the same task in flight.
 */
export async function reconcileTaskEvents(tx: Tx, { userId, calendarId, changed, removed }: ReconcileTaskEventsInput): Promise<void> {
  const taskIds = [...new Set([...changed, ...removed].map((event) => event.task_id))].sort();
  for (const taskId of taskIds) await lockTaskEvents(tx, taskId);
  for (const event of changed) await reconcileChanged(tx, userId, calendarId, event);
  for (const event of removed) await reconcileRemoved(tx, userId, calendarId, event);
}

async function findLink(tx: Tx, userId: string, calendarId: string, googleEventId: string): Promise<LinkRow | undefined> {
  const [link] = await tx<LinkRow[]>`
    select id, task_id, block_id, google_event_id, pushed_start_at, pushed_end_at, etag
    from public.task_event_links
    where calendar_id = ${calendarId} and google_event_id = ${googleEventId} and user_id = ${userId}
    for update`;
  return link;
}

async function findTask(tx: Tx, taskId: string): Promise<TaskRow | undefined> {
  const [task] = await tx<TaskRow[]>`
    select t.id, t.title, t.start_at, t.duration_minutes, t.deleted_at, t.updated_at, u.timezone
    from public.tasks t join public.users u on u.id = t.user_id
    where t.id = ${taskId}
    for no key update of t`;
  return task;
}

async function findBlock(tx: Tx, blockId: string): Promise<BlockRow | undefined> {
  const [block] = await tx<BlockRow[]>`select id, start_at, end_at, updated_at from public.task_blocks where id = ${blockId} for update`;
  return block;
}

const same = (a: Placement | null, b: Placement | null) =>
  a === null || b === null ? a === b : a.start_at.getTime() === b.start_at.getTime() && a.end_at.getTime() === b.end_at.getTime();

function taskPlacement(task: TaskRow): Placement | null {
  if (task.start_at === null) return null;
  const minutes = task.duration_minutes ?? DEFAULT_EVENT_MINUTES;
  return { start_at: task.start_at, end_at: new Date(task.start_at.getTime() + minutes * 60_000) };
}

function version(placement: Placement | null, task: TaskRow, extra: Record<string, unknown> = {}) {
  return {
    title: task.title,
    start_at: placement?.start_at.toISOString() ?? null,
    end_at: placement?.end_at.toISOString() ?? null,
    duration_minutes: placement ? Math.round((placement.end_at.getTime() - placement.start_at.getTime()) / 60_000) : null,
    ...extra,
  };
}

/**
 * Where Google's event puts the task. An all-day event keeps the time of day the task had (`from`)
 * on the event's first day, in the person's zone; `allDay` is then its span, which is what Google has.
 */
function googlePlacement(event: ChangedTaskEvent, from: Placement | null, zone: string): { placement: Placement; inGoogle: Placement } | null {
  if (!event.all_day) {
    if (!event.start_at || !event.end_at) return null;
    const placement = { start_at: event.start_at, end_at: event.end_at };
    return { placement, inGoogle: placement };
  }
  if (!event.start_date || !event.end_date) return null;
  const minutes = from ? (from.end_at.getTime() - from.start_at.getTime()) / 60_000 : DEFAULT_EVENT_MINUTES;
  const time = from ? wallTimeAt(from.start_at, zone) : { hour: 9, minute: 0 };
  const start = instantOfWallTime({ ...parseDate(event.start_date), hour: time.hour, minute: time.minute }, zone);
  return {
    placement: { start_at: start, end_at: new Date(start.getTime() + minutes * 60_000) },
    inGoogle: {
      start_at: instantOfWallTime({ ...parseDate(event.start_date), hour: 0, minute: 0 }, zone),
      end_at: instantOfWallTime({ ...parseDate(event.end_date), hour: 0, minute: 0 }, zone),
    },
  };
}

async function reconcileChanged(tx: Tx, userId: string, calendarId: string, event: ChangedTaskEvent): Promise<void> {
  const link = await findLink(tx, userId, calendarId, event.google_event_id);
  if (!link || (event.etag !== null && event.etag === link.etag)) return;
  const task = await findTask(tx, link.task_id);
  // A deleted task's events are the push's to delete; Google cannot bring the task back.
  if (!task || task.deleted_at !== null) return;
  const block = link.block_id === null ? null : ((await findBlock(tx, link.block_id)) ?? null);
  // A block deleted in Ordo: its event is being deleted by the push.
  if (link.block_id !== null && !block) return;
  const ordo: Placement | null = block ? { start_at: block.start_at, end_at: block.end_at } : taskPlacement(task);
  const pushed: Placement = { start_at: link.pushed_start_at, end_at: link.pushed_end_at };
  const google = googlePlacement(event, ordo ?? pushed, task.timezone);
  if (!google) return;
  const restoreTimed = event.all_day;

  const adoptEtag = (inGoogle: Placement) => tx`
    update public.task_event_links
    set etag = ${event.etag}, google_updated_at = ${event.google_updated_at},
      pushed_start_at = ${inGoogle.start_at}, pushed_end_at = ${inGoogle.end_at}
    where id = ${link.id}`;

  if (same(google.placement, ordo) || same(google.placement, pushed)) {
    // In agreement, or nothing about the placement changed in Google (a title edit): Ordo's
    // version stands; an all-day event is made timed again.
    await adoptEtag(google.inGoogle);
    if (restoreTimed || !same(ordo, google.inGoogle)) await enqueuePush(tx, userId, task.id);
    return;
  }
  const ordoChanged = !same(ordo, pushed);
  const ordoAt = block && block.updated_at > task.updated_at ? block.updated_at : task.updated_at;
  const googleAt = event.google_updated_at ?? new Date();
  if (ordoChanged && ordoAt >= googleAt) {
    await recordHistory(tx, userId, task.id, googleAt, 'google', 'conflict_lost', version(google.placement, task, event.all_day ? { all_day: true } : {}));
    await adoptEtag(google.inGoogle);
    await enqueuePush(tx, userId, task.id);
    return;
  }
  const kind = ordoChanged ? 'conflict_lost' : 'moved_in_google';
  await recordHistory(tx, userId, task.id, googleAt, ordoChanged ? 'ordo' : 'google', kind, version(ordo, task));
  const clamped = await moveTo(tx, task, block, google.placement);
  const [after] = await tx<{ updated_at: Date }[]>`select updated_at from public.tasks where id = ${task.id}`;
  await tx`
    update public.task_event_links
    set etag = ${event.etag}, google_updated_at = ${event.google_updated_at}, pushed_start_at = ${google.inGoogle.start_at},
      pushed_end_at = ${google.inGoogle.end_at}, pushed_task_updated_at = ${after?.updated_at ?? task.updated_at}
    where id = ${link.id}`;
  if (restoreTimed || clamped) await enqueuePush(tx, userId, task.id);
}

/** Moves the task (or block) to Google's placement; true when it had to be shortened to fit Ordo's limits. */
async function moveTo(tx: Tx, task: TaskRow, block: BlockRow | null, placement: Placement): Promise<boolean> {
  const minutes = Math.round((placement.end_at.getTime() - placement.start_at.getTime()) / 60_000);
  const fitted = Math.min(Math.max(minutes, 1), MAX_MINUTES);
  return asChangeFromGoogle(tx, async () => {
    if (block) {
      await tx`
        update public.task_blocks set start_at = ${placement.start_at}, end_at = ${new Date(placement.start_at.getTime() + fitted * 60_000)}
        where id = ${block.id}`;
      // A task with blocks starts when its first block does.
      await tx`
        update public.tasks t set start_at = first.start_at
        from (select min(start_at) as start_at from public.task_blocks where task_id = ${task.id}) first
        where t.id = ${task.id} and t.start_at is distinct from first.start_at`;
    } else {
      const duration = fitted === (task.duration_minutes ?? DEFAULT_EVENT_MINUTES) ? task.duration_minutes : fitted;
      await tx`update public.tasks set start_at = ${placement.start_at}, duration_minutes = ${duration} where id = ${task.id}`;
    }
    return fitted !== minutes;
  });
}

async function reconcileRemoved(tx: Tx, userId: string, calendarId: string, event: RemovedTaskEvent): Promise<void> {
  const link = await findLink(tx, userId, calendarId, event.google_event_id);
  if (!link) return;
  const task = await findTask(tx, link.task_id);
  const dropLink = () => tx`delete from public.task_event_links where id = ${link.id}`;
  if (!task || task.deleted_at !== null) return void (await dropLink());
  const block = link.block_id === null ? null : await findBlock(tx, link.block_id);
  if (link.block_id !== null && !block) return void (await dropLink());
  const ordo = block ? { start_at: block.start_at, end_at: block.end_at } : taskPlacement(task);
  const pushed = { start_at: link.pushed_start_at, end_at: link.pushed_end_at };
  await dropLink();
  const now = new Date();
  if (!same(ordo, pushed)) {
    // Changed in Ordo since the last push: the task keeps its time and its event comes back.
    await recordHistory(tx, userId, task.id, now, 'google', 'conflict_lost', { ...version(pushed, task), deleted: true });
    await enqueuePush(tx, userId, task.id);
    return;
  }
  const blocks = await tx<BlockRow[]>`select id, start_at, end_at, updated_at from public.task_blocks where task_id = ${task.id} order by start_at`;
  const previous = version(taskPlacement(task), task, blocks.length > 0 ? { blocks: blocks.map((b) => version(b, task)) } : {});
  await recordHistory(tx, userId, task.id, now, 'google', 'unscheduled_in_google', previous);
  await asChangeFromGoogle(tx, async () => {
    await tx`delete from public.task_blocks where task_id = ${task.id}`;
    await tx`update public.tasks set start_at = null where id = ${task.id}`;
  });
  // The task's other events (one per block) go too.
  const [others] = await tx`select 1 from public.task_event_links where task_id = ${task.id} limit 1`;
  if (others) await enqueuePush(tx, userId, task.id);
}

async function recordHistory(
  tx: Tx,
  userId: string,
  taskId: string,
  at: Date,
  source: 'google' | 'ordo',
  kind: 'moved_in_google' | 'unscheduled_in_google' | 'conflict_lost',
  previous: Record<string, unknown>,
): Promise<void> {
  await tx`
    insert into public.task_history (user_id, task_id, at, source, kind, version)
    values (${userId}, ${taskId}, ${at}, ${source}, ${kind}, ${tx.json(previous as never)})`;
}

async function enqueuePush(tx: Tx, userId: string, taskId: string): Promise<void> {
  await tx`select public.enqueue_calendar_push(${userId}, ${taskId})`;
}
