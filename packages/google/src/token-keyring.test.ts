import { describe, expect, it } from 'vitest';
import { needsReseal, open, SealedValueError, seal, tokenKeyring } from './token-keyring.ts';

const KEY_A = 'ab'.repeat(32);
const KEY_B = Buffer.alloc(32, 7).toString('base64');

describe('token keyring', () => {
  it('seals with a fresh IV each time and opens what it sealed', () => {
    const keyring = tokenKeyring({ ENCRYPTION_KEY: KEY_A });
    const first = seal(keyring, 'refresh-token-value', 'user-1');
    const second = seal(keyring, 'refresh-token-value', 'user-1');
    expect(first.sealed).not.toBe(second.sealed);
    expect(first.sealed).not.toContain('refresh-token-value');
    expect(open(keyring, first.sealed, 'user-1')).toBe('refresh-token-value');
  });

  it('refuses a value bound to another owner or tampered with', () => {
    const keyring = tokenKeyring({ ENCRYPTION_KEY: KEY_A });
    const { sealed } = seal(keyring, 'secret', 'user-1');
    expect(() => open(keyring, sealed, 'user-2')).toThrow(SealedValueError);
    const parts = sealed.split('.');
    const ciphertext = Buffer.from(parts[3] as string, 'base64url');
    ciphertext[0] = (ciphertext[0] as number) ^ 1;
    parts[3] = ciphertext.toString('base64url');
    expect(() => open(keyring, parts.join('.'), 'user-1')).toThrow(SealedValueError);
  });

  it('opens values sealed under a previous key after rotation, and says they need resealing', () => {
    const before = tokenKeyring({ ENCRYPTION_KEY: KEY_A });
    const old = seal(before, 'kept across rotation', 'user-1');
    const after = tokenKeyring({ ENCRYPTION_KEY: KEY_B, ENCRYPTION_KEY_PREVIOUS: `  ${KEY_A} ` });
    expect(open(after, old.sealed, 'user-1')).toBe('kept across rotation');
    expect(needsReseal(after, old.keyId)).toBe(true);
    expect(needsReseal(after, seal(after, 'x', 'user-1').keyId)).toBe(false);
    const withoutOldKey = tokenKeyring({ ENCRYPTION_KEY: KEY_B });
    expect(() => open(withoutOldKey, old.sealed, 'user-1')).toThrow(/ENCRYPTION_KEY_PREVIOUS/);
  });
});
