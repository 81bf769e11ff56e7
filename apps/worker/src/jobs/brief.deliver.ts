import { briefDeliverDefaults, briefDeliverPayloadSchema } from '@ordo/shared-types';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';

// Placeholder while delivery is built (replaced in this delivery work).
export const briefDeliver = defineJob({
  name: 'brief.deliver',
  payload: briefDeliverPayloadSchema,
  options: { ...briefDeliverDefaults, timeoutMs: 2 * 60_000 },
  async handler() {
    throw new PermanentJobError('brief.deliver is not built yet');
  },
});
