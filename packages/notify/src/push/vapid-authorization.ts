import webpush from 'web-push';

/** A token's `exp`, seconds after signing: web-push's own default, half of the 24 h RFC 8292 allows. */
export const VAPID_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
/**
 * How long one origin's token is reused before it is signed again. Every token sent then has at
 * least 11 hours left, far more than any clock skew between this server and a push service.
 */
export const VAPID_TOKEN_REUSE_MS = 60 * 60 * 1000;
/** Distinct push service origins kept; past it the longest-held token is dropped (endpoints are browsers' input). */
const MAX_ORIGINS = 256;

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  /** mailto: or https: contact for push services. */
  subject: string;
}

interface SignedToken {
  authorization: string;
  signedAt: number;
  renewAt: number;
}

/**
 * The `Authorization: vapid t=<JWT>, k=<key>` header for a push endpoint, signed once an hour per
 * push service origin (the JWT's `aud`) rather than for every message (signing each one was about a
 * tenth of the worker's CPU in a burst of pushes). One instance holds one key pair, so new keys mean a new instance
 * and never an old key's token.
 */
export class VapidAuthorizations {
  private readonly tokens = new Map<string, SignedToken>();

  constructor(
    private readonly keys: VapidKeys,
    private readonly now: () => number = Date.now,
  ) {}

  /** The header for `endpoint`'s origin; throws what web-push throws for unusable keys or subject. */
  for(endpoint: string): string {
    const audience = new URL(endpoint).origin;
    const now = this.now();
    const held = this.tokens.get(audience);
    // A clock that went back past the signing is distrusted too: the token is signed again.
    if (held && now >= held.signedAt && now < held.renewAt) return held.authorization;
    const expiresAt = Math.floor(now / 1000) + VAPID_TOKEN_LIFETIME_SECONDS;
    const { publicKey, privateKey, subject } = this.keys;
    const { Authorization } = webpush.getVapidHeaders(audience, subject, publicKey, privateKey, 'aes128gcm', expiresAt);
    this.tokens.delete(audience);
    if (this.tokens.size >= MAX_ORIGINS) this.tokens.delete(this.tokens.keys().next().value as string);
    this.tokens.set(audience, { authorization: Authorization, signedAt: now, renewAt: now + VAPID_TOKEN_REUSE_MS });
    return Authorization;
  }
}
