import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepExpiredRows } from './expired-rows.ts';
import { createTestDatabase, createTestUser, type TestDatabase } from './testing/database.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

const token = () => randomBytes(32);

describe('sweepExpiredRows', () => {
  it('deletes what can no longer be used, in batches, and keeps everything still live', async () => {
    const { db } = database;
    const userId = await createTestUser(db);
    await db.asService(async (tx) => {
      // Three expired sessions, so a batch of two leaves one for a second round.
      for (const expiresAt of ['-1 day', '-1 minute', '-30 days', '+1 day']) {
        await tx`insert into public.sessions (user_id, token_hash, expires_at) values (${userId}, ${token()}, now() + ${expiresAt}::interval)`;
      }
      for (const table of ['password_reset_tokens', 'email_verification_tokens'] as const) {
        for (const expiresAt of ['-1 hour', '+1 hour']) {
          await tx`insert into ${tx(`public.${table}`)} (user_id, token_hash, expires_at) values (${userId}, ${token()}, now() + ${expiresAt}::interval)`;
        }
      }
      // A code from yesterday still counts toward nothing; one expired minutes ago still counts toward the hourly limits.
      for (const createdAt of ['-25 hours', '-20 minutes']) {
        await tx`
          insert into public.phone_verifications (user_id, phone_e164, code_hash, expires_at, created_at)
          values (${userId}, '+15555550100', ${'h'.repeat(32)}, now() + ${createdAt}::interval + interval '10 minutes', now() + ${createdAt}::interval)`;
      }
      for (const expiresAt of ['-1 minute', '+10 minutes']) {
        await tx`
          insert into public.oauth_states (state_hash, purpose, browser_hash, code_verifier_sealed, expires_at)
          values (${token()}, 'sign_in', ${token()}, 'sealed', now() + ${expiresAt}::interval)`;
      }
      for (const periodStart of ['-500 days', '-30 days']) {
        await tx`
          insert into public.usage_counters (user_id, metric, period_start, used)
          values (${userId}, 'brain_dumps', date_trunc('day', now() + ${periodStart}::interval), 3)`;
      }
    });

    const swept = await sweepExpiredRows(db.sql, 2);
    expect(swept).toEqual({
      sessions: 3,
      password_reset_tokens: 1,
      email_verification_tokens: 1,
      phone_verifications: 1,
      oauth_states: 1,
      usage_counters: 1,
    });

    const left = await db.asService(
      (tx) => tx<{ live: boolean }[]>`
        select expires_at > now() as live from public.sessions
        union all select expires_at > now() from public.password_reset_tokens
        union all select expires_at > now() from public.email_verification_tokens
        union all select created_at > now() - interval '1 hour' from public.phone_verifications
        union all select expires_at > now() from public.oauth_states
        union all select period_start > now() - interval '1 year' from public.usage_counters`,
    );
    expect(left.map((row) => row.live)).toEqual([true, true, true, true, true, true]);

    // Nothing left to take: a second sweep deletes nothing.
    expect(Object.values(await sweepExpiredRows(db.sql, 2))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
