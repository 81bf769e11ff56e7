import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/database.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

describe('brief_preferences', () => {
  it('starts the bounce count afresh when the person turns email back on, and keeps it otherwise', async () => {
    const { db } = database;
    const [user] = await db.asService((tx) => tx<{ id: string }[]>`insert into users (email) values ('bounces@example.test') returning id`);
    const userId = user?.id as string;
    // The worker turns the channel off after three hard bounces.
    await db.asService(
      (tx) => tx`update brief_preferences set hard_bounces = 3, email_enabled = false, email_disabled_reason = 'bounced' where user_id = ${userId}`,
    );
    const bounces = async () =>
      (await db.asService((tx) => tx<{ hard_bounces: number }[]>`select hard_bounces from brief_preferences where user_id = ${userId}`))[0]?.hard_bounces;
    expect(await bounces()).toBe(3);

    // An edit that leaves the channel off keeps the count.
    await db.asUser(userId, (tx) => tx`update brief_preferences set send_time = '08:00' where user_id = ${userId}`);
    expect(await bounces()).toBe(3);

    await db.asUser(userId, (tx) => tx`update brief_preferences set email_enabled = true, email_disabled_reason = null where user_id = ${userId}`);
    expect(await bounces()).toBe(0);

    // The person cannot write the count directly.
    await expect(db.asUser(userId, (tx) => tx`update brief_preferences set hard_bounces = 7 where user_id = ${userId}`)).rejects.toThrow(/permission denied/);
  });
});
