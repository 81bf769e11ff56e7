/** What the calendar grid shows in a day's hours. */
export type TimedItemKind = 'event' | 'busy' | 'task' | 'block';

export interface TimedItem {
  /** Unique on the page: 'event:<id>', 'busy:<n>', 'task:<id>', 'block:<id>'. */
  key: string;
  kind: TimedItemKind;
  /** The event's, task's or block's id; null for busy time, which has none. */
  id: string | null;
  /** The task a task or block item belongs to. */
  taskId: string | null;
  /** The event's or task's title; "Busy" for busy-only time. */
  title: string;
  /** The calendar's colour (events only). */
  color: string | null;
  /** Epoch ms. */
  start: number;
  end: number;
  /** Whether it takes the time (Google's transparency for events; always for tasks). */
  blocksTime: boolean;
}

/** An all-day event, busy-only day or a task due that day without a start time. */
export interface AllDayItem {
  key: string;
  kind: 'event' | 'busy' | 'due';
  id: string | null;
  title: string;
  color: string | null;
  /** 'YYYY-MM-DD', end exclusive. */
  startDate: string;
  endDate: string;
}

export const isTaskItem = (item: TimedItem) => item.kind === 'task' || item.kind === 'block';
