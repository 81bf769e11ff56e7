import { randomBytes } from 'node:crypto';
import { createDb, type Db } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialCache } from '../auth/credential-cache.ts';
import { listenForAuthChanges } from './auth-changes.ts';

// Two pools with their own LISTEN connection stand for two web processes.
interface Process {
  db: Db;
  cache: CredentialCache<string>;
  unlisten: () => Promise<void>;
}

let database: TestDatabase;
const processes: Process[] = [];

async function startProcess(): Promise<Process> {
  const db = createDb({ url: database.url, max: 2 });
  const cache = new CredentialCache<string>();
  const unlisten = await listenForAuthChanges(db.sql, {
    userChanged: (userId) => cache.forgetUser(userId),
    resync: () => {
      cache.setLive(false);
      cache.setLive(true);
    },
  });
  const process = { db, cache, unlisten };
  processes.push(process);
  return process;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function createUser(): Promise<{ userId: string; sessionId: string; tokenId: string }> {
  return database.db.asService(async (tx) => {
    const [user] = await tx<{ id: string }[]>`insert into users (email) values (${`${randomBytes(6).toString('hex')}@auth.test`}) returning id`;
    const userId = user?.id as string;
    const [session] = await tx<{ id: string }[]>`
      insert into sessions (user_id, token_hash, expires_at) values (${userId}, ${randomBytes(32)}, now() + interval '1 day') returning id`;
    const [token] = await tx<{ id: string }[]>`
      insert into personal_access_tokens (user_id, name, token_prefix, token_hash)
      values (${userId}, 'script', 'ordo_pat_abcd', ${randomBytes(32)}) returning id`;
    return { userId, sessionId: session?.id as string, tokenId: token?.id as string };
  });
}

/** Caches a credential of userId in both processes, and an unrelated one. */
function cacheEverywhere(userId: string, key: string): void {
  for (const { cache } of processes) {
    cache.set(key, 'credential', userId, cache.generation());
    cache.set(`${key}-other`, 'other', 'another-user', cache.generation());
    expect(cache.get(key)).toBe('credential');
  }
}

async function forgottenEverywhere(key: string): Promise<void> {
  await until(() => processes.every(({ cache }) => cache.get(key) === undefined), `${key} to be forgotten by both processes`);
  for (const { cache } of processes) expect(cache.get(`${key}-other`)).toBe('other');
}

beforeAll(async () => {
  database = await createTestDatabase();
  await startProcess();
  await startProcess();
  // resync() on LISTEN made both caches live.
});

afterAll(async () => {
  for (const { unlisten, db } of processes) {
    await unlisten();
    await db.close();
  }
  await database?.drop();
});

describe('auth invalidations across processes (ordo_auth)', () => {
  it('a revoked access token is forgotten by every process', async () => {
    const { userId, tokenId } = await createUser();
    cacheEverywhere(userId, 'token-revoked');
    await database.db.asUser(userId, (tx) => tx`update personal_access_tokens set revoked_at = now() where id = ${tokenId}`);
    await forgottenEverywhere('token-revoked');
  });

  it('a revoked session (sign-out, password change) is forgotten by every process', async () => {
    const { userId, sessionId } = await createUser();
    cacheEverywhere(userId, 'session-revoked');
    await database.db.asUser(userId, (tx) => tx`delete from sessions where id = ${sessionId}`);
    await forgottenEverywhere('session-revoked');
  });

  it('a profile change or a deleted account is forgotten by every process', async () => {
    const { userId } = await createUser();
    cacheEverywhere(userId, 'profile-changed');
    await database.db.asUser(userId, (tx) => tx`update users set timezone = 'Europe/Paris' where id = ${userId}`);
    await forgottenEverywhere('profile-changed');

    cacheEverywhere(userId, 'account-deleted');
    await database.db.asService((tx) => tx`delete from users where id = ${userId}`);
    await forgottenEverywhere('account-deleted');
  });

  it('the sliding expiry and last-use writes invalidate nothing', async () => {
    const { userId, sessionId, tokenId } = await createUser();
    cacheEverywhere(userId, 'still-valid');
    await database.db.asService(async (tx) => {
      await tx`update sessions set last_seen_at = now(), expires_at = now() + interval '30 days' where id = ${sessionId}`;
      await tx`update personal_access_tokens set last_used_at = now() where id = ${tokenId}`;
    });
    // A later change that does notify proves the earlier ones were delivered (or not) by now.
    const { userId: marker } = await createUser();
    cacheEverywhere(marker, 'marker');
    await database.db.asUser(marker, (tx) => tx`update users set name = 'm' where id = ${marker}`);
    await forgottenEverywhere('marker');
    for (const { cache } of processes) expect(cache.get('still-valid')).toBe('credential');
  });
});
