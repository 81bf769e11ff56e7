import { addDays, calendarDay, instantOfLocalDateTime, instantOfWallTime, parseDate, TASK_BLOCK_MAX_MINUTES, wallTimeAt } from '@ordo/shared-types';
import type { DayColumn } from './day-column.ts';

/** Drags, arrow keys and resizes move by this many minutes. */
export const SNAP_MINUTES = 15;
const MINUTE_MS = 60_000;

/** A scheduled task's or block's time, epoch ms. */
export interface Span {
  start: number;
  end: number;
}

const lengthOf = (span: Span) => span.end - span.start;

/** `minute` (elapsed in the day) to the nearest snap mark. */
export function snapMinute(minute: number): number {
  return Math.round(minute / SNAP_MINUTES) * SNAP_MINUTES;
}

/**
 * The span moved to start at `minute` (elapsed, from a drop's position) of `column`, same length,
 * snapped and kept within the day so that it starts on it.
 */
export function dropAt(span: Span, column: DayColumn, minute: number): Span {
  const snapped = Math.min(Math.max(snapMinute(minute), 0), column.minutes - SNAP_MINUTES);
  const start = column.start + snapped * MINUTE_MS;
  return { start, end: start + lengthOf(span) };
}

/** Moved by `minutes` of elapsed time (arrow up/down). */
export function moveByMinutes(span: Span, minutes: number): Span {
  return { start: span.start + minutes * MINUTE_MS, end: span.end + minutes * MINUTE_MS };
}

/**
 * Moved `days` days at the same wall-clock time in `zone` (arrow left/right): 09:00 stays 09:00
 * across a change of clocks, and the length stays what it was.
 */
export function moveByDays(span: Span, days: number, zone: string): Span {
  const wall = wallTimeAt(new Date(span.start), zone);
  const date = addDays(calendarDay(new Date(span.start), zone), days);
  const start = instantOfWallTime({ ...parseDate(date), hour: wall.hour, minute: wall.minute }, zone).getTime();
  return { start, end: start + lengthOf(span) };
}

/** Longer or shorter by `minutes`, never under one snap step nor over a block's longest. */
export function resizeBy(span: Span, minutes: number): Span {
  const length = Math.min(Math.max(lengthOf(span) + minutes * MINUTE_MS, SNAP_MINUTES * MINUTE_MS), TASK_BLOCK_MAX_MINUTES * MINUTE_MS);
  return { start: span.start, end: span.start + length };
}

/** The end, when dragging the bottom edge to `minute` of the start's column: snapped, at least one step long. */
export function resizeTo(span: Span, column: DayColumn, minute: number): Span {
  const end = column.start + snapMinute(minute) * MINUTE_MS;
  return resizeBy(span, (end - span.end) / MINUTE_MS);
}

/** The form's values for a span: date, start time ('HH:MM') and duration in minutes, in `zone`. */
export function spanFormValues(span: Span, zone: string): { date: string; time: string; duration: number } {
  const wall = wallTimeAt(new Date(span.start), zone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return { date: calendarDay(new Date(span.start), zone), time: `${pad(wall.hour)}:${pad(wall.minute)}`, duration: Math.round(lengthOf(span) / MINUTE_MS) };
}

/** The span the form names in `zone`, or which field is wrong. */
export function spanFromForm(
  values: { date: string; time: string; duration: number },
  zone: string,
): { span: Span } | { field: 'date' | 'time' | 'duration'; message: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return { field: 'date', message: 'Enter a date' };
  if (!/^\d{2}:\d{2}$/.test(values.time)) return { field: 'time', message: 'Enter a start time' };
  if (!Number.isInteger(values.duration) || values.duration < 1 || values.duration > TASK_BLOCK_MAX_MINUTES) {
    return { field: 'duration', message: `Enter whole minutes from 1 to ${TASK_BLOCK_MAX_MINUTES}` };
  }
  const start = instantOfLocalDateTime(`${values.date}T${values.time}`, zone);
  if (!start) return { field: 'date', message: 'Enter a real date' };
  return { span: { start: start.getTime(), end: start.getTime() + values.duration * MINUTE_MS } };
}
