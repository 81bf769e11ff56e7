import { systemSleepDefaults, systemSleepPayloadSchema } from '@ordo/shared-types';
import { setTimeout as sleep } from 'node:timers/promises';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';

/**
 * Diagnostic job: waits `ms`, then succeeds or (with `fail`) fails. Its "started" step is a
 * checkpointed side effect (one log line), so a retry after a crash shows it is not repeated.
 */
export const systemSleep = defineJob({
  name: 'system.sleep',
  payload: systemSleepPayloadSchema,
  options: { ...systemSleepDefaults, timeoutMs: 15 * 60_000 },
  async handler(payload, { jobId, attempt, signal, log, progress, step }) {
    await step('started', async () => {
      log.info({ job_id: jobId, attempt }, 'system.sleep started');
      return { attempt };
    });
    await progress({ slept_ms: 0, of_ms: payload.ms });
    try {
      if (payload.ms > 0) await sleep(payload.ms, undefined, { signal });
    } catch (error) {
      log.info({ job_id: jobId, reason: (signal.reason as Error | undefined)?.name }, 'system.sleep interrupted');
      throw error;
    }
    if (payload.fail) {
      const message = `system.sleep asked to fail (attempt ${attempt})`;
      throw payload.permanent ? new PermanentJobError(message) : new Error(message);
    }
    return { slept_ms: payload.ms, attempt };
  },
});
