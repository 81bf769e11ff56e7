import { briefDeliverDefaults, briefDeliverPayloadSchema } from '@ordo/shared-types';
import { claimBriefDelivery } from '../delivery/claim-brief-delivery.ts';
import { recordBounce, recordTransientFailure } from '../delivery/record-delivery.ts';
import { classifySendFailure } from '../delivery/smtp-failure.ts';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';

/**
 * Sends one stored brief by email, at most once ever. The deliveries row is committed as `sending`
 * before the SMTP conversation, so an attempt that finds it still `sending` knows an earlier one
 * may have been accepted: it records `uncertain` and sends nothing (see claimBriefDelivery).
 * Transient SMTP failures throw for the queue's retry with backoff; permanent ones stop at once.
 */
export const briefDeliver = defineJob({
  name: 'brief.deliver',
  payload: briefDeliverPayloadSchema,
  options: { ...briefDeliverDefaults, timeoutMs: 2 * 60_000 },
  async handler(payload, { jobId, attempt, log, deps }) {
    const { brief_id: briefId, channel } = payload;
    const claim = await claimBriefDelivery(deps.db, { briefId, channel, jobId, links: deps.mailLinks, now: deps.clock.now() });
    if (claim.action === 'missing') throw new PermanentJobError(`brief ${briefId} does not exist`);
    if (claim.action === 'settled') {
      if (claim.becameUncertain) {
        log.warn({ brief_id: briefId, delivery_id: claim.deliveryId, channel }, 'brief delivery uncertain: an earlier attempt may have sent it, so it is not sent again');
      } else {
        log.info({ brief_id: briefId, delivery_id: claim.deliveryId, channel, status: claim.status, reason: claim.reason }, 'brief delivery settled without sending');
      }
      return { delivery: claim.status, delivery_id: claim.deliveryId, reason: claim.reason };
    }
    const { email } = claim;
    try {
      await deps.mail.send({
        to: claim.recipient,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
        headers: email.headers,
      });
    } catch (error) {
      const failure = classifySendFailure(error);
      const context = { brief_id: briefId, delivery_id: claim.deliveryId, channel, attempt, smtp_code: failure.responseCode, error: failure.message };
      if (failure.errorClass === 'permanent') {
        const bounce = await recordBounce(deps.db, claim.deliveryId, claim.userId, failure);
        log.warn({ ...context, hard_bounces: bounce.hardBounces, channel_turned_off: bounce.channelTurnedOff }, 'brief email bounced');
        throw new PermanentJobError(`the mail server refused the brief for good: ${failure.message}`);
      }
      await recordTransientFailure(deps.db, claim.deliveryId, failure);
      log.warn(context, 'brief email failed; the queue retries it');
      throw new Error(`brief email failed (transient): ${failure.message}`, { cause: error });
    }
    await deps.sentRecorder.record(claim.deliveryId, claim.userId);
    return { delivery: 'sent', delivery_id: claim.deliveryId, message_id: email.messageId };
  },
});
