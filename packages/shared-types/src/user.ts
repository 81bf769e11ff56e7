import { z } from 'zod';
import { EMAIL_MAX, USER_NAME_MAX } from './limits.ts';
import { timestampSchema } from './timestamp.ts';

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time, like 09:30');

export const workingHoursSchema = z
  .object({
    start: clockTimeSchema,
    end: clockTimeSchema,
    // ISO weekdays: 1 = Monday … 7 = Sunday.
    days: z.array(z.int().min(1).max(7)),
  })
  .refine((hours) => hours.start < hours.end, { message: 'Choose an end after the start', path: ['end'] });
export type WorkingHours = z.infer<typeof workingHoursSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  name: z.string().max(USER_NAME_MAX).nullable(),
  email: z.string().max(EMAIL_MAX),
  timezone: z.string().min(1),
  working_hours: workingHoursSchema,
  onboarding_completed_at: timestampSchema.nullable(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
});
export type User = z.infer<typeof userSchema>;
