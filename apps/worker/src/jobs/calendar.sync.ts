import { calendarSyncDefaults, calendarSyncPayloadSchema } from '@ordo/shared-types';
import { CalendarSyncRefused, syncCalendar } from '../calendar/sync-calendar.ts';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';

/**
 * Brings one calendar's copy up to date (calendar/sync-calendar.ts), then makes sure it has a
 * push channel when the webhook can be reached. Enqueued under calendarSyncDedupKey, so at most
 * one runs or waits per calendar: a burst of pushes becomes one sync. Without Google configured
 * it does nothing; a disconnected connection completes without retrying.
 */
export const calendarSync = defineJob({
  name: 'calendar.sync',
  payload: calendarSyncPayloadSchema,
  options: { ...calendarSyncDefaults, timeoutMs: 10 * 60_000 },
  async handler(payload, { deps, log, signal }) {
    if (!deps.google) return { outcome: 'skipped', reason: 'google_not_configured' };
    try {
      const result = await syncCalendar(
        { google: deps.google, webhook: deps.calendarWebhook, now: () => deps.clock.now(), log },
        payload.calendar_id,
        { full: payload.full, signal },
      );
      log.info({ calendar_id: payload.calendar_id, reason: payload.reason, ...result }, 'calendar synced');
      return result;
    } catch (error) {
      if (error instanceof CalendarSyncRefused) throw new PermanentJobError(error.message);
      throw error;
    }
  },
});
