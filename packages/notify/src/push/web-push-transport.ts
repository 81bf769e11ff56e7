import webpush from 'web-push';
import { z } from 'zod';
import { isLoopbackHttpEndpoint, LoopbackHttpAgent } from './loopback-agent.ts';
import { type PushPayload, type PushResult, type PushSendOptions, PushSendError, type PushSubscriptionKeys, type PushTransport } from './push-transport.ts';
import { VapidAuthorizations } from './vapid-authorization.ts';

export interface WebPushOptions {
  publicKey: string;
  privateKey: string;
  /** mailto: or https: contact for push services. */
  subject: string;
  timeoutMs?: number;
  /** The clock VAPID tokens are signed and renewed by, in ms (tests move it). */
  now?: () => number;
}

/** A week: what a push service keeps for an offline device when the caller says nothing. */
const DEFAULT_TTL_SECONDS = 7 * 24 * 60 * 60;

const base64urlBytes = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+=*$/, `expected ${what} as base64url`)
    .refine((value) => Buffer.from(value, 'base64url').length === bytes, `expected ${what} of ${bytes} bytes`);

/** What a browser's PushSubscription must hold for an aes128gcm message to be encrypted to it. */
const subscriptionSchema = z.object({
  endpoint: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
  p256dh: base64urlBytes(65, 'a P-256 public key'),
  auth: base64urlBytes(16, 'an auth secret'),
});

function classify(status: number): 'transient' | 'permanent' {
  return status === 429 || status >= 500 ? 'transient' : 'permanent';
}

/** Turns what web-push threw into a PushSendError; the endpoint (a capability URL) is left out. */
export function webPushSendError(error: unknown): PushSendError {
  if (error instanceof webpush.WebPushError) {
    const status = error.statusCode;
    const gone = status === 404 || status === 410;
    const detail = typeof error.body === 'string' && error.body.trim() !== '' ? `: ${error.body.trim().slice(0, 200)}` : '';
    return new PushSendError(`the push service answered HTTP ${status}${detail}`, gone ? 'permanent' : classify(status), status, gone);
  }
  const text = error instanceof Error ? error.message : String(error);
  return new PushSendError(`the push service could not be reached: ${text}`, 'transient', null, false);
}

/**
 * Web Push through the `web-push` package (VAPID, aes128gcm), each push service origin's VAPID token
 * reused for an hour (VapidAuthorizations). Build one a process and reuse it.
 */
export function createWebPushTransport(options: WebPushOptions): PushTransport {
  const authorizations = new VapidAuthorizations({ subject: options.subject, publicKey: options.publicKey, privateKey: options.privateKey }, options.now);
  const loopbackAgent = new LoopbackHttpAgent({ keepAlive: true });
  return {
    publicKey: options.publicKey,
    async send(subscription: PushSubscriptionKeys, payload: PushPayload, sendOptions: PushSendOptions = {}): Promise<PushResult> {
      const valid = subscriptionSchema.safeParse(subscription);
      if (!valid.success) {
        const problems = valid.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
        // Stored wrong, it will never work: permanent, but left for its owner to remove.
        throw new PushSendError(`the push subscription is malformed (${problems})`, 'permanent', null, false);
      }
      try {
        const response = await webpush.sendNotification(
          { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
          JSON.stringify(payload),
          {
            // Our own VAPID header; without vapidDetails web-push signs nothing (nothing here sets its global keys).
            headers: { Authorization: authorizations.for(subscription.endpoint) },
            contentEncoding: 'aes128gcm',
            TTL: sendOptions.ttlSeconds ?? DEFAULT_TTL_SECONDS,
            timeout: options.timeoutMs ?? 15_000,
            ...(isLoopbackHttpEndpoint(subscription.endpoint) ? { agent: loopbackAgent } : {}),
          },
        );
        return { status: response.statusCode };
      } catch (error) {
        throw webPushSendError(error);
      }
    },
  };
}
