import { briefGenerateDefaults, briefGeneratePayloadSchema } from '@ordo/shared-types';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';

// Placeholder while the pipeline is built (replaced in this pipeline work).
export const briefGenerate = defineJob({
  name: 'brief.generate',
  payload: briefGeneratePayloadSchema,
  options: { ...briefGenerateDefaults, timeoutMs: 5 * 60_000 },
  async handler() {
    throw new PermanentJobError('brief.generate is not built yet');
  },
});
