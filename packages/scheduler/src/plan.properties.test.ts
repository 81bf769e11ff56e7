import {
  addDays,
  type BusyInterval,
  calendarDay,
  instantOfWallTime,
  type PlanInput,
  type PlanResult,
  type PlanTask,
  parseDate,
  weekdayOf,
} from '@ordo/shared-types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSchedule } from './plan.ts';

// Random calendars and task sets, and what every plan must satisfy whatever they are. The checks
// below are written from the documented rules, not from the planner's code: working hours and
// deadlines are recomputed here from the zone helpers, and the ranking rule is restated as
// `documentedOrder`.

const MINUTE_MS = 60_000;
const ZONES = ['America/New_York', 'Europe/Paris', 'Asia/Kolkata', 'UTC', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Kathmandu'];
// Weeks that hold a DST change in some of the zones above, and some that hold none.
const BASE_DAYS = ['2026-03-05', '2026-03-26', '2026-04-02', '2026-06-15', '2026-09-24', '2026-10-01', '2026-10-29', '2026-12-28'];

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const midnight = (day: string, zone: string) => instantOfWallTime({ ...parseDate(day), hour: 0, minute: 0 }, zone).getTime();
const wallClock = (day: string, time: string, zone: string) => {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return instantOfWallTime({ ...parseDate(day), hour, minute }, zone).getTime();
};
const dayOrNull = fc.option(fc.integer({ min: -4, max: 10 }), { nil: null });

const planInputs: fc.Arbitrary<PlanInput> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    base: fc.constantFrom(...BASE_DAYS),
    shift: fc.integer({ min: 0, max: 6 }),
    length: fc.constantFrom(1, 7, 7),
    nowMinutes: fc.integer({ min: -24 * 60, max: 36 * 60 }),
    startMinute: fc.integer({ min: 0, max: 22 * 60 }),
    workMinutes: fc.integer({ min: 15, max: 14 * 60 }),
    days: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    preferences: fc.record({
      buffer_minutes: fc.integer({ min: 0, max: 30 }),
      min_chunk_minutes: fc.integer({ min: 5, max: 90 }),
      allow_split: fc.boolean(),
      default_duration_minutes: fc.integer({ min: 5, max: 120 }),
    }),
    busy: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('timed' as const), startMinute: fc.integer({ min: -600, max: 8 * 24 * 60 }), minutes: fc.integer({ min: 0, max: 300 }) }),
        fc.record({ kind: fc.constant('all_day' as const), day: fc.integer({ min: -1, max: 7 }), days: fc.integer({ min: 1, max: 2 }) }),
      ),
      { maxLength: 20 },
    ),
    tasks: fc.array(
      fc.record({
        priority: fc.constantFrom('high', 'medium', 'low', null),
        due: dayOrNull,
        deadline: fc.constantFrom('due', 'none', 'other'),
        other: dayOrNull,
        duration: fc.option(fc.integer({ min: 1, max: 240 }), { nil: null }),
        split: fc.constantFrom(null, true, false),
        position: fc.integer({ min: 0, max: 8 }),
      }),
      { maxLength: 12 },
    ),
  })
  .map((drawn): PlanInput => {
    const from = addDays(drawn.base, drawn.shift);
    const to = addDays(from, drawn.length - 1);
    const rangeStart = midnight(from, drawn.zone);
    const endMinute = Math.min(drawn.startMinute + drawn.workMinutes, 23 * 60 + 59);
    const busy = drawn.busy.map((interval): BusyInterval => {
      if (interval.kind === 'all_day') {
        const start_date = addDays(from, interval.day);
        return { kind: 'all_day', start_date, end_date: addDays(start_date, interval.days) };
      }
      const start = rangeStart + interval.startMinute * MINUTE_MS;
      return { kind: 'timed', start_at: new Date(start), end_at: new Date(start + interval.minutes * MINUTE_MS) };
    });
    const tasks = drawn.tasks.map((task, index): PlanTask => {
      const due_date = task.due === null ? null : addDays(from, task.due);
      const other = task.other === null ? null : addDays(from, task.other);
      return {
        id: `task-${String(index).padStart(2, '0')}`,
        title: `Task ${index}`,
        priority: task.priority as PlanTask['priority'],
        due_date,
        deadline: task.deadline === 'due' ? due_date : task.deadline === 'other' ? other : null,
        duration_minutes: task.duration,
        allow_split: task.split,
        position: task.position,
      };
    });
    return {
      now: new Date(rangeStart + drawn.nowMinutes * MINUTE_MS),
      time_zone: drawn.zone,
      range: { from, to },
      working_hours: { start: clock(drawn.startMinute), end: clock(endMinute), days: drawn.days },
      preferences: drawn.preferences,
      busy,
      tasks,
    };
  });

