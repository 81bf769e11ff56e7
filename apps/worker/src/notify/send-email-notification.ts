import { type JobContext, PermanentJobError } from '../queue/job-definition.ts';
import { classifySendFailure } from '../delivery/smtp-failure.ts';
import type { NotificationSendClaim } from './claim-notification-deliveries.ts';
import type { NotificationOutcome } from './notification-outcome.ts';
import { notificationResultsWithCompletion } from './notification-result-recorder.ts';
import { recordNotificationFailure } from './record-notification-delivery.ts';

/** The plain-text mail of a notification: its body, then the link into the app. */
export function notificationEmailText(body: string, link: string | null, appOrigin: string): string {
  return link ? `${body}\n\n${appOrigin}${link}\n` : `${body}\n`;
}

/** Mails the claimed notification as a short plain-text email (subject = its title). */
export async function sendEmailNotification(claim: NotificationSendClaim, address: string, context: JobContext): Promise<NotificationOutcome> {
  const { deps, log } = context;
  const { deliveryId, notification } = claim;
  const messageId = `<notification.${notification.id}@${deps.mailLinks.messageIdHost}>`;
  try {
    await deps.mail.send({
      to: address,
      subject: notification.title,
      text: notificationEmailText(notification.body, notification.link, deps.mailLinks.appOrigin),
      messageId,
    });
  } catch (error) {
    const failure = classifySendFailure(error);
    const about = { notification_id: notification.id, delivery_id: deliveryId, channel: 'email', attempt: context.attempt, smtp_code: failure.responseCode, error: failure.message };
    const permanent = failure.errorClass === 'permanent';
    await recordNotificationFailure(deps.db, deliveryId, {
      errorClass: failure.errorClass,
      message: failure.message,
      providerErrorCode: failure.responseCode,
      status: permanent ? 'bounced' : 'failed',
    });
    if (permanent) {
      log.warn(about, 'notification email bounced');
      throw new PermanentJobError(`the mail server refused the notification for good: ${failure.message}`);
    }
    log.warn(about, 'notification email failed; the queue retries it');
    throw new Error(`notification email failed (transient): ${failure.message}`, { cause: error });
  }
  // Sent: recorded in the transaction that completes the job.
  context.completeWith(notificationResultsWithCompletion, { sent: { deliveryId, messageId, providerStatus: null, at: deps.clock.now() }, devices: null });
  return { delivery: 'sent', delivery_id: deliveryId, message_id: messageId };
}
