import { describe, expect, it } from 'vitest';
import { CREDENTIAL_CACHE_TTL_MS, CredentialCache } from './credential-cache.ts';

function liveCache(options: { maxEntries?: number } = {}) {
  let now = 1_000_000;
  const cache = new CredentialCache<string>({ ...options, now: () => now });
  cache.setLive(true);
  return { cache, advance: (ms: number) => (now += ms), now: () => now };
}

describe('CredentialCache', () => {
  it('keeps an entry for the cache minute, and no longer', () => {
    const { cache, advance } = liveCache();
    cache.set('k', 'session', 'u1', cache.generation());
    advance(CREDENTIAL_CACHE_TTL_MS - 1);
    expect(cache.get('k')).toBe('session');
    advance(1);
    expect(cache.get('k')).toBeUndefined();
  });

  it('never keeps an entry past the credential’s own expiry', () => {
    const { cache, advance, now } = liveCache();
    cache.set('k', 'session', 'u1', cache.generation(), now() + 5_000);
    advance(5_000);
    expect(cache.get('k')).toBeUndefined();
    cache.set('expired', 'session', 'u1', cache.generation(), now() - 1);
    expect(cache.get('expired')).toBeUndefined();
  });

  it('stores nothing until invalidations are being received, and forgets everything when they stop', () => {
    const cache = new CredentialCache<string>();
    cache.set('k', 'session', 'u1', cache.generation());
    expect(cache.get('k')).toBeUndefined();
    cache.setLive(true);
    cache.set('k', 'session', 'u1', cache.generation());
    expect(cache.get('k')).toBe('session');
    cache.setLive(false);
    expect(cache.get('k')).toBeUndefined();
  });

  it("forgets one user's entries and keeps the others'", () => {
    const { cache } = liveCache();
    cache.set('a1', 'a-session', 'alice', cache.generation());
    cache.set('a2', 'a-token', 'alice', cache.generation());
    cache.set('b1', 'b-session', 'bob', cache.generation());
    cache.forgetUser('alice');
    expect([cache.get('a1'), cache.get('a2'), cache.get('b1')]).toEqual([undefined, undefined, 'b-session']);
  });

  it('refuses a lookup that started before an invalidation (it may predate the revocation)', () => {
    const { cache } = liveCache();
    const before = cache.generation();
    cache.forgetUser('someone else');
    cache.set('k', 'stale', 'alice', before);
    expect(cache.get('k')).toBeUndefined();
    cache.set('k', 'fresh', 'alice', cache.generation());
    expect(cache.get('k')).toBe('fresh');
    const beforeKey = cache.generation();
    cache.forgetKey('k');
    cache.set('k', 'stale', 'alice', beforeKey);
    expect(cache.get('k')).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const { cache } = liveCache({ maxEntries: 2 });
    cache.set('first', '1', 'u', cache.generation());
    cache.set('second', '2', 'u', cache.generation());
    cache.set('third', '3', 'u', cache.generation());
    expect(cache.size).toBe(2);
    expect([cache.get('first'), cache.get('second'), cache.get('third')]).toEqual([undefined, '2', '3']);
  });
});
