import { createDecipheriv, createECDH, type ECDH, hkdfSync, randomBytes } from 'node:crypto';
import type { PushSubscriptionKeys } from '../push/push-transport.ts';

/**
 * The browser's side of a push subscription, for tests: a P-256 key pair and an auth secret made
 * here, and the RFC 8291 decryption of an aes128gcm message (RFC 8188) sent to it.
 */
export interface PushClient {
  /** The keys a browser would hand the app for this endpoint. */
  subscription(endpoint: string): PushSubscriptionKeys;
  /** The plaintext of an aes128gcm push message body; throws when it was not encrypted for this client. */
  decrypt(body: Buffer): Buffer;
}

const HEADER_FIXED_BYTES = 16 + 4 + 1; // salt, record size, key id length
const TAG_BYTES = 16;

function hkdf(salt: Buffer, ikm: Buffer, info: Buffer, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, length));
}

/** The 96-bit nonce of record `seq`: the base nonce XOR the sequence number (RFC 8188 §2.3). */
function recordNonce(base: Buffer, seq: number): Buffer {
  const nonce = Buffer.from(base);
  let rest = seq;
  for (let i = nonce.length - 1; rest > 0; i--) {
    nonce[i] = (nonce[i] ?? 0) ^ (rest & 0xff);
    rest = Math.floor(rest / 256);
  }
  return nonce;
}

export function decryptAes128gcm(body: Buffer, receiver: ECDH, authSecret: Buffer): Buffer {
  if (body.length < HEADER_FIXED_BYTES) throw new Error('aes128gcm body shorter than its header');
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const keyIdLength = body.readUInt8(20);
  // In Web Push the key id is the sender's ephemeral public key (RFC 8291 §4).
  const senderPublic = body.subarray(HEADER_FIXED_BYTES, HEADER_FIXED_BYTES + keyIdLength);
  const receiverPublic = receiver.getPublicKey();

  const ecdhSecret = receiver.computeSecret(senderPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), receiverPublic, senderPublic]);
  const ikm = hkdf(authSecret, ecdhSecret, keyInfo, 32);
  const contentKey = hkdf(salt, ikm, Buffer.from('Content-Encoding: aes128gcm\0'), 16);
  const baseNonce = hkdf(salt, ikm, Buffer.from('Content-Encoding: nonce\0'), 12);

  const records = body.subarray(HEADER_FIXED_BYTES + keyIdLength);
  const plaintext: Buffer[] = [];
  for (let offset = 0, seq = 0; offset < records.length; offset += recordSize, seq++) {
    const record = records.subarray(offset, Math.min(offset + recordSize, records.length));
    const last = offset + recordSize >= records.length;
    const decipher = createDecipheriv('aes-128-gcm', contentKey, recordNonce(baseNonce, seq));
    decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
    const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - TAG_BYTES)), decipher.final()]);
    // Data, then a delimiter (2 in the last record, 1 before), then zero padding.
    let end = padded.length - 1;
    while (end >= 0 && padded[end] === 0) end--;
    if (padded[end] !== (last ? 2 : 1)) throw new Error(`aes128gcm record ${seq} has no valid padding delimiter`);
    plaintext.push(padded.subarray(0, end));
  }
  return Buffer.concat(plaintext);
}

export function createPushClient(): PushClient {
  const keys = createECDH('prime256v1');
  keys.generateKeys();
  const authSecret = randomBytes(16);
  return {
    subscription: (endpoint) => ({
      endpoint,
      p256dh: keys.getPublicKey().toString('base64url'),
      auth: authSecret.toString('base64url'),
    }),
    decrypt: (body) => decryptAes128gcm(body, keys, authSecret),
  };
}
