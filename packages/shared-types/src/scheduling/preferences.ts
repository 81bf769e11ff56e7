import { z } from 'zod';

const minutes = (min: number, max: number) =>
  z.int('Enter whole minutes').min(min, `Enter ${min} minutes or more`).max(max, `Enter at most ${max} minutes`);

/**
 * How auto-scheduling places work (scheduling_preferences; the defaults below when a person has
 * no row): the gap kept between a block and anything else, the shortest piece a split task is cut
 * into, whether tasks may be split at all, and the length given to a task without a duration.
 */
export const schedulingPreferencesSchema = z.strictObject({
  buffer_minutes: minutes(0, 120),
  min_chunk_minutes: minutes(5, 240),
  allow_split: z.boolean(),
  default_duration_minutes: minutes(5, 480),
});
export type SchedulingPreferences = z.infer<typeof schedulingPreferencesSchema>;

/** What a person without a scheduling_preferences row gets (the table's column defaults too). */
export const defaultSchedulingPreferences: SchedulingPreferences = {
  buffer_minutes: 10,
  min_chunk_minutes: 30,
  allow_split: true,
  default_duration_minutes: 30,
};
