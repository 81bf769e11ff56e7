import { describe, expect, it } from 'vitest';
import type { TimedItem } from './calendar-item.ts';
import { findConflicts } from './conflicts.ts';

const at = (hhmm: string) => new Date(`2026-06-10T${hhmm}:00Z`).getTime();
const item = (key: string, kind: TimedItem['kind'], from: string, to: string, blocksTime = true): TimedItem => ({
  key,
  kind,
  id: null,
  taskId: null,
  title: key,
  color: null,
  start: at(from),
  end: at(to),
  blocksTime,
});

describe('conflicts', () => {
  it('flags a task and the event it overlaps, both ways', () => {
    const conflicts = findConflicts([item('Standup', 'event', '09:00', '09:30'), item('Write report', 'task', '09:15', '10:00')]);
    expect(Object.fromEntries(conflicts)).toEqual({ Standup: ['Write report'], 'Write report': ['Standup'] });
  });

  it('flags task against task and block against busy time', () => {
    const conflicts = findConflicts([
      item('A', 'task', '09:00', '10:00'),
      item('B', 'block', '09:30', '09:45'),
      item('Busy', 'busy', '09:40', '11:00'),
    ]);
    expect(Object.fromEntries(conflicts)).toEqual({ A: ['B', 'Busy'], B: ['A', 'Busy'], Busy: ['A', 'B'] });
  });

  it('leaves events overlapping each other, free events and back-to-back items alone', () => {
    const conflicts = findConflicts([
      item('Lunch', 'event', '12:00', '13:00'),
      item('Call', 'event', '12:30', '13:30'),
      item('Reminder', 'event', '14:00', '15:00', false),
      item('Task', 'task', '14:00', '14:30'),
      item('Next', 'task', '14:30', '15:00'),
    ]);
    expect(conflicts.size).toBe(0);
  });
});
