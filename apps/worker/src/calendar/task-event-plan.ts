import type { TaskCalendar, TaskEventLink, TaskPushState } from './task-push-state.ts';

/** A task without a duration takes this long in the calendar. */
export const DEFAULT_EVENT_MINUTES = 30;

/** One event the task should have: for the task itself (blockId null) or for one of its blocks. */
export interface DesiredEvent {
  blockId: string | null;
  startAt: Date;
  endAt: Date;
  title: string;
  /** The updated_at this state of Ordo's carries (for a block, the later of task's and block's). */
  sourceUpdatedAt: Date;
}

export type EventChange = Partial<Pick<DesiredEvent, 'title'>> & { times?: true };

export type EventAction =
  | { kind: 'insert'; desired: DesiredEvent; calendar: TaskCalendar }
  | { kind: 'patch'; desired: DesiredEvent; link: TaskEventLink; change: EventChange }
  | { kind: 'delete'; link: TaskEventLink };

/**
 * The events the task should have now: one per block, or one for the task when it has no blocks;
 * none when it is deleted, cancelled, not scheduled, or there is no task calendar. 'keep' for a
 * finished task: its events stay as they are, a record of when the work was done.
 */
export function desiredEvents(state: TaskPushState): DesiredEvent[] | 'keep' {
  const { task, blocks, target } = state;
  if (!task || task.deleted_at !== null || task.status === 'cancelled' || task.start_at === null) return [];
  if (task.status === 'done') return 'keep';
  if (!target) return [];
  if (blocks.length > 0) {
    return blocks.map((block) => ({
      blockId: block.id,
      startAt: block.start_at,
      endAt: block.end_at,
      title: task.title,
      sourceUpdatedAt: new Date(Math.max(block.updated_at.getTime(), task.updated_at.getTime())),
    }));
  }
  const minutes = task.duration_minutes ?? DEFAULT_EVENT_MINUTES;
  return [
    {
      blockId: null,
      startAt: task.start_at,
      endAt: new Date(task.start_at.getTime() + minutes * 60_000),
      title: task.title,
      sourceUpdatedAt: task.updated_at,
    },
  ];
}

/**
 * What to ask Google so its events match `desired`: insert where there is no link, patch only what
 * changed since the last push (nothing when nothing did), delete events no longer wanted, and move
 * (delete, then insert) events whose calendar is no longer the task calendar.
 */
export function planEventActions(state: TaskPushState, desired: DesiredEvent[]): EventAction[] {
  const linkBySlot = new Map(state.links.map((link) => [link.block_id ?? '', link]));
  const wanted = new Set(desired.map((event) => event.blockId ?? ''));
  const actions: EventAction[] = state.links.filter((link) => !wanted.has(link.block_id ?? '')).map((link) => ({ kind: 'delete', link }));
  for (const event of desired) {
    const link = linkBySlot.get(event.blockId ?? '');
    const calendar = state.target as TaskCalendar;
    if (!link) {
      actions.push({ kind: 'insert', desired: event, calendar });
    } else if (link.calendar_id !== calendar.id) {
      actions.push({ kind: 'delete', link }, { kind: 'insert', desired: event, calendar });
    } else {
      const change = eventChange(link, event);
      if (change) actions.push({ kind: 'patch', desired: event, link, change });
    }
  }
  return actions;
}

function eventChange(link: TaskEventLink, event: DesiredEvent): EventChange | null {
  const change: EventChange = {};
  if (link.pushed_title !== event.title) change.title = event.title;
  if (link.pushed_start_at.getTime() !== event.startAt.getTime() || link.pushed_end_at.getTime() !== event.endAt.getTime()) change.times = true;
  return Object.keys(change).length > 0 ? change : null;
}
