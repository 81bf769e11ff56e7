import { createHash, randomBytes } from 'node:crypto';

/** A new opaque token: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

// Tokens carry 256 bits of entropy, so a plain digest resists guessing and lets the
// database find a token by index; a slow password hash would add nothing.
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
