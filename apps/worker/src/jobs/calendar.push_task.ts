import { calendarPushTaskDefaults, calendarPushTaskPayloadSchema } from '@ordo/shared-types';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';

// Contract only: writing tasks to Google lands with the task-sync work; until then the job fails loudly.
export const calendarPushTask = defineJob({
  name: 'calendar.push_task',
  payload: calendarPushTaskPayloadSchema,
  options: { ...calendarPushTaskDefaults, timeoutMs: 2 * 60_000 },
  async handler(payload) {
    throw new PermanentJobError(`calendar.push_task is not built yet (task ${payload.task_id})`);
  },
});
