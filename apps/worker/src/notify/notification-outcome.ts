import type { NotificationDeliveryStatus } from './claim-notification-deliveries.ts';

/** What a notify.send job returns (stored as the job's result). */
export interface NotificationOutcome {
  delivery: NotificationDeliveryStatus | 'deferred';
  delivery_id?: string;
  /** Twilio's SID for SMS; the Message-ID for email. */
  message_id?: string;
  reason?: string | null;
  /** Push: devices that accepted it, of those tried. */
  devices?: { accepted: number; tried: number; removed: number };
  /** Deferred past quiet hours: when, and the job that sends it then. */
  release_at?: string;
  follow_up_job_id?: string;
}
