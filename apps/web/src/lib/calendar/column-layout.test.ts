import { describe, expect, it } from 'vitest';
import type { TimedItem } from './calendar-item.ts';
import { layoutColumn } from './column-layout.ts';
import { dayColumn } from './day-column.ts';

const at = (iso: string) => new Date(iso).getTime();
const item = (key: string, start: string, end: string, kind: TimedItem['kind'] = 'event'): TimedItem => ({
  key,
  kind,
  id: key,
  taskId: null,
  title: key,
  color: null,
  start: at(start),
  end: at(end),
  blocksTime: true,
});
const summary = (placed: ReturnType<typeof layoutColumn>) =>
  placed.map((entry) => `${entry.item.key} ${entry.top}+${entry.height} ${entry.lane}/${entry.lanes}`);

describe('placing items in a day column', () => {
  const paris = dayColumn('2026-06-10', 'Europe/Paris');

  it('places an item by its local time, in minutes from midnight', () => {
    expect(summary(layoutColumn(paris, [item('a', '2026-06-10T07:00:00Z', '2026-06-10T08:30:00Z')]))).toEqual(['a 540+90 0/1']);
  });

  it('puts overlapping items side by side and lets the rest take the full width', () => {
    const placed = layoutColumn(paris, [
      item('a', '2026-06-10T07:00:00Z', '2026-06-10T09:00:00Z'),
      item('b', '2026-06-10T07:30:00Z', '2026-06-10T08:00:00Z'),
      item('c', '2026-06-10T08:00:00Z', '2026-06-10T08:30:00Z'),
      item('d', '2026-06-10T10:00:00Z', '2026-06-10T11:00:00Z'),
    ]);
    expect(summary(placed)).toEqual(['a 540+120 0/2', 'b 570+30 1/2', 'c 600+30 1/2', 'd 720+60 0/1']);
  });

  it('clips an item that crosses midnight to each day, and says so', () => {
    const late = item('late', '2026-06-10T21:00:00Z', '2026-06-10T23:00:00Z');
    expect(layoutColumn(paris, [late])).toMatchObject([{ top: 1380, height: 60, continuesBefore: false, continuesAfter: true }]);
    expect(layoutColumn(dayColumn('2026-06-11', 'Europe/Paris'), [late])).toMatchObject([{ top: 0, height: 60, continuesBefore: true }]);
    expect(layoutColumn(dayColumn('2026-06-12', 'Europe/Paris'), [late])).toEqual([]);
  });

  it('keeps real lengths on a 23-hour day: 09:00 sits 8 hours after midnight in New York on 8 March 2026', () => {
    const spring = dayColumn('2026-03-08', 'America/New_York');
    // 09:00 EDT = 13:00Z; midnight was EST (05:00Z).
    expect(summary(layoutColumn(spring, [item('t', '2026-03-08T13:00:00Z', '2026-03-08T14:00:00Z', 'task')]))).toEqual(['t 480+60 0/1']);
    const autumn = dayColumn('2026-11-01', 'America/New_York');
    // 09:00 EST = 14:00Z; midnight was EDT (04:00Z): 10 hours on.
    expect(summary(layoutColumn(autumn, [item('t', '2026-11-01T14:00:00Z', '2026-11-01T15:00:00Z', 'task')]))).toEqual(['t 600+60 0/1']);
  });

  it('places an item of no length where it is', () => {
    expect(summary(layoutColumn(paris, [item('z', '2026-06-10T07:00:00Z', '2026-06-10T07:00:00Z')]))).toEqual(['z 540+0 0/1']);
  });
});
