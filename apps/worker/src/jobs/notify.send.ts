import { notifySendDefaults, notifySendPayloadSchema } from '@ordo/shared-types';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';

/** Sends one notification on one channel. Being built: refuses every job for now. */
export const notifySend = defineJob({
  name: 'notify.send',
  payload: notifySendPayloadSchema,
  options: { ...notifySendDefaults, timeoutMs: 60_000 },
  async handler(payload) {
    throw new PermanentJobError(`notify.send is not built yet (notification ${payload.notification_id}, ${payload.channel})`);
  },
});
