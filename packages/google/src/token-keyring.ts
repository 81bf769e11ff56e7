import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { decodeEncryptionKey, encryptionKeysNewestFirst, type Env } from '@ordo/config';

/**
 * Keys that seal provider tokens at rest (AES-256-GCM). Each is derived from ENCRYPTION_KEY (or
 * one it replaced) with HKDF under a label of its own, so these keys seal nothing else; its id is
 * a digest of the derived key, so a sealed value names the key that opens it and rotation needs no
 * bookkeeping: set the new ENCRYPTION_KEY, move the old one to ENCRYPTION_KEY_PREVIOUS.
 */
export interface TokenKeyring {
  readonly currentKeyId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

const LABEL = 'ordo/provider-tokens/v1';
const VERSION = 'v1';

function deriveKey(raw: Buffer): { id: string; key: Buffer } {
  const key = Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), LABEL, 32));
  const id = createHash('sha256').update(key).digest('base64url').slice(0, 12);
  return { id, key };
}

export function tokenKeyring(env: Pick<Env, 'ENCRYPTION_KEY' | 'ENCRYPTION_KEY_PREVIOUS'>): TokenKeyring {
  const derived = encryptionKeysNewestFirst(env).map(deriveKey);
  const keys = new Map<string, Buffer>();
  for (const { id, key } of derived) {
    if (!keys.has(id)) keys.set(id, key);
  }
  return { currentKeyId: deriveKey(decodeEncryptionKey(env.ENCRYPTION_KEY)).id, keys };
}

/** A sealed value that cannot be opened: unknown key, tampered, or bound to another owner. */
export class SealedValueError extends Error {
  override name = 'SealedValueError';
}

export interface Sealed {
  /** `v1.<key id>.<iv>.<ciphertext>.<tag>`, base64url parts. */
  sealed: string;
  keyId: string;
}

/**
 * Seals `plaintext` under the current key. `binding` (e.g. the owning user's id) is authenticated
 * but not stored: a sealed value copied to another row does not open there.
 */
export function seal(keyring: TokenKeyring, plaintext: string, binding: string): Sealed {
  const key = keyring.keys.get(keyring.currentKeyId) as Buffer;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(binding, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [VERSION, keyring.currentKeyId, iv.toString('base64url'), ciphertext.toString('base64url'), cipher.getAuthTag().toString('base64url')];
  return { sealed: parts.join('.'), keyId: keyring.currentKeyId };
}

export function open(keyring: TokenKeyring, sealed: string, binding: string): string {
  const [version, keyId, iv, ciphertext, tag, ...rest] = sealed.split('.');
  if (version !== VERSION || !keyId || !iv || ciphertext === undefined || !tag || rest.length > 0) {
    throw new SealedValueError('not a sealed value');
  }
  const key = keyring.keys.get(keyId);
  if (!key) throw new SealedValueError(`sealed with key ${keyId}, which is neither ENCRYPTION_KEY nor in ENCRYPTION_KEY_PREVIOUS`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(binding, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SealedValueError('sealed value failed authentication');
  }
}

/** Whether a value sealed under `keyId` should be resealed with the current key. */
export function needsReseal(keyring: TokenKeyring, keyId: string): boolean {
  return keyId !== keyring.currentKeyId;
}
