import { describe, expect, it } from 'vitest';
import { encryptionKeysNewestFirst } from './encryption-key.ts';

const CURRENT = 'ab'.repeat(32);
const OLDER = Buffer.alloc(32, 7).toString('base64');
const OLDEST = 'cd'.repeat(32);

describe('encryptionKeysNewestFirst', () => {
  it('is the current key alone when none was replaced', () => {
    expect(encryptionKeysNewestFirst({ ENCRYPTION_KEY: CURRENT })).toEqual([Buffer.from(CURRENT, 'hex')]);
  });

  it('puts the current key first, then the replaced ones in their listed order, spaces ignored', () => {
    const keys = encryptionKeysNewestFirst({ ENCRYPTION_KEY: CURRENT, ENCRYPTION_KEY_PREVIOUS: ` ${OLDER} ,${OLDEST}` });
    expect(keys).toEqual([Buffer.from(CURRENT, 'hex'), Buffer.alloc(32, 7), Buffer.from(OLDEST, 'hex')]);
  });

  it('refuses a malformed replaced key without echoing it', () => {
    expect(() => encryptionKeysNewestFirst({ ENCRYPTION_KEY: CURRENT, ENCRYPTION_KEY_PREVIOUS: 'not-a-key' })).toThrow(/^ENCRYPTION_KEY must be 32 bytes/);
    expect(() => encryptionKeysNewestFirst({ ENCRYPTION_KEY: CURRENT, ENCRYPTION_KEY_PREVIOUS: 'not-a-key' })).not.toThrow(/not-a-key/);
  });
});
