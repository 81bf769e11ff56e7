import { planSchedule } from '@ordo/scheduler';
import { addDays, type PlanPreview, type PlanRequest, type WorkingHours } from '@ordo/shared-types';
import { database } from '../db.ts';
import { readBusyTime } from './busy-time.ts';
import { readMissedBlocks } from './missed-blocks.ts';
import { type PlanCandidate, readPlanCandidates } from './plan-candidates.ts';
import { planRangeOf } from './plan-range.ts';
import { readSchedulingPreferences } from './preferences.ts';

const DAY_MS = 86_400_000;

/** Who is planning: the signed-in person's id, zone and working hours. */
export interface Planner {
  id: string;
  timezone: string;
  working_hours: WorkingHours;
}

/**
 * A plan for the person's day or week, read as them and written nowhere: their open unscheduled
 * (and missed) tasks placed by @ordo/scheduler around their busy time, with each task's
 * updated_at for accepting it later.
 */
export async function previewPlan(planner: Planner, request: PlanRequest, now = new Date()): Promise<PlanPreview> {
  const range = planRangeOf(request.range, request.date, planner.timezone, now);
  // Two days either side of the dates in UTC reach past every zone's midnights and any buffer.
  const from = new Date(Date.parse(`${range.from}T00:00:00Z`) - 2 * DAY_MS);
  const to = new Date(Date.parse(`${addDays(range.to, 1)}T00:00:00Z`) + 2 * DAY_MS);
  const { preferences, candidates, busy, missed } = await database().asUser(planner.id, async (tx) => {
    const preferences = await readSchedulingPreferences(tx, planner.id);
    const minutes = preferences.default_duration_minutes;
    const candidates = await readPlanCandidates(tx, now, minutes, request.include_missed ?? true);
    const busy = await readBusyTime(tx, from, to, minutes);
    const missed = await readMissedBlocks(tx, now, minutes);
    return { preferences, candidates, busy, missed };
  });
  const plan = planSchedule({ now, time_zone: planner.timezone, range, working_hours: planner.working_hours, preferences, busy, tasks: candidates });
  const byId = new Map(candidates.map((task) => [task.id, task]));
  const taskOf = (id: string) => byId.get(id) as PlanCandidate;
  return {
    range,
    time_zone: planner.timezone,
    generated_at: now,
    blocks: plan.blocks.map((block) => ({ ...block, title: taskOf(block.task_id).title, task_updated_at: taskOf(block.task_id).updated_at })),
    unplaced: plan.unplaced.map((task) => ({ ...task, title: taskOf(task.task_id).title })),
    missed,
  };
}
