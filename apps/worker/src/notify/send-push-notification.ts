import { PushSendError, type PushTransport } from '@ordo/notify';
import { type JobContext, PermanentJobError } from '../queue/job-definition.ts';
import type { NotificationSendClaim } from './claim-notification-deliveries.ts';
import type { PushDevice } from './notification-facts.ts';
import type { NotificationOutcome } from './notification-outcome.ts';
import { notificationResultsWithCompletion } from './notification-result-recorder.ts';
import { recordNotificationFailure } from './record-notification-delivery.ts';

/** How long a push service keeps a notification for an offline device when it has no stale time. */
const DEFAULT_TTL_SECONDS = 24 * 60 * 60;

type DeviceResult = { device: PushDevice; ok: true } | { device: PushDevice; ok: false; error: PushSendError };

async function pushTo(push: PushTransport, device: PushDevice, claim: NotificationSendClaim, ttlSeconds: number): Promise<DeviceResult> {
  const { notification } = claim;
  try {
    await push.send(device, { title: notification.title, body: notification.body, link: notification.link, tag: `notification:${notification.id}` }, { ttlSeconds });
    return { device, ok: true };
  } catch (error) {
    if (error instanceof PushSendError) return { device, ok: false, error };
    throw error;
  }
}

/**
 * Pushes the claimed notification to each of the person's devices once. Sent when any device's
 * push service accepted it; a 404/410 deletes that subscription. With none accepted, a transient
 * failure throws for the queue's retry (no device has it yet); otherwise it is failed for good.
 */
export async function sendPushNotification(
  claim: NotificationSendClaim,
  devices: PushDevice[],
  push: PushTransport,
  context: JobContext,
): Promise<NotificationOutcome> {
  // context.log only where a line is written: a job's child logger costs about 0.3 ms to make.
  const { deps } = context;
  const { deliveryId, notification } = claim;
  const now = deps.clock.now();
  const ttlSeconds = notification.stale_at ? Math.max(0, Math.floor((notification.stale_at.getTime() - now.getTime()) / 1000)) : DEFAULT_TTL_SECONDS;
  const results = await Promise.all(devices.map((device) => pushTo(push, device, claim, ttlSeconds)));

  const accepted = results.filter((result) => result.ok).map((result) => result.device.id);
  const failed = results.flatMap((result) => (result.ok ? [] : [result]));
  const gone = failed.filter((result) => result.error.gone).map((result) => result.device.id);
  const failing = failed.filter((result) => !result.error.gone).map((result) => result.device.id);
  const deviceResults = { at: now, accepted, failing, gone };
  const devicesOutcome = { accepted: accepted.length, tried: devices.length, removed: gone.length };
  const about = { notification_id: notification.id, delivery_id: deliveryId, channel: 'push', attempt: context.attempt, ...devicesOutcome };
  for (const result of failed) context.log.info({ ...about, status: result.error.status, gone: result.error.gone, error: result.error.message }, 'push to one device failed');

  if (accepted.length > 0) {
    // The devices' answers and the sent mark in one write, in the transaction that completes the job.
    const sent = { deliveryId, messageId: null, providerStatus: `accepted by ${accepted.length} of ${devices.length}`, at: now };
    context.completeWith(notificationResultsWithCompletion, { sent, devices: deviceResults });
    return { delivery: 'sent', delivery_id: deliveryId, devices: devicesOutcome };
  }
  await deps.notificationResults.record({ sent: null, devices: deviceResults });
  const summary = failed.map((result) => result.error.message).join('; ');
  const transient = failed.some((result) => result.error.errorClass === 'transient');
  const lastStatus = failed.at(-1)?.error.status ?? null;
  await recordNotificationFailure(deps.db, deliveryId, { errorClass: transient ? 'transient' : 'permanent', message: `no device accepted it: ${summary}`, providerErrorCode: lastStatus });
  if (transient) {
    context.log.warn(about, 'notification push failed on every device; the queue retries it');
    throw new Error(`notification push failed (transient): ${summary}`);
  }
  if (gone.length === devices.length) {
    // Every subscription had expired: nothing is broken, there is just no device left.
    context.log.info(about, 'notification push: every subscription had expired and was removed');
    return { delivery: 'failed', delivery_id: deliveryId, reason: 'every push subscription had expired (removed)', devices: devicesOutcome };
  }
  context.log.warn(about, 'notification push refused for good');
  throw new PermanentJobError(`the push services refused the notification for good: ${summary}`);
}
