import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNotification, seedPerson } from '../testing/notifications.ts';
import type { NotificationClaimRequest } from './claim-notification-deliveries.ts';
import { NotificationClaimer } from './notification-claimer.ts';
import { SendSlots } from './send-slots.ts';

// The claimer against a real database: which claims share a transaction is read back from the
// transaction id (xmin) that wrote each delivery row.

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

const smsClaim = (notificationId: string): NotificationClaimRequest => ({
  notificationId,
  channel: 'sms',
  jobId: randomUUID(),
  now: new Date(),
  pushAvailable: true,
  planLimits: false,
});

async function smsNotifications(count: number): Promise<string[]> {
  const person = await seedPerson(database.db, { dailySmsCap: 100 });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await seedNotification(database.db, person.id, { channels: ['sms'] }));
  return ids;
}

/** The transaction that wrote each notification's delivery row, in the order of `ids` (null: none yet). */
async function writers(ids: readonly string[]): Promise<(string | null)[]> {
  const rows = await database.db.sql<{ notification_id: string; writer: string }[]>`
    select notification_id, xmin::text as writer from deliveries where notification_id = any(${ids}::uuid[])`;
  const byId = new Map(rows.map((row) => [row.notification_id, row.writer]));
  return ids.map((id) => byId.get(id) ?? null);
}

async function sessionsWaitingForALock(): Promise<number> {
  const [row] = await database.db.sql<{ n: number }[]>`
    select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`;
  return row?.n ?? 0;
}

async function untilSessionsWait(sessions: number): Promise<void> {
  for (let i = 0; i < 500 && (await sessionsWaitingForALock()) < sessions; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if ((await sessionsWaitingForALock()) < sessions) throw new Error(`fewer than ${sessions} sessions waited for a lock`);
}

describe('NotificationClaimer', () => {
  it('claims what is asked for in one turn in one transaction', async () => {
    const ids = await smsNotifications(6);
    const claimer = new NotificationClaimer(database.db, new SendSlots(database.db, 'test-claimer-turn', 1000));
    const claims = await Promise.all(ids.map((id) => claimer.claim(smsClaim(id))));
    expect(claims.map((claim) => claim.action)).toEqual(ids.map(() => 'send'));
    const written = await writers(ids);
    expect(written.every((writer) => writer !== null)).toBe(true);
    expect(new Set(written).size).toBe(1);
  });

  it('has at most two transactions in flight; what is asked for meanwhile goes together in the next', async () => {
    const ids = await smsNotifications(5);
    const [first, second, ...rest] = ids as [string, string, ...string[]];
    const claimer = new NotificationClaimer(database.db, new SendSlots(database.db, 'test-claimer-in-flight', 1000));
    // Another transaction holds the first two notifications, so the claims of the first two turns wait.
    const other = await database.db.sql.reserve();
    try {
      await other`begin`;
      await other`select 1 from notifications where id = any(${[first, second]}::uuid[]) for update`;
      const inFlight = [claimer.claim(smsClaim(first))];
      await new Promise((resolve) => setImmediate(resolve));
      inFlight.push(claimer.claim(smsClaim(second)));
      await untilSessionsWait(2);
      await new Promise((resolve) => setImmediate(resolve));
      const later = rest.map((id) => claimer.claim(smsClaim(id)));
      // Asked for in a later turn, they wait for a transaction to finish rather than start a third.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await writers(rest)).toEqual(rest.map(() => null));
      expect(await sessionsWaitingForALock()).toBe(2);
      await other`commit`;
      const claims = await Promise.all([...inFlight, ...later]);
      expect(claims.map((claim) => claim.action)).toEqual(ids.map(() => 'send'));
    } finally {
      other.release();
    }
    const [firstWriter, secondWriter, ...restWriters] = await writers(ids);
    expect(firstWriter).not.toBe(secondWriter);
    expect(new Set(restWriters).size).toBe(1);
    expect(restWriters[0]).not.toBe(firstWriter);
    expect(restWriters[0]).not.toBe(secondWriter);
  });
});
