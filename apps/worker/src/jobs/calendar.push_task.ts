import { GoogleDisconnectedError } from '@ordo/google';
import { calendarPushTaskDefaults, calendarPushTaskPayloadSchema } from '@ordo/shared-types';
import { pushTaskEvents } from '../calendar/push-task-events.ts';
import { defineJob } from '../queue/job-definition.ts';

/**
 * Brings one task's Google events in line with the task (see pushTaskEvents). Enqueued by triggers
 * on tasks, task_blocks and calendars, and by the inbound reconcile when Ordo's version won.
 */
export const calendarPushTask = defineJob({
  name: 'calendar.push_task',
  payload: calendarPushTaskPayloadSchema,
  options: { ...calendarPushTaskDefaults, timeoutMs: 2 * 60_000 },
  async handler(payload, { deps, signal, log }) {
    if (!deps.google) return { skipped: 'google_not_configured' };
    try {
      return await pushTaskEvents(deps.google, deps.mailLinks.appOrigin, payload.task_id, signal);
    } catch (error) {
      // A retry cannot help until the person connects again; reconnecting pushes their tasks anew.
      if (error instanceof GoogleDisconnectedError) {
        log.info({ task_id: payload.task_id, reason: error.reason }, 'calendar.push_task: Google is disconnected');
        return { skipped: 'disconnected' };
      }
      throw error;
    }
  },
});
