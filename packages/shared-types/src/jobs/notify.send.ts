import { z } from 'zod';
import { notificationChannelSchema } from '../notify/notification.ts';

/** Sends one notification on one channel, at most once (a deliveries row per notification and channel). */
export const notifySendPayloadSchema = z.strictObject({
  notification_id: z.uuid(),
  channel: notificationChannelSchema,
});
export type NotifySendPayload = z.input<typeof notifySendPayloadSchema>;

// Transient provider failures (429, 5xx, network) retry with the queue's backoff; permanent ones stop.
export const notifySendDefaults = { maxAttempts: 6, priority: 3 } as const;

/** At most one live send job per notification and channel. */
export function notifySendDedupKey(notificationId: string, channel: z.infer<typeof notificationChannelSchema>): string {
  return `notify-send:${notificationId}:${channel}`;
}
