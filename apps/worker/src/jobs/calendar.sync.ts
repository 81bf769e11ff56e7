import { calendarSyncDefaults, calendarSyncPayloadSchema } from '@ordo/shared-types';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';

// Contract only: the sync itself lands with the calendar-sync work; until then the job fails loudly.
export const calendarSync = defineJob({
  name: 'calendar.sync',
  payload: calendarSyncPayloadSchema,
  options: { ...calendarSyncDefaults, timeoutMs: 10 * 60_000 },
  async handler(payload) {
    throw new PermanentJobError(`calendar.sync is not built yet (calendar ${payload.calendar_id})`);
  },
});
