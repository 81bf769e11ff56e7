import { capSmsSegments, SMS_MAX_SEGMENTS, SmsSendError } from '@ordo/notify';
import { TWILIO_UNSUBSCRIBED_RECIPIENT } from '@ordo/shared-types';
import { releasePlanUsage } from '@ordo/supabase-client';
import { type JobContext, PermanentJobError } from '../queue/job-definition.ts';
import type { NotificationSendClaim, SendTarget } from './claim-notification-deliveries.ts';
import type { NotificationOutcome } from './notification-outcome.ts';
import { notificationResultsWithCompletion } from './notification-result-recorder.ts';
import { optOutNumber, recordNotificationFailure } from './record-notification-delivery.ts';
import { skipIfTaskChanged, TASK_RECHECK_AFTER_WAIT_MS } from './skip-if-task-changed.ts';

type SmsTarget = Extract<SendTarget, { channel: 'sms' }>;

const MAYBE_ACCEPTED_NOTE = 'no answer from the SMS provider after the request went out: it may have accepted it, so it is not sent again';

/**
 * Sends the claimed SMS once its turn in the shared rate limit comes. Transient failures throw for
 * the queue's retry; permanent ones are recorded and stop the job; 21610 also opts the number out.
 */
export async function sendSmsNotification(claim: NotificationSendClaim, target: SmsTarget, context: JobContext): Promise<NotificationOutcome> {
  // context.log only where a line is written: a job's child logger costs about 0.3 ms to make.
  const { deps, signal } = context;
  const { deliveryId, notification } = claim;
  const { phone, usageSlot, slotAt } = target;
  // Nothing went out: the message no longer counts against the plan (a retry counts it again).
  const giveBackUsage = async () => {
    if (usageSlot) await releasePlanUsage(deps.db, usageSlot);
  };
  const waitStarted = performance.now();
  try {
    await (slotAt === null ? deps.smsSlots.take(signal) : deps.smsSlots.until(slotAt, signal));
  } catch (error) {
    // Nothing went out: the next attempt may send it.
    await recordNotificationFailure(deps.db, deliveryId, { errorClass: 'transient', message: 'stopped while waiting for a send slot', providerErrorCode: null });
    await giveBackUsage();
    throw error;
  }
  if (performance.now() - waitStarted >= TASK_RECHECK_AFTER_WAIT_MS) {
    const skipped = await skipIfTaskChanged(deps.db, claim, deps.clock.now());
    if (skipped !== null) {
      await giveBackUsage();
      context.log.info({ notification_id: notification.id, delivery_id: deliveryId, channel: 'sms', reason: skipped }, 'notification SMS skipped after waiting for its send slot');
      return { delivery: 'skipped', delivery_id: deliveryId, reason: skipped };
    }
  }
  // Producers fit their texts (fitSms); one that did not is cut here rather than billed as four or
  // more segments, and said, so the producer gets fixed.
  const body = capSmsSegments(notification.body);
  if (body !== notification.body) {
    context.log.warn({ notification_id: notification.id, kind: notification.kind, delivery_id: deliveryId }, `notification SMS over ${SMS_MAX_SEGMENTS} segments: sent cut to fit`);
  }
  let sid: string;
  try {
    ({ sid } = await deps.sms.send({ to: phone, body }));
  } catch (error) {
    if (!(error instanceof SmsSendError)) throw error;
    const about = { notification_id: notification.id, delivery_id: deliveryId, channel: 'sms', attempt: context.attempt, code: error.code, status: error.status };
    if (error.maybeAccepted) {
      await deps.db.asService((tx) => tx`update public.deliveries set status = 'uncertain', error = ${MAYBE_ACCEPTED_NOTE}, updated_at = now() where id = ${deliveryId} and status = 'sending'`);
      context.log.warn({ ...about, error: error.message }, 'notification SMS uncertain: the provider may have accepted it');
      return { delivery: 'uncertain', delivery_id: deliveryId, reason: MAYBE_ACCEPTED_NOTE };
    }
    await recordNotificationFailure(deps.db, deliveryId, { errorClass: error.errorClass, message: error.message, providerErrorCode: error.code });
    await giveBackUsage();
    if (error.errorClass === 'permanent') {
      if (error.code === TWILIO_UNSUBSCRIBED_RECIPIENT) await optOutNumber(deps.db, phone);
      context.log.warn({ ...about, opted_out: error.code === TWILIO_UNSUBSCRIBED_RECIPIENT }, 'notification SMS refused for good');
      throw new PermanentJobError(`the SMS provider refused the message for good: ${error.message}`);
    }
    context.log.warn({ ...about, error: error.message }, 'notification SMS failed; the queue retries it');
    throw new Error(`notification SMS failed (transient): ${error.message}`);
  }
  // Sent: recorded in the transaction that completes the job.
  context.completeWith(notificationResultsWithCompletion, {
    sent: { deliveryId, messageId: sid, providerStatus: deps.sms.kind === 'twilio' ? 'queued' : null, at: deps.clock.now() },
    devices: null,
  });
  return { delivery: 'sent', delivery_id: deliveryId, message_id: sid };
}
