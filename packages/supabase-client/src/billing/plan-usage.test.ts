import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { createTestDatabase, createTestUser, type TestDatabase } from '../testing/database.ts';
import { aiTokensLimitReached, releasePlanUsage, takePlanUsageNow } from './plan-usage.ts';
import { usageSummary } from './usage-summary.ts';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});

afterAll(() => database.drop());

const now = new Date('2026-12-10T15:30:00Z');

/** A person whose trial ended before `now` and who never subscribed: the Free plan. */
async function freePerson(): Promise<string> {
  const userId = await createTestUser(db);
  await db.asService((tx) => tx`update billing_accounts set trial_ends_at = ${new Date('2026-12-01T00:00:00Z')} where user_id = ${userId}`);
  return userId;
}

async function counterRows(userId: string) {
  return db.asService((tx) => tx<{ metric: string; period_start: Date; used: number }[]>`
    select metric, period_start, used from usage_counters where user_id = ${userId} order by metric`);
}

describe('takePlanUsage', () => {
  it('counts brain dumps per UTC day up to the plan limit, and a refusal says which limit and when it resets', async () => {
    const userId = await freePerson();
    for (let i = 0; i < 3; i++) expect((await takePlanUsageNow(db, userId, 'brain_dumps', now)).allowed).toBe(true);
    const fourth = await takePlanUsageNow(db, userId, 'brain_dumps', now);
    expect(fourth).toEqual({
      allowed: false,
      limit: { metric: 'brain_dumps', used: 3, limit: 3, resets_at: '2026-12-11T00:00:00.000Z', plan: 'free', reason: 'free' },
    });
    // The refusal counted nothing, and the next UTC day starts at zero.
    expect(await counterRows(userId)).toEqual([{ metric: 'brain_dumps', period_start: new Date('2026-12-10T00:00:00Z'), used: 3 }]);
    expect((await takePlanUsageNow(db, userId, 'brain_dumps', new Date('2026-12-11T00:00:01Z'))).allowed).toBe(true);
  });

  it('lets exactly one of 20 concurrent requests take the last slot', async () => {
    const userId = await freePerson();
    for (let i = 0; i < 2; i++) await takePlanUsageNow(db, userId, 'brain_dumps', now);
    const results = await Promise.all(Array.from({ length: 20 }, () => takePlanUsageNow(db, userId, 'brain_dumps', now)));
    expect(results.filter((result) => result.allowed)).toHaveLength(1);
    for (const refused of results.filter((result) => !result.allowed)) expect(refused).toMatchObject({ limit: { used: 3, limit: 3 } });
    expect((await counterRows(userId))[0]?.used).toBe(3);
  });

  it('gives a released slot back to the period it was taken in', async () => {
    const userId = await freePerson();
    const taken = [];
    for (let i = 0; i < 3; i++) taken.push(await takePlanUsageNow(db, userId, 'brain_dumps', now));
    const [first] = taken;
    if (!first?.allowed) throw new Error('expected a slot');
    await releasePlanUsage(db, first.slot);
    expect((await counterRows(userId))[0]?.used).toBe(2);
    expect((await takePlanUsageNow(db, userId, 'brain_dumps', now)).allowed).toBe(true);
  });

  it('refuses what the plan does not include and writes no row for it', async () => {
    const userId = await freePerson();
    expect(await takePlanUsageNow(db, userId, 'sms', now)).toEqual({
      allowed: false,
      limit: { metric: 'sms', used: 0, limit: 0, resets_at: '2027-01-01T00:00:00.000Z', plan: 'free', reason: 'free' },
    });
    expect(await counterRows(userId)).toEqual([]);
  });

  it('follows the billing state: Pro while subscribed or in grace, Free limits once grace is over', async () => {
    const userId = await freePerson();
    for (let i = 0; i < 3; i++) await takePlanUsageNow(db, userId, 'brain_dumps', now);
    await db.asService((tx) => tx`update billing_accounts set subscription_status = 'active' where user_id = ${userId}`);
    expect((await takePlanUsageNow(db, userId, 'brain_dumps', now)).allowed).toBe(true);
    expect((await takePlanUsageNow(db, userId, 'sms', now)).allowed).toBe(true);

    await db.asService(
      (tx) => tx`update billing_accounts set subscription_status = 'past_due', payment_failed_at = ${new Date('2026-12-08T00:00:00Z')},
                   grace_ends_at = ${new Date('2026-12-15T00:00:00Z')} where user_id = ${userId}`,
    );
    expect((await takePlanUsageNow(db, userId, 'brain_dumps', now)).allowed).toBe(true);

    const afterGrace = new Date('2026-12-15T09:00:00Z');
    for (let i = 0; i < 3; i++) await takePlanUsageNow(db, userId, 'brain_dumps', afterGrace);
    expect(await takePlanUsageNow(db, userId, 'brain_dumps', afterGrace)).toMatchObject({
      allowed: false,
      limit: { used: 3, limit: 3, plan: 'free', reason: 'downgraded' },
    });
  });
});

