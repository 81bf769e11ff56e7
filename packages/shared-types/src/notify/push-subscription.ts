import { z } from 'zod';
import { timestampSchema } from '../timestamp.ts';

// Loopback and private addresses name machines on the operator's side: the worker would post there.
const PRIVATE_HOST = /^(localhost|.*\.localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|0\.0\.0\.0|\[.*\])$/i;

function isPushServiceUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !PRIVATE_HOST.test(url.hostname) && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

// base64url without padding, as PushSubscription.toJSON() gives the keys.
const base64url = (what: string, max: number) =>
  z
    .string()
    .min(1, `Fill in ${what}`)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+=*$/, `Expected ${what} as base64url`);

/**
 * A browser's push subscription as `PushSubscription.toJSON()` gives it (expirationTime allowed
 * and ignored). The endpoint must be an https URL of a push service on the internet: the worker
 * posts to it, so a loopback, private or IP-literal (IPv6) address is refused.
 */
export const pushSubscriptionInputSchema = z.strictObject({
  endpoint: z
    .string()
    .max(2000)
    .refine(isPushServiceUrl, 'Expected the https address of a push service (not a local or private address)')
    .meta({ examples: ['https://fcm.googleapis.com/fcm/send/robust-example'] }),
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({
    p256dh: base64url('the p256dh key', 200),
    auth: base64url('the auth secret', 100),
  }),
});
export type PushSubscriptionInput = z.output<typeof pushSubscriptionInputSchema>;

/** One device (browser) that receives a person's push notifications. */
export const pushDeviceSchema = z.object({
  id: z.uuid(),
  // "Chrome on Linux", from the User-Agent that subscribed.
  label: z.string().nullable(),
  // The browser compares it with its own subscription to mark "this device".
  endpoint: z.string(),
  created_at: timestampSchema,
  last_success_at: timestampSchema.nullable(),
  last_failure_at: timestampSchema.nullable(),
});
export type PushDevice = z.infer<typeof pushDeviceSchema>;

/** The answer to "Send a test notification": the notification queued for the push channel, and when it goes (quiet hours hold it). */
export const pushTestAcceptedSchema = z.object({ notification_id: z.uuid(), send_at: timestampSchema });
export type PushTestAccepted = z.infer<typeof pushTestAcceptedSchema>;

/**
 * What the worker sends as a push message's payload and the service worker shows: link is an app
 * path (/tasks/<id>) opened on a click; notifications with the same tag replace each other.
 */
export const pushMessageSchema = z.object({
  title: z.string().min(1).max(120),
  body: z.string().max(480),
  link: z
    .string()
    .regex(/^\/(?!\/)/, 'Expected an app path such as /tasks/…')
    .max(500)
    .nullable()
    .optional(),
  tag: z.string().max(200).nullable().optional(),
});
export type PushMessage = z.infer<typeof pushMessageSchema>;
