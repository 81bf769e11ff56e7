import type { Env } from '@ordo/config';
import { alertsSchedule } from './alerts/alerts-schedule.ts';
import { billingSchedule } from './billing/billing-schedule.ts';
import { briefSchedule } from './brief-schedule.ts';
import { calendarBackstopSchedule, calendarChannelSchedule, calendarPollSchedule } from './calendar/calendar-schedules.ts';
import { reminderSchedule } from './reminder-schedule.ts';
import type { Schedule } from './queue/scheduler.ts';

/**
 * Every cron schedule, in one table. Each says what a missed tick after downtime means for it.
 * The calendar ones run only when Google is configured, the billing one only with ENABLE_STRIPE.
 */
export const schedules = (env: Pick<Env, 'GOOGLE_ENABLED' | 'GOOGLE_SYNC_POLL_MINUTES' | 'ENABLE_STRIPE'>): readonly Schedule[] => [
  {
    // A no-op job through the whole queue every five minutes: /metrics and the job list show the
    // queue working end to end even when nobody uses the app. Missed ticks mean nothing: skip them.
    name: 'queue.canary',
    cron: '*/5 * * * *',
    jobs: () => [{ type: 'system.sleep', payload: { ms: 0 }, maxAttempts: 1 }],
    missed: 'skip',
  },
  // Each person's brief at their local send time; downtime is covered by the tick's window (brief-schedule.ts).
  briefSchedule,
  // Task-starting-soon alerts and overdue digests; downtime is covered by what is due (alerts/alerts-schedule.ts).
  alertsSchedule,
  // Task reminders as they come due; downtime is covered up to a lateness limit (reminder-schedule.ts).
  reminderSchedule,
  ...(env.GOOGLE_ENABLED
    ? [
        // Push channels renewed a day before they end (a sync first), orphans stopped; missed: the
        // latest tick at start-up (calendar/calendar-schedules.ts).
        calendarChannelSchedule,
        // Calendars without a live channel synced every GOOGLE_SYNC_POLL_MINUTES; missed: skipped.
        calendarPollSchedule(env.GOOGLE_SYNC_POLL_MINUTES),
        // Every synced calendar every 6 hours, in case a push never came; missed: skipped.
        calendarBackstopSchedule,
      ]
    : []),
  // Trial ending / ended and downgraded mails as they come due; missed: the latest tick at start-up
  // (billing/billing-schedule.ts).
  ...(env.ENABLE_STRIPE ? [billingSchedule] : []),
];
