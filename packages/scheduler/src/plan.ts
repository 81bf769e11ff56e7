import { addDays, calendarDay, type PlanBlock, type PlanInput, type PlanResult, type PlanTask, type UnplacedTask } from '@ordo/shared-types';
import { FreeTime } from './free-time.ts';
import { type Interval, mergeIntervals, subtractIntervals } from './intervals.ts';
import { rankTasks } from './ranking.ts';
import { blockReason, type ReasonContext, type Shortfall, unplacedReason } from './reasons.ts';
import { busyWithBuffer, startOfLocalDay, workingWindows } from './windows.ts';

const MINUTE_MS = 60_000;
/** Blocks start on a 5-minute mark (of UTC, so of every zone whose offset is whole 5 minutes). */
const ALIGN_MS = 5 * MINUTE_MS;

const alignUp = (instant: number) => Math.ceil(instant / ALIGN_MS) * ALIGN_MS;

/** The plan as a whole: what every task's placement needs. */
interface Plan {
  free: FreeTime;
  now: number;
  planStart: number;
  rangeEnd: number;
  zone: string;
  bufferMs: number;
  minChunk: number;
  allowSplit: boolean;
  defaultDuration: number;
  reasons: ReasonContext;
}

/** The earliest free interval that holds the whole task before `limit`. */
function findWhole(plan: Plan, minutes: number, limit: number): Interval[] | null {
  for (const interval of plan.free.before(limit)) {
    const start = alignUp(interval.start);
    if (start + minutes * MINUTE_MS <= interval.end) return [{ start, end: start + minutes * MINUTE_MS }];
  }
  return null;
}

/**
 * The earliest pieces, one per free interval, each at least `minChunk` long; a piece is cut
 * short when taking all it could would leave less than `minChunk` for the rest.
 */
function findChunks(plan: Plan, minutes: number, limit: number): Interval[] | null {
  const chunks: Interval[] = [];
  let remaining = minutes;
  for (const interval of plan.free.before(limit)) {
    const start = alignUp(interval.start);
    const room = Math.floor((interval.end - start) / MINUTE_MS);
    let take = Math.min(room, remaining);
    if (remaining - take > 0 && remaining - take < plan.minChunk) take = remaining - plan.minChunk;
    if (take < plan.minChunk) continue;
    chunks.push({ start, end: start + take * MINUTE_MS });
    remaining -= take;
    if (remaining === 0) return chunks;
  }
  return null;
}

/** How much of the free time before `limit` the task could use, for the reason it was left out. */
function measureFree(plan: Plan, limit: number, canSplit: boolean): { free: number; longest: number } {
  let free = 0;
  let longest = 0;
  for (const interval of plan.free.before(limit)) {
    const usable = Math.max(0, Math.floor((interval.end - alignUp(interval.start)) / MINUTE_MS));
    longest = Math.max(longest, usable);
    // Pieces shorter than a chunk are no use to a task that is cut into chunks.
    if (!canSplit || usable >= plan.minChunk) free += usable;
  }
  return { free, longest };
}

type Placement = { blocks: Interval[]; overdue: boolean } | { shortfall: Shortfall };

function placeTask(plan: Plan, task: PlanTask): Placement {
  const minutes = task.duration_minutes ?? plan.defaultDuration;
  const deadlineEnd = task.deadline ? startOfLocalDay(addDays(task.deadline, 1), plan.zone) : null;
  // A deadline already past leaves no slot before it: the task goes as early as it can.
  const overdue = deadlineEnd !== null && deadlineEnd <= plan.now;
  const binding = deadlineEnd !== null && !overdue;
  const splitWanted = task.allow_split ?? plan.allowSplit;
  const canSplit = splitWanted && minutes >= 2 * plan.minChunk;
  const split = canSplit ? 'allowed' : splitWanted ? 'too_short' : 'off';
  const shortfall = { needed: minutes, split, minChunk: plan.minChunk, deadline: null } as const;
  if (binding && deadlineEnd <= plan.planStart) {
    return { shortfall: { ...shortfall, code: 'deadline_before_range', free: 0, longest: 0, deadline: task.deadline ?? null } };
  }
  const limit = binding ? Math.min(deadlineEnd, plan.rangeEnd) : plan.rangeEnd;
  const blocks = findWhole(plan, minutes, limit) ?? (canSplit ? findChunks(plan, minutes, limit) : null);
  if (blocks) return { blocks, overdue };
  const { free, longest } = measureFree(plan, limit, canSplit);
  const deadlineInRange = binding && deadlineEnd <= plan.rangeEnd;
  const code = free < minutes ? (deadlineInRange ? 'deadline_too_tight' : 'no_room') : 'no_fitting_slot';
  return { shortfall: { ...shortfall, code, free, longest, deadline: deadlineInRange ? (task.deadline ?? null) : null } };
}

/**
 * Places the tasks into the free working time of the range, one at a time in ranking order
 * (rankTasks): each task takes the earliest single slot that holds it before its deadline (or the
 * range's end), else, when it may be split, the earliest pieces of at least the minimum chunk
 * length; a task that cannot be placed is returned with the reason and the numbers. Blocks keep
 * the buffer from each other and from busy time, start no earlier than `now`, and stay inside
 * working hours. Pure: the same input gives the same plan, whatever the order of tasks and busy
 * intervals in it.
 */
export function planSchedule(input: PlanInput): PlanResult {
  const { time_zone: zone, range, preferences } = input;
  const now = input.now.getTime();
  const rangeStart = startOfLocalDay(range.from, zone);
  const rangeEnd = startOfLocalDay(addDays(range.to, 1), zone);
  const planStart = Math.max(now, rangeStart);
  const bufferMs = preferences.buffer_minutes * MINUTE_MS;

  const busy = mergeIntervals(
    input.busy.flatMap((interval) => {
      const widened = busyWithBuffer(interval, zone, preferences.buffer_minutes);
      return widened ? [widened] : [];
    }),
  );
  const windows = workingWindows(range, input.working_hours, zone)
    .map((window) => ({ start: Math.max(window.start, planStart), end: window.end }))
    .filter((window) => window.end > window.start);
  const plan: Plan = {
    free: new FreeTime(subtractIntervals(windows, busy)),
    now,
    planStart,
    rangeEnd,
    zone,
    bufferMs,
    minChunk: preferences.min_chunk_minutes,
    allowSplit: preferences.allow_split,
    defaultDuration: preferences.default_duration_minutes,
    reasons: { today: calendarDay(input.now, zone), range },
  };

  const blocks: PlanBlock[] = [];
  const unplaced: UnplacedTask[] = [];
  for (const task of rankTasks(input.tasks, range)) {
    const placement = placeTask(plan, task);
    if ('shortfall' in placement) {
      const { code, needed, free, longest } = placement.shortfall;
      unplaced.push({
        task_id: task.id,
        code,
        reason: unplacedReason(placement.shortfall, plan.reasons),
        needed_minutes: needed,
        free_minutes: free,
        longest_free_minutes: longest,
      });
      continue;
    }
    const reason = blockReason(task, placement.overdue, plan.reasons);
    placement.blocks.forEach((block, index) => {
      plan.free.take(block.start - bufferMs, block.end + bufferMs);
      blocks.push({
        task_id: task.id,
        start_at: new Date(block.start),
        end_at: new Date(block.end),
        chunk: index + 1,
        chunks: placement.blocks.length,
        reason,
      });
    });
  }
  blocks.sort((a, b) => a.start_at.getTime() - b.start_at.getTime());
  return { blocks, unplaced };
}
