import { describe, expect, it } from 'vitest';
import { base64UrlBytes, sameKey } from './application-server-key.ts';

describe('base64UrlBytes', () => {
  it('reads base64url without padding, as VAPID keys are written', () => {
    const bytes = Uint8Array.from({ length: 65 }, (_, index) => (index * 37 + 250) % 256);
    const encoded = Buffer.from(bytes).toString('base64url');
    expect(encoded).toMatch(/[-_]/);
    expect(base64UrlBytes(encoded)).toEqual(bytes);
  });

  it('compares a subscription key with the expected one', () => {
    const key = base64UrlBytes('BAEC');
    expect(sameKey(key.slice().buffer, key)).toBe(true);
    expect(sameKey(base64UrlBytes('BAED').buffer, key)).toBe(false);
    expect(sameKey(null, key)).toBe(false);
  });
});
