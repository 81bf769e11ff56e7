import { notifySendDefaults, notifySendPayloadSchema } from '@ordo/shared-types';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';
import type { NotificationOutcome } from '../notify/notification-outcome.ts';
import { sendEmailNotification } from '../notify/send-email-notification.ts';
import { sendPushNotification } from '../notify/send-push-notification.ts';
import { sendSmsNotification } from '../notify/send-sms-notification.ts';

/**
 * Sends one notification on one channel, at most once ever. The deliveries row is committed as
 * `sending` before the provider call, so an attempt that finds it still `sending` knows an earlier
 * one may have been accepted: it records `uncertain` and sends nothing. The task it is about
 * (finished, deleted or moved since) and the person's settings are checked at send time (stale,
 * quiet hours, channel off, cap, opt-out); inside quiet hours a follow-up job sends it when they end.
 */
export const notifySend = defineJob({
  name: 'notify.send',
  payload: notifySendPayloadSchema,
  options: { ...notifySendDefaults, timeoutMs: 60_000 },
  async handler(payload, context): Promise<NotificationOutcome> {
    // context.log only where a line is written: a job's child logger costs about 0.3 ms to make.
    const { deps, jobId } = context;
    const { notification_id: notificationId, channel } = payload;
    const claim = await deps.notificationClaimer.claim({ notificationId, channel, jobId, now: deps.clock.now(), pushAvailable: deps.push !== null, planLimits: deps.planLimits });
    const about = { notification_id: notificationId, channel };
    switch (claim.action) {
      case 'missing':
        throw new PermanentJobError(`notification ${notificationId} does not exist`);
      case 'deferred':
        context.log.info({ ...about, release_at: claim.releaseAt.toISOString(), follow_up_job_id: claim.followUpJobId }, 'notification held until quiet hours end');
        return { delivery: 'deferred', release_at: claim.releaseAt.toISOString(), follow_up_job_id: claim.followUpJobId };
      case 'settled':
        if (claim.becameUncertain) {
          context.log.warn({ ...about, delivery_id: claim.deliveryId }, 'notification delivery uncertain: an earlier attempt may have sent it, so it is not sent again');
        } else {
          context.log.info({ ...about, delivery_id: claim.deliveryId, status: claim.status, reason: claim.reason }, 'notification delivery settled without sending');
        }
        return { delivery: claim.status, delivery_id: claim.deliveryId, reason: claim.reason };
      case 'send': {
        const { target } = claim;
        if (target.channel === 'sms') return sendSmsNotification(claim, target, context);
        if (target.channel === 'email') return sendEmailNotification(claim, target.address, context);
        // The claim only targets push when the transport exists.
        if (!deps.push) throw new Error('push claimed without a push transport');
        return sendPushNotification(claim, target.devices, deps.push, context);
      }
    }
  },
});