const neededMinutes = (input: PlanInput, task: PlanTask) => task.duration_minutes ?? input.preferences.default_duration_minutes;
const deadlineEnd = (input: PlanInput, task: PlanTask) => (task.deadline ? midnight(addDays(task.deadline, 1), input.time_zone) : null);
const minutesOf = (block: { start_at: Date; end_at: Date }) => (block.end_at.getTime() - block.start_at.getTime()) / MINUTE_MS;

/** The ranking rule as docs/ and rankTasks state it, restated independently. */
function documentedOrder(input: PlanInput): PlanTask[] {
  const priority = (task: PlanTask) => ({ high: 0, medium: 1, low: 3 })[task.priority ?? 'medium'] + (task.priority === null ? 1 : 0);
  const date = (task: PlanTask) => task.deadline ?? task.due_date;
  const bound = (task: PlanTask) => ((date(task) !== null && (date(task) as string) <= input.range.to) || task.priority === 'high' ? 0 : 1);
  return input.tasks.toSorted((a, b) => {
    const [dateA, dateB] = [date(a), date(b)];
    const byDate = dateA === dateB ? 0 : dateA === null ? 1 : dateB === null ? -1 : dateA < dateB ? -1 : 1;
    return bound(a) - bound(b) || byDate || priority(a) - priority(b) || a.position - b.position || a.id.localeCompare(b.id);
  });
}

function restrictTo(plan: PlanResult, ids: Set<string>): PlanResult {
  return { blocks: plan.blocks.filter((block) => ids.has(block.task_id)), unplaced: plan.unplaced.filter((task) => ids.has(task.task_id)) };
}

const RUNS = { numRuns: 400 };

