import { describe, expect, it } from 'vitest';
import { generateVapidKeys, vapidPublicKeyOf } from './vapid-keys.ts';

describe('generateVapidKeys', () => {
  it('always writes a 32-byte private key that the config accepts, even when its first byte is zero', () => {
    // About 1 key in 256 starts with a zero byte: 3,000 pairs meet several.
    for (let i = 0; i < 3_000; i++) {
      const pair = generateVapidKeys();
      expect(Buffer.from(pair.VAPID_PRIVATE_KEY, 'base64url')).toHaveLength(32);
      expect(vapidPublicKeyOf(pair.VAPID_PRIVATE_KEY)).toBe(pair.VAPID_PUBLIC_KEY);
    }
  });
});
