import { Buffer } from 'node:buffer';

export const ENCRYPTION_KEY_BYTES = 32;

export const ENCRYPTION_KEY_FORMAT = `must be ${ENCRYPTION_KEY_BYTES} bytes encoded as 64 hex characters or base64 (e.g. \`openssl rand -base64 32\`)`;

const HEX = /^[0-9a-fA-F]{64}$/;
// Standard or URL-safe alphabet; Buffer's base64 decoder accepts both.
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** The key's bytes, or undefined when it is not a 32-byte hex/base64 string. */
export function tryDecodeEncryptionKey(key: string): Buffer | undefined {
  const bytes = HEX.test(key)
    ? Buffer.from(key, 'hex')
    : BASE64.test(key)
      ? Buffer.from(key, 'base64')
      : undefined;
  return bytes?.length === ENCRYPTION_KEY_BYTES ? bytes : undefined;
}

/** Decodes ENCRYPTION_KEY for use with node:crypto; the error never includes the key. */
export function decodeEncryptionKey(key: string): Buffer {
  const bytes = tryDecodeEncryptionKey(key);
  if (!bytes) throw new Error(`ENCRYPTION_KEY ${ENCRYPTION_KEY_FORMAT}`);
  return bytes;
}

/** ENCRYPTION_KEY_PREVIOUS's keys: comma-separated, spaces around each ignored. */
export function previousEncryptionKeys(value: string | undefined): string[] {
  return value?.split(',').map((key) => key.trim()) ?? [];
}

/**
 * The current key, then every key it replaced, decoded: what a reader tries in turn, so whatever
 * was sealed or signed before a rotation still opens.
 */
export function encryptionKeysNewestFirst(env: { ENCRYPTION_KEY: string; ENCRYPTION_KEY_PREVIOUS?: string | undefined }): Buffer[] {
  return [env.ENCRYPTION_KEY, ...previousEncryptionKeys(env.ENCRYPTION_KEY_PREVIOUS)].map(decodeEncryptionKey);
}
