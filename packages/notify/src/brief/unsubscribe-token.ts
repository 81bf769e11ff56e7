import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { decodeEncryptionKey, encryptionKeysNewestFirst } from '@ordo/config';

/** What a token unsubscribes from: the channel of one kind of message. */
export const UNSUBSCRIBE_PURPOSES = ['brief-email'] as const;
export type UnsubscribePurpose = (typeof UNSUBSCRIBE_PURPOSES)[number];

/** Long enough that last season's brief still unsubscribes; short enough that a leaked link dies. */
export const UNSUBSCRIBE_TOKEN_DAYS = 90;

const VERSION = 'u1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const MAC_BYTES = 32;
// A label of its own, so this key signs nothing else made from ENCRYPTION_KEY.
const HKDF_INFO = 'ordo/unsubscribe-token/v1';

/**
 * The signing key, derived from ENCRYPTION_KEY with HKDF: web (which checks tokens) and worker
 * (which mails them) agree without another secret, and the key never encrypts anything.
 */
export function unsubscribeKey(encryptionKey: string): Buffer {
  return keyFromEncryptionKey(decodeEncryptionKey(encryptionKey));
}

function keyFromEncryptionKey(encryptionKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), HKDF_INFO, 32));
}

/**
 * The keys a link may be signed with: ENCRYPTION_KEY's, then each of ENCRYPTION_KEY_PREVIOUS's, so
 * links in emails sent before a key rotation keep unsubscribing for their whole lifetime.
 */
export function unsubscribeKeys(env: { ENCRYPTION_KEY: string; ENCRYPTION_KEY_PREVIOUS?: string | undefined }): Buffer[] {
  return encryptionKeysNewestFirst(env).map(keyFromEncryptionKey);
}

export interface UnsubscribeClaim {
  userId: string;
  purpose: UnsubscribePurpose;
  expiresAt: Date;
}

function mac(key: Buffer, body: string): Buffer {
  return createHmac('sha256', key).update(body).digest();
}

/** `u1.<purpose>.<user id>.<expiry, unix seconds>.<HMAC-SHA256 of the rest>`: URL-safe as it stands. */
export function createUnsubscribeToken(claim: UnsubscribeClaim, key: Buffer): string {
  const expires = Math.floor(claim.expiresAt.getTime() / 1000);
  const body = [VERSION, claim.purpose, claim.userId.toLowerCase(), String(expires)].join('.');
  return `${body}.${mac(key, body).toString('base64url')}`;
}

export type UnsubscribeVerdict =
  | { ok: true; userId: string; purpose: UnsubscribePurpose; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'tampered' | 'expired' };

/**
 * Checks shape, then signature (constant time, against every key: signed by any of them is
 * genuine), then expiry: an expired forgery reads as tampered.
 */
export function verifyUnsubscribeToken(token: string, keys: readonly Buffer[], now: Date): UnsubscribeVerdict {
  const parts = token.split('.');
  if (parts.length !== 5) return { ok: false, reason: 'malformed' };
  const [version, purpose, userId, expires, signature] = parts as [string, string, string, string, string];
  const known = (UNSUBSCRIBE_PURPOSES as readonly string[]).includes(purpose);
  if (version !== VERSION || !known || !UUID.test(userId) || !/^\d{1,12}$/.test(expires) || !BASE64URL.test(signature)) {
    return { ok: false, reason: 'malformed' };
  }
  const given = Buffer.from(signature, 'base64url');
  const body = parts.slice(0, 4).join('.');
  const genuine = given.length === MAC_BYTES && keys.map((key) => timingSafeEqual(given, mac(key, body))).includes(true);
  if (!genuine) return { ok: false, reason: 'tampered' };
  const expiresAt = new Date(Number(expires) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, userId, purpose: purpose as UnsubscribePurpose, expiresAt };
}
