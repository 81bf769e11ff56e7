import type { PlanInput, PlanTask } from '@ordo/shared-types';
import { describe, expect, it } from 'vitest';
import { planSchedule } from './plan.ts';
import { rankTasks } from './ranking.ts';

const at = (iso: string) => new Date(iso);
const task = (id: string, fields: Partial<PlanTask> = {}): PlanTask => ({
  id,
  title: `Task ${id}`,
  priority: null,
  due_date: null,
  duration_minutes: 60,
  position: 0,
  ...fields,
});
const input = (fields: Partial<PlanInput>): PlanInput => ({
  now: at('2026-11-30T00:00:00Z'),
  time_zone: 'Europe/Paris',
  range: { from: '2026-11-30', to: '2026-12-06' },
  working_hours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
  preferences: { buffer_minutes: 0, min_chunk_minutes: 30, allow_split: true, default_duration_minutes: 30 },
  busy: [],
  tasks: [],
  ...fields,
});
const spans = (plan: ReturnType<typeof planSchedule>, id?: string) =>
  plan.blocks
    .filter((block) => id === undefined || block.task_id === id)
    .map((block) => [block.start_at.toISOString(), block.end_at.toISOString()]);

describe('planning across a DST change in New York', () => {
  const newYork = { time_zone: 'America/New_York', working_hours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5, 6, 7] } };
  const fullDays = ['a', 'b', 'c', 'd'].map((id, index) => task(id, { duration_minutes: 480, position: index, allow_split: false }));

  it('keeps each day at 09:00–17:00 on the wall clock when the clocks spring forward (8 March 2026)', () => {
    const plan = planSchedule(
      input({ ...newYork, now: at('2026-03-06T00:00:00Z'), range: { from: '2026-03-06', to: '2026-03-09' }, tasks: fullDays }),
    );
    expect(spans(plan)).toEqual([
      ['2026-03-06T14:00:00.000Z', '2026-03-06T22:00:00.000Z'], // Fri, EST (-05:00)
      ['2026-03-07T14:00:00.000Z', '2026-03-07T22:00:00.000Z'], // Sat, EST
      ['2026-03-08T13:00:00.000Z', '2026-03-08T21:00:00.000Z'], // Sun, EDT (-04:00)
      ['2026-03-09T13:00:00.000Z', '2026-03-09T21:00:00.000Z'], // Mon, EDT
    ]);
    expect(plan.blocks.map((block) => block.task_id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('and when they fall back (1 November 2026)', () => {
    const plan = planSchedule(
      input({ ...newYork, now: at('2026-10-31T00:00:00Z'), range: { from: '2026-10-31', to: '2026-11-01' }, tasks: fullDays.slice(0, 2) }),
    );
    expect(spans(plan)).toEqual([
      ['2026-10-31T13:00:00.000Z', '2026-10-31T21:00:00.000Z'],
      ['2026-11-01T14:00:00.000Z', '2026-11-01T22:00:00.000Z'],
    ]);
  });

  it('counts the hour the night of the change skips: 00:00–04:00 holds 3 hours, not 4', () => {
    const night = { start: '00:00', end: '04:00', days: [7] };
    const plan = planSchedule(
      input({
        ...newYork,
        working_hours: night,
        now: at('2026-03-08T00:00:00Z'),
        range: { from: '2026-03-08', to: '2026-03-08' },
        tasks: [task('long', { duration_minutes: 240, allow_split: false }), task('fits', { duration_minutes: 180, position: 1 })],
      }),
    );
    expect(spans(plan, 'fits')).toEqual([['2026-03-08T05:00:00.000Z', '2026-03-08T08:00:00.000Z']]);
    expect(plan.unplaced).toEqual([
      expect.objectContaining({
        task_id: 'long',
        code: 'no_room',
        reason: 'needs 4 h on Sun 8 Mar, 3 h free',
        free_minutes: 180,
      }),
    ]);
  });
});

describe('splitting', () => {
  // 09:00–12:00 in Paris (08:00Z–11:00Z) with a meeting 10:00–10:30.
  const morning = {
    range: { from: '2026-12-01', to: '2026-12-01' },
    working_hours: { start: '09:00', end: '12:00', days: [2] },
    busy: [{ kind: 'timed' as const, start_at: at('2026-12-01T09:00:00Z'), end_at: at('2026-12-01T09:30:00Z') }],
  };

  it('cuts a task that fits in no single slot into the earliest pieces, numbered', () => {
    const plan = planSchedule(input({ ...morning, tasks: [task('essay', { duration_minutes: 150 })] }));
    expect(plan.blocks.map(({ start_at, end_at, chunk, chunks }) => [start_at.toISOString(), end_at.toISOString(), chunk, chunks])).toEqual([
      ['2026-12-01T08:00:00.000Z', '2026-12-01T09:00:00.000Z', 1, 2],
      ['2026-12-01T09:30:00.000Z', '2026-12-01T11:00:00.000Z', 2, 2],
    ]);
    expect(plan.unplaced).toEqual([]);
  });

  it('keeps every piece at least the minimum chunk, shortening one rather than leaving a crumb', () => {
    // 90 then 60 minutes free (meeting 10:30–11:00); 110 minutes in 30-minute chunks: 80 then 30, not 90 then 20.
    const lateMeeting = { ...morning, busy: [{ kind: 'timed' as const, start_at: at('2026-12-01T09:30:00Z'), end_at: at('2026-12-01T10:00:00Z') }] };
    const plan = planSchedule(input({ ...lateMeeting, tasks: [task('essay', { duration_minutes: 110 })] }));
    expect(spans(plan)).toEqual([
      ['2026-12-01T08:00:00.000Z', '2026-12-01T09:20:00.000Z'],
      ['2026-12-01T10:00:00.000Z', '2026-12-01T10:30:00.000Z'],
    ]);
    // With 70-minute chunks the 60 is too short, and 90 cannot hold 110.
    const strict = planSchedule(
      input({ ...lateMeeting, preferences: { ...input({}).preferences, min_chunk_minutes: 70 }, tasks: [task('essay', { duration_minutes: 140 })] }),
    );
    expect(strict.blocks).toEqual([]);
    expect(strict.unplaced[0]).toMatchObject({ code: 'no_room', reason: 'needs 2 h 20 min on Tue 1 Dec, 1.5 h free', free_minutes: 90 });
  });

  it('never splits a task when splitting is off, for everyone or for the task', () => {
    const off = planSchedule(
      input({ ...morning, preferences: { ...input({}).preferences, allow_split: false }, tasks: [task('essay', { duration_minutes: 150 })] }),
    );
    expect(off.unplaced[0]).toMatchObject({
      code: 'no_fitting_slot',
      reason: 'needs 2.5 h in one piece (splitting is off); the longest free slot on Tue 1 Dec is 1.5 h',
    });
    const taskOff = planSchedule(input({ ...morning, tasks: [task('essay', { duration_minutes: 150, allow_split: false })] }));
    expect(taskOff.blocks).toEqual([]);
    const taskOn = planSchedule(
      input({
        ...morning,
        preferences: { ...input({}).preferences, allow_split: false },
        tasks: [task('essay', { duration_minutes: 150, allow_split: true })],
      }),
    );
    expect(taskOn.blocks.map((block) => block.chunks)).toEqual([2, 2]);
  });

  it('places a task in one piece when one slot holds it, even a later one', () => {
    const plan = planSchedule(input({ ...morning, range: { from: '2026-12-01', to: '2026-12-02' }, working_hours: { ...morning.working_hours, days: [2, 3] }, tasks: [task('essay', { duration_minutes: 150 })] }));
    expect(spans(plan)).toEqual([['2026-12-02T08:00:00.000Z', '2026-12-02T10:30:00.000Z']]);
  });
});

describe('deadlines', () => {
  // Thursday 3 December 2026, 07:00 in Paris; every day has 09:00–10:45 free.
  const week = {
    now: at('2026-12-03T06:00:00Z'),
    working_hours: { start: '09:00', end: '10:45', days: [1, 2, 3, 4, 5, 6, 7] },
  };

  it('flags a task whose deadline comes too soon, with the numbers, and does not place it after the deadline', () => {
    const plan = planSchedule(input({ ...week, tasks: [task('report', { duration_minutes: 360, priority: 'high', due_date: '2026-12-04', deadline: '2026-12-04' })] }));
    // Saturday and Sunday have room, but they are after Friday.
    expect(plan.blocks).toEqual([]);
    expect(plan.unplaced).toEqual([
      { task_id: 'report', code: 'deadline_too_tight', reason: 'needs 6 h by Fri 4 Dec, 3.5 h free', needed_minutes: 360, free_minutes: 210, longest_free_minutes: 105 },
    ]);
  });

  it('places a task before its deadline when there is room, saying why', () => {
    const plan = planSchedule(
      input({ ...week, tasks: [task('slides', { duration_minutes: 90, priority: 'high', due_date: '2026-12-04', deadline: '2026-12-04' })] }),
    );
    expect(plan.blocks).toEqual([
      { task_id: 'slides', start_at: at('2026-12-03T08:00:00Z'), end_at: at('2026-12-03T09:30:00Z'), chunk: 1, chunks: 1, reason: 'high priority, due Fri 4 Dec' },
    ]);
  });

  it('places an overdue task as early as it can, first, and says it is overdue', () => {
    const plan = planSchedule(
      input({
        ...week,
        tasks: [
          task('urgent', { duration_minutes: 60, priority: 'high', due_date: '2026-12-05', deadline: '2026-12-05' }),
          task('late', { duration_minutes: 60, priority: 'low', due_date: '2026-12-01', deadline: '2026-12-01' }),
        ],
      }),
    );
    expect(plan.blocks.map((block) => [block.task_id, block.start_at.toISOString(), block.reason])).toEqual([
      ['late', '2026-12-03T08:00:00.000Z', 'low priority, overdue (due Tue 1 Dec)'],
      ['urgent', '2026-12-04T08:00:00.000Z', 'high priority, due Sat 5 Dec'],
    ]);
  });

  it('sends a task due before a future range back to an earlier plan', () => {
    const plan = planSchedule(
      input({ ...week, range: { from: '2026-12-07', to: '2026-12-13' }, tasks: [task('early', { due_date: '2026-12-04', deadline: '2026-12-04' })] }),
    );
    expect(plan.unplaced).toEqual([expect.objectContaining({ code: 'deadline_before_range', reason: 'due Fri 4 Dec, before this plan starts: plan that day instead' })]);
  });

  it('does not hold a due date without a deadline as a limit', () => {
    const plan = planSchedule(input({ ...week, tasks: [task('soft', { duration_minutes: 360, due_date: '2026-12-04' })] }));
    expect(plan.unplaced).toEqual([]);
    expect(plan.blocks.at(-1)?.end_at.getTime()).toBeGreaterThan(at('2026-12-04T23:00:00Z').getTime());
  });
});

describe('buffers and busy time', () => {
  it('keeps the buffer after busy time, between blocks, and skips all-day busy days and time before now', () => {
    const plan = planSchedule(
      input({
        now: at('2026-11-30T08:07:00Z'), // 09:07 in Paris
        range: { from: '2026-11-30', to: '2026-12-01' },
        preferences: { buffer_minutes: 15, min_chunk_minutes: 30, allow_split: true, default_duration_minutes: 45 },
        busy: [
          { kind: 'timed', start_at: at('2026-11-30T09:00:00Z'), end_at: at('2026-11-30T10:00:00Z') }, // 10:00–11:00
          { kind: 'all_day', start_date: '2026-12-01', end_date: '2026-12-02' },
        ],
        tasks: [task('a', { position: 1 }), task('b', { position: 2, duration_minutes: null }), task('c', { position: 3 })],
      }),
    );
    expect(plan.blocks.map((block) => [block.task_id, block.start_at.toISOString(), block.end_at.toISOString()])).toEqual([
      // 09:10 (after now, on a 5-minute mark) would end at 10:10: within the 15 minutes before the meeting.
      ['a', '2026-11-30T10:15:00.000Z', '2026-11-30T11:15:00.000Z'],
      ['b', '2026-11-30T11:30:00.000Z', '2026-11-30T12:15:00.000Z'],
      ['c', '2026-11-30T12:30:00.000Z', '2026-11-30T13:30:00.000Z'],
    ]);
  });
});

describe('ranking', () => {
  it('puts bound tasks (dated in the range, or high priority) first, then earliest date, priority, position, id', () => {
    const range = { from: '2026-11-30', to: '2026-12-06' };
    const tasks = [
      task('later-high', { priority: 'high', due_date: '2027-01-10' }),
      task('undated-medium', { priority: 'medium' }),
      task('soon-low', { priority: 'low', due_date: '2026-12-02' }),
      task('soon-none', { due_date: '2026-12-02' }),
      task('soon-medium', { priority: 'medium', due_date: '2026-12-02' }),
      task('undated-high', { priority: 'high' }),
      task('next-month-medium', { priority: 'medium', due_date: '2027-01-01' }),
      task('overdue', { due_date: '2026-11-01' }),
      task('tie-b', { position: 5 }),
      task('tie-a', { position: 5 }),
      task('first-position', { position: -1 }),
      task('deadline-wins', { due_date: '2026-12-30', deadline: '2026-12-01' }),
    ];
    expect(rankTasks(tasks, range).map((ranked) => ranked.id)).toEqual([
      'overdue',
      'deadline-wins',
      'soon-medium',
      'soon-none',
      'soon-low',
      'later-high',
      'undated-high',
      'next-month-medium',
      'undated-medium',
      'first-position',
      'tie-a',
      'tie-b',
    ]);
  });
});
