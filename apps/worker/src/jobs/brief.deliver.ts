import { briefDeliverDefaults, briefDeliverPayloadSchema } from '@ordo/shared-types';
import { deliverBriefEmail } from '../delivery/send-brief-email.ts';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';

/**
 * Sends one stored brief by email, at most once ever. The deliveries row is committed as `sending`
 * before the SMTP conversation, so an attempt that finds it still `sending` knows an earlier one
 * may have been accepted: it records `uncertain` and sends nothing (see claimBriefDelivery).
 * Transient SMTP failures throw for the queue's retry with backoff; permanent ones stop at once.
 * brief.generate delivers in-process and queues this job only to retry a transient failure.
 */
export const briefDeliver = defineJob({
  name: 'brief.deliver',
  payload: briefDeliverPayloadSchema,
  options: { ...briefDeliverDefaults, timeoutMs: 2 * 60_000 },
  async handler(payload, { jobId, attempt, log, deps }) {
    const { brief_id: briefId } = payload;
    const outcome = await deliverBriefEmail(deps, { briefId, jobId, attempt }, log);
    if ('action' in outcome) {
      if (outcome.action === 'missing') throw new PermanentJobError(`brief ${briefId} does not exist`);
      return { delivery: outcome.status, delivery_id: outcome.deliveryId, reason: outcome.reason };
    }
    switch (outcome.delivery) {
      case 'sent':
        return { delivery: 'sent', delivery_id: outcome.deliveryId, message_id: outcome.messageId };
      case 'bounced':
        throw new PermanentJobError(`the mail server refused the brief for good: ${outcome.failure.message}`);
      case 'failed':
        throw new Error(`brief email failed (transient): ${outcome.failure.message}`);
    }
  },
});
