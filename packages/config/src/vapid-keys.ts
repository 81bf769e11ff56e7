import { Buffer } from 'node:buffer';
import { createECDH, ECDH, hkdfSync } from 'node:crypto';

/**
 * VAPID keys as the `web-push` package takes them: a P-256 key pair, the public key as the
 * 65-byte uncompressed point and the private key as the 32-byte scalar, both base64url
 * without padding.
 */
export interface VapidKeys {
  VAPID_PUBLIC_KEY: string;
  VAPID_PRIVATE_KEY: string;
}

const CURVE = 'prime256v1';
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export const VAPID_PUBLIC_KEY_FORMAT =
  'must be a P-256 public key: 65 bytes (uncompressed point) as base64url, e.g. from `npx web-push generate-vapid-keys`';
export const VAPID_PRIVATE_KEY_FORMAT = 'must be a P-256 private key: 32 bytes as base64url';

function decode(key: string, length: number): Buffer | undefined {
  if (!BASE64URL.test(key)) return undefined;
  const bytes = Buffer.from(key, 'base64url');
  return bytes.length === length ? bytes : undefined;
}

export function isVapidPublicKey(key: string): boolean {
  const bytes = decode(key, 65);
  if (!bytes) return false;
  try {
    // Throws unless the bytes are a point on the curve.
    ECDH.convertKey(bytes, CURVE);
    return true;
  } catch {
    return false;
  }
}

/** The public key of a valid private key, or undefined when the key is not one. */
export function vapidPublicKeyOf(privateKey: string): string | undefined {
  const bytes = decode(privateKey, 32);
  if (!bytes) return undefined;
  const ecdh = createECDH(CURVE);
  try {
    ecdh.setPrivateKey(bytes);
  } catch {
    return undefined;
  }
  return ecdh.getPublicKey().toString('base64url');
}

export function generateVapidKeys(): VapidKeys {
  const ecdh = createECDH(CURVE);
  ecdh.generateKeys();
  return {
    VAPID_PUBLIC_KEY: ecdh.getPublicKey().toString('base64url'),
    // getPrivateKey drops leading zero bytes (1 key in 256 would come out short): always 32.
    VAPID_PRIVATE_KEY: Buffer.concat([Buffer.alloc(32), ecdh.getPrivateKey()]).subarray(-32).toString('base64url'),
  };
}

/**
 * A key pair derived from secret bytes: every process that derives from the same seed gets the
 * same pair. Used when an older secrets file is extended, so that processes upgrading it at the
 * same moment write identical contents.
 */
export function deriveVapidKeys(seed: Buffer): VapidKeys {
  // A 32-byte string is a valid P-256 scalar unless it is 0 or >= the group order (about 2^-32).
  for (let attempt = 0; ; attempt++) {
    const candidate = Buffer.from(hkdfSync('sha256', seed, Buffer.alloc(0), `ordo vapid key ${attempt}`, 32));
    const privateKey = candidate.toString('base64url');
    const publicKey = vapidPublicKeyOf(privateKey);
    if (publicKey) return { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey };
  }
}
