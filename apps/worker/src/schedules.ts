import { alertsSchedule } from './alerts/alerts-schedule.ts';
import { briefSchedule } from './brief-schedule.ts';
import { reminderSchedule } from './reminder-schedule.ts';
import type { Schedule } from './queue/scheduler.ts';

/**
 * Every cron schedule, in one table. Each says what a missed tick after downtime means for it.
 */
export const schedules: readonly Schedule[] = [
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
];
