/** A browser's push subscription as stored per device (push_subscriptions). */
export interface PushSubscriptionKeys {
  endpoint: string;
  /** The browser's P-256 public key, base64url. */
  p256dh: string;
  /** The browser's 16-byte auth secret, base64url. */
  auth: string;
}

/**
 * What the service worker receives, as JSON: it shows `title` and `body`, opens `link` (an app path)
 * on click, and replaces an earlier notification with the same `tag`.
 */
export interface PushPayload {
  title: string;
  body: string;
  link: string | null;
  tag: string | null;
}

export interface PushSendOptions {
  /** How long the push service keeps it for an offline device, in seconds (0: now or never). */
  ttlSeconds?: number;
}

export interface PushResult {
  /** The push service's HTTP status (201 Created). */
  status: number;
}

/**
 * A push the service refused or that failed. `gone` (404/410): the subscription expired or was
 * revoked, delete it. Otherwise 'transient' (429, 5xx, network) may pass on retry; 'permanent'
 * (400, 403 VAPID refused, 413 too large) will not.
 */
export class PushSendError extends Error {
  constructor(
    message: string,
    readonly errorClass: 'transient' | 'permanent',
    readonly status: number | null,
    readonly gone: boolean,
  ) {
    super(message);
    this.name = 'PushSendError';
  }
}

/** Web Push with VAPID and aes128gcm payload encryption. */
export interface PushTransport {
  /** The VAPID public key browsers subscribe with (applicationServerKey). */
  readonly publicKey: string;
  send(subscription: PushSubscriptionKeys, payload: PushPayload, options?: PushSendOptions): Promise<PushResult>;
}
