import { z } from 'zod';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time, like 22:00');
const alertMinutes = z.int('Enter whole minutes').min(1, 'Enter 1 minute or more').max(1440, 'Enter at most 1440 minutes (a day)');

/** Wall-clock times in the profile's timezone; a start after the end spans midnight. */
export const quietHoursSchema = z
  .strictObject({ start: clockTime, end: clockTime })
  .refine((quiet) => quiet.start !== quiet.end, { message: 'Choose an end different from the start', path: ['end'] });

/**
 * The person's alert settings (notification_preferences): the JSON body of PUT
 * /api/me/notifications and the shape GET returns.
 */
export const notificationPreferencesSchema = z.strictObject({
  /** SMS needs a verified phone too; stored either way, so it takes effect once the phone is verified. */
  sms_enabled: z.boolean(),
  push_enabled: z.boolean(),
  brief_ready: z.boolean(),
  task_due_soon: z.boolean(),
  due_soon_minutes: alertMinutes,
  event_soon: z.boolean(),
  event_soon_minutes: alertMinutes,
  overdue_digest: z.boolean(),
  overdue_digest_time: clockTime,
  quiet_hours: quietHoursSchema.nullable(),
  daily_sms_cap: z.int('Enter a whole number').min(1, 'Enter 1 or more').max(100, 'Enter at most 100'),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** What a new account starts with (the table's defaults). */
export const defaultNotificationPreferences: NotificationPreferences = {
  sms_enabled: false,
  push_enabled: true,
  brief_ready: true,
  task_due_soon: true,
  due_soon_minutes: 15,
  event_soon: false,
  event_soon_minutes: 10,
  overdue_digest: false,
  overdue_digest_time: '08:00',
  quiet_hours: null,
  daily_sms_cap: 10,
};

/** The channels an alert goes out on under these preferences: none when both are off. */
export function alertChannels(preferences: Pick<NotificationPreferences, 'sms_enabled' | 'push_enabled'>): ('sms' | 'push')[] {
  const channels: ('sms' | 'push')[] = [];
  if (preferences.sms_enabled) channels.push('sms');
  if (preferences.push_enabled) channels.push('push');
  return channels;
}
