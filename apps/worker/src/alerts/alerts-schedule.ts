import { previousScheduleTick } from '@ordo/supabase-client';
import type { Schedule, ScheduleTick } from '../queue/scheduler.ts';
import { createEventSoonAlerts } from './event-soon-alerts.ts';
import { createOverdueDigests } from './overdue-digest-alerts.ts';
import { createTaskSoonAlerts } from './task-soon-alerts.ts';

export const ALERTS_SCHEDULE_NAME = 'alerts';

/**
 * How far back a tick looks for digest times after downtime: a digest a few hours late still
 * helps, one from yesterday does not (the next one says the same).
 */
export const DIGEST_LOOK_BACK_MAX_MS = 3 * 3_600_000;
const MINUTE_MS = 60_000;

/**
 * One tick of the alerts schedule, in the tick's transaction: tasks starting soon (every task
 * due an alert by now and not started; see task-soon-alerts.ts), calendar events starting soon
 * (event-soon-alerts.ts) and the overdue digests whose
 * time fell since the previous tick. Alerts are created through createNotification, which
 * enqueues their notify.send jobs: the tick itself enqueues nothing.
 */
export async function alertsScheduleJobs({ at, tx }: ScheduleTick): Promise<[]> {
  const previous = await previousScheduleTick(tx, ALERTS_SCHEDULE_NAME, at);
  const from = new Date(previous ? Math.max(previous.getTime(), at.getTime() - DIGEST_LOOK_BACK_MAX_MS) : at.getTime() - MINUTE_MS);
  await createTaskSoonAlerts(tx, at);
  await createEventSoonAlerts(tx, at);
  await createOverdueDigests(tx, { from, to: at });
  return [];
}

/** Every minute; after downtime the catch-up tick covers digests since the last recorded tick. */
export const alertsSchedule: Schedule = {
  name: ALERTS_SCHEDULE_NAME,
  cron: '* * * * *',
  jobs: alertsScheduleJobs,
  missed: 'latest',
};
