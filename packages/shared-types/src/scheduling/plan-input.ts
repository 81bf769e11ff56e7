import { z } from 'zod';
import { TASK_DURATION_MINUTES_MAX, TASK_TITLE_MAX } from '../limits.ts';
import { taskPrioritySchema } from '../task.ts';
import { addDays } from '../time/calendar-date.ts';
import { isTimeZone } from '../time/zoned.ts';
import { dateOnlySchema, timestampSchema } from '../timestamp.ts';
import { workingHoursSchema } from '../user.ts';
import { schedulingPreferencesSchema } from './preferences.ts';

/** Longest range one plan covers: a month and then some (the web offers a day or a week). */
export const PLAN_RANGE_DAYS_MAX = 62;
export const PLAN_TASKS_MAX = 1000;
export const PLAN_BUSY_MAX = 20_000;

/** Local dates, both included. */
export const planRangeSchema = z
  .strictObject({ from: dateOnlySchema, to: dateOnlySchema })
  .refine((range) => range.from <= range.to, { message: 'Choose a last day on or after the first', path: ['to'] })
  .refine((range) => range.to <= addDays(range.from, PLAN_RANGE_DAYS_MAX - 1), {
    message: `Choose at most ${PLAN_RANGE_DAYS_MAX} days`,
    path: ['to'],
  });
export type PlanRange = z.infer<typeof planRangeSchema>;

/**
 * Time that is not free: a timed interval (an event, a scheduled task, a task block), or whole
 * local days from an all-day event that shows as busy (end_date excluded, as Google sends it).
 */
export const busyIntervalSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('timed'), start_at: timestampSchema, end_at: timestampSchema }),
  z.strictObject({ kind: z.literal('all_day'), start_date: dateOnlySchema, end_date: dateOnlySchema }),
]);
export type BusyInterval = z.infer<typeof busyIntervalSchema>;

/**
 * A task to place. `deadline` is a hard limit: the work ends by the end of that local day whenever
 * the plan has room before it; `due_date` (the day the person planned it for) only ranks. `allow_split` overrides the person's preference for this
 * task; `position` is the task's place in the person's order (ties in the ranking).
 */
export const planTaskSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().max(TASK_TITLE_MAX),
  priority: taskPrioritySchema.nullable(),
  due_date: dateOnlySchema.nullable(),
  deadline: dateOnlySchema.nullable().optional(),
  duration_minutes: z.int().min(1).max(TASK_DURATION_MINUTES_MAX).nullable(),
  allow_split: z.boolean().nullable().optional(),
  position: z.number(),
});
export type PlanTask = z.infer<typeof planTaskSchema>;

/** Everything the planner needs; the same input always gives the same plan. */
export const planInputSchema = z.strictObject({
  now: timestampSchema,
  time_zone: z.string().refine(isTimeZone, 'Choose a time zone from the list'),
  range: planRangeSchema,
  working_hours: workingHoursSchema,
  preferences: schedulingPreferencesSchema,
  busy: z.array(busyIntervalSchema).max(PLAN_BUSY_MAX),
  tasks: z
    .array(planTaskSchema)
    .max(PLAN_TASKS_MAX)
    .refine((tasks) => new Set(tasks.map((task) => task.id)).size === tasks.length, 'a task appears more than once'),
});
export type PlanInput = z.infer<typeof planInputSchema>;