describe('every plan, for random calendars and tasks', () => {
  it('places or flags every task exactly once, with whole chunks of the right total, each flag with its reason and numbers', () => {
    fc.assert(
      fc.property(planInputs, (input) => {
        const plan = planSchedule(input);
        const placed = new Set(plan.blocks.map((block) => block.task_id));
        const flagged = plan.unplaced.map((task) => task.task_id);
        expect(new Set(flagged).size).toBe(flagged.length);
        expect([...placed, ...flagged].toSorted()).toEqual(input.tasks.map((task) => task.id).toSorted());
        for (const task of input.tasks) {
          const blocks = plan.blocks.filter((block) => block.task_id === task.id);
          if (blocks.length === 0) continue;
          expect(blocks.map((block) => block.chunk)).toEqual(blocks.map((_, index) => index + 1));
          expect(blocks.every((block) => block.chunks === blocks.length && block.reason.length > 0)).toBe(true);
          expect(blocks.reduce((sum, block) => sum + minutesOf(block), 0)).toBe(neededMinutes(input, task));
          // Chunks: a split task's every piece is at least the minimum, and it was allowed to split.
          if (blocks.length > 1) {
            expect(blocks.every((block) => minutesOf(block) >= input.preferences.min_chunk_minutes)).toBe(true);
            expect(task.allow_split ?? input.preferences.allow_split).toBe(true);
          }
        }
        for (const unplaced of plan.unplaced) {
          const task = input.tasks.find((candidate) => candidate.id === unplaced.task_id) as PlanTask;
          expect(unplaced.needed_minutes).toBe(neededMinutes(input, task));
          expect(unplaced.reason.length).toBeGreaterThan(0);
          if (unplaced.code === 'no_room' || unplaced.code === 'deadline_too_tight') {
            expect(unplaced.free_minutes).toBeLessThan(unplaced.needed_minutes);
            expect(unplaced.reason).toMatch(/^needs .+ free$/);
          }
          if (unplaced.code === 'no_fitting_slot') expect(unplaced.free_minutes).toBeGreaterThanOrEqual(unplaced.needed_minutes);
          if (unplaced.code === 'deadline_before_range') expect(task.deadline && task.deadline < input.range.from).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('never overlaps: blocks keep the buffer from each other and from every busy interval', () => {
    fc.assert(
      fc.property(planInputs, (input) => {
        const plan = planSchedule(input);
        const buffer = input.preferences.buffer_minutes * MINUTE_MS;
        for (let index = 1; index < plan.blocks.length; index++) {
          const [before, after] = [plan.blocks[index - 1], plan.blocks[index]] as [PlanResult['blocks'][0], PlanResult['blocks'][0]];
          expect(after.start_at.getTime()).toBeGreaterThanOrEqual(before.end_at.getTime() + buffer);
        }
        for (const busy of input.busy) {
          const start = busy.kind === 'timed' ? busy.start_at.getTime() : midnight(busy.start_date, input.time_zone);
          const end = busy.kind === 'timed' ? busy.end_at.getTime() : midnight(busy.end_date, input.time_zone);
          if (end <= start) continue; // an instant takes no time
          for (const block of plan.blocks) {
            const clear = block.end_at.getTime() + buffer <= start || block.start_at.getTime() >= end + buffer;
            expect(clear, `${block.start_at.toISOString()}–${block.end_at.toISOString()} vs busy ${new Date(start).toISOString()}`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("stays inside working hours on working days of the range, in the person's zone, and not before now", () => {
    fc.assert(
      fc.property(planInputs, (input) => {
        const { time_zone: zone, working_hours: hours } = input;
        for (const block of planSchedule(input).blocks) {
          const day = calendarDay(block.start_at, zone);
          expect(day >= input.range.from && day <= input.range.to).toBe(true);
          expect(hours.days).toContain(weekdayOf(day) || 7);
          expect(block.start_at.getTime()).toBeGreaterThanOrEqual(wallClock(day, hours.start, zone));
          expect(block.end_at.getTime()).toBeLessThanOrEqual(wallClock(day, hours.end, zone));
          expect(block.start_at.getTime()).toBeGreaterThanOrEqual(input.now.getTime());
        }
      }),
      RUNS,
    );
  });

  it('never places work after a deadline that had not passed: such a task is placed before it or flagged; only an overdue task is placed late, and says so', () => {
    fc.assert(
      fc.property(planInputs, (input) => {
        const plan = planSchedule(input);
        for (const task of input.tasks) {
          const end = deadlineEnd(input, task);
          if (end === null) continue;
          const blocks = plan.blocks.filter((block) => block.task_id === task.id);
          if (end > input.now.getTime()) expect(blocks.every((block) => block.end_at.getTime() <= end)).toBe(true);
          else expect(blocks.every((block) => block.reason.includes('overdue'))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('respects the ranking: the plan of the top k ranked tasks alone is exactly what those tasks get in the full plan', () => {
    // So a task never loses a slot to one ranked below it: removing every lower-ranked task
    // changes nothing for it, placed or flagged (with the same numbers).
    fc.assert(
      fc.property(planInputs, fc.nat(), (input, cut) => {
        const ranked = documentedOrder(input);
        const top = ranked.slice(0, cut % (ranked.length + 1));
        const alone = planSchedule({ ...input, tasks: top });
        expect(alone).toEqual(restrictTo(planSchedule(input), new Set(top.map((task) => task.id))));
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input, in any order, gives the same plan', () => {
    fc.assert(
      fc.property(planInputs, fc.nat(), (input, rotation) => {
        const rotate = <T>(items: T[]) => items.map((_, index) => items[(index + rotation) % items.length] as T);
        const plan = planSchedule(input);
        expect(planSchedule(structuredClone(input))).toEqual(plan);
        expect(planSchedule({ ...input, tasks: rotate(input.tasks).reverse(), busy: rotate(input.busy).reverse() })).toEqual(plan);
      }),
      RUNS,
    );
  });
});
