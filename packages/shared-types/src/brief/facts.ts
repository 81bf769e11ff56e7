import { z } from 'zod';
import { dateOnlySchema } from '../timestamp.ts';
import { briefKindSchema, briefSectionSchema } from './preferences.ts';

/**
 * Everything a brief may say, gathered once per brief (the pipeline's `gather` stage) and
 * checkpointed: every later stage, the model's draft and the check all read this one copy, so a
 * retry writes from the same facts the first attempt saw. Dates are the person's calendar days.
 */

const isoInstantSchema = z.iso.datetime({ offset: true });

export const briefTaskSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  project_name: z.string().nullable(),
  priority: z.enum(['low', 'medium', 'high']).nullable(),
  due_date: dateOnlySchema.nullable(),
  /** When it is scheduled, as an ISO instant with the person's offset. */
  start_at: isoInstantSchema.nullable(),
  /** The day it must be done by (apart from due_date, the day it is planned for). Facts gathered before deadlines existed have none. */
  deadline: dateOnlySchema.nullable().default(null),
  /** Open, and its deadline has passed or it is planned or starts after it. */
  at_risk: z.boolean().default(false),
});
export type BriefTask = z.infer<typeof briefTaskSchema>;

export const briefCompletedTaskSchema = briefTaskSchema.extend({
  /** The person's calendar day it was completed on. */
  completed_on: dateOnlySchema,
});
export type BriefCompletedTask = z.infer<typeof briefCompletedTaskSchema>;

export const briefOverdueTaskSchema = briefTaskSchema.extend({
  due_date: dateOnlySchema,
  /** Whole days between its due date and the brief's local date (1 = due yesterday). */
  age_days: z.int().min(1),
});
export type BriefOverdueTask = z.infer<typeof briefOverdueTaskSchema>;

export const briefProjectSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  open: z.int().min(0),
  done: z.int().min(0),
});
export type BriefProject = z.infer<typeof briefProjectSchema>;

/**
 * One calendar event of the brief's day, from the person's synced calendars (a busy-only
 * calendar's events are titled "Busy"). All-day events carry calendar days (end exclusive), timed
 * ones ISO instants with the person's offset.
 */
export const briefCalendarEventSchema = z.object({
  title: z.string(),
  start: z.union([isoInstantSchema, dateOnlySchema]),
  end: z.union([isoInstantSchema, dateOnlySchema]),
  all_day: z.boolean(),
});
export type BriefCalendarEvent = z.infer<typeof briefCalendarEventSchema>;

export const briefFactsSchema = z.object({
  name: z.string().nullable(),
  timezone: z.string().min(1),
  local_date: dateOnlySchema,
  kind: briefKindSchema,
  sections: z.array(briefSectionSchema),
  /** The days `completed` covers: yesterday for a daily brief, the last 7 days for a weekly review. */
  completed_from: dateOnlySchema,
  completed_to: dateOnlySchema,
  completed: z.array(briefCompletedTaskSchema),
  /** Open tasks with a start time on the local date, by start time. */
  scheduled_today: z.array(briefTaskSchema),
  /** Open tasks due on the local date (those also scheduled appear in both). */
  due_today: z.array(briefTaskSchema),
  overdue: z.array(briefOverdueTaskSchema),
  /** Open tasks due in the 7 days after the local date, soonest first. */
  upcoming: z.array(briefTaskSchema),
  projects: z.array(briefProjectSchema),
  calendar_events: z.array(briefCalendarEventSchema),
});
export type BriefFacts = z.infer<typeof briefFactsSchema>;