describe('aiTokensLimitReached', () => {
  it('is null while tokens are left this month and names the limit once they are used', async () => {
    const userId = await freePerson();
    expect(await aiTokensLimitReached(db, userId, now)).toBeNull();
    await db.asService(
      (tx) => tx`insert into llm_calls (user_id, purpose, provider, model, input_tokens, output_tokens, latency_ms, outcome, attempts, created_at)
                 values (${userId}, 'plan', 'openai', 'gpt-test', 60000, 40000, 10, 'ok', 1, ${new Date('2026-12-05T00:00:00Z')})`,
    );
    expect(await aiTokensLimitReached(db, userId, now)).toEqual({
      metric: 'ai_tokens',
      used: 100_000,
      limit: 100_000,
      resets_at: '2027-01-01T00:00:00.000Z',
      plan: 'free',
      reason: 'free',
    });
    // Last month's calls do not count in January.
    expect(await aiTokensLimitReached(db, userId, new Date('2027-01-02T00:00:00Z'))).toBeNull();
  });
});

describe('usageSummary', () => {
  it('gives each metric of this period against the plan, with the plan and why', async () => {
    const userId = await createTestUser(db);
    await takePlanUsageNow(db, userId, 'brain_dumps', new Date());
    await takePlanUsageNow(db, userId, 'sms', new Date());
    await takePlanUsageNow(db, userId, 'sms', new Date());
    const summary = await usageSummary(db, userId);
    expect(summary).toMatchObject({ plan: 'pro', reason: 'trial' });
    expect(summary.until).not.toBeNull();
    expect(summary.metrics.map(({ metric, used, limit }) => ({ metric, used, limit }))).toEqual([
      { metric: 'brain_dumps', used: 1, limit: 100 },
      { metric: 'ai_tokens', used: 0, limit: 2_000_000 },
      { metric: 'sms', used: 2, limit: 300 },
    ]);
  });
});

describe('usage_counters access', () => {
  it('lets people read their own usage only, and write none of it', async () => {
    const [alice, bob] = [await createTestUser(db), await createTestUser(db)];
    await takePlanUsageNow(db, alice, 'brain_dumps', now);
    expect(await db.asUser(alice, (tx) => tx`select used from usage_counters`)).toEqual([{ used: 1 }]);
    expect(await db.asUser(bob, (tx) => tx`select used from usage_counters`)).toEqual([]);
    await expect(db.asUser(alice, (tx) => tx`update usage_counters set used = 0`)).rejects.toThrow(/permission denied/);
    await expect(
      db.asUser(alice, (tx) => tx`insert into usage_counters (user_id, metric, period_start, used) values (${alice}, 'sms', now(), 0)`),
    ).rejects.toThrow(/permission denied/);
  });
});
