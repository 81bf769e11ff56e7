import { randomUUID } from 'node:crypto';
import { type Db, enqueue } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNotification, seedPerson, seedTaskWithReminder } from '../testing/notifications.ts';
import { recordNotificationFailure } from './record-notification-delivery.ts';
import { claimNotificationDeliveries, type NotificationClaim, type NotificationClaimRequest, UNCERTAIN_NOTE } from './claim-notification-deliveries.ts';
import { SendSlots } from './send-slots.ts';

// The claim against a real database, with other transactions and batches playing concurrent claims.

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

const smsClaim = (notificationId: string, jobId: string = randomUUID()): NotificationClaimRequest => ({
  notificationId,
  channel: 'sms',
  jobId,
  now: new Date(),
  pushAvailable: true,
  planLimits: false,
});

/** A queue job that is running now (processing), whose id a claim can carry. */
async function runningJob(db: Db): Promise<string> {
  const job = await enqueue(db.sql, 'system.sleep', { ms: 1 });
  await db.sql`update queue_jobs set status = 'processing', locked_by = 'claim-test', lease_expires_at = now() + interval '1 hour' where id = ${job.id}`;
  return job.id;
}

/** Resolves once `sessions` sessions of this database wait for a lock. */
async function someoneWaitsForALock(db: Db, sessions = 1): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const [row] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`;
    if ((row?.n ?? 0) >= sessions) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('nobody waited for a lock');
}

describe('claimNotificationDeliveries', () => {
  it('sees the sending row of a claim it waited for, and does not send again', async () => {
    const person = await seedPerson(database.db);
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    // Another claim holds the notification's row lock, then records its send and commits.
    const other = await database.db.sql.reserve();
    try {
      await other`begin`;
      await other`select 1 from notifications where id = ${id} for update`;
      const claims = claimNotificationDeliveries(database.db, [smsClaim(id)]);
      await someoneWaitsForALock(database.db);
      // A job id no queue job has: that claim's job is not running, so its send may have gone out.
      await other`
        insert into deliveries (user_id, channel, purpose, source_id, notification_id, recipient, status, attempts, job_id)
        values (${person.id}, 'sms', 'notification', ${id}, ${id}, ${person.phone}, 'sending', 1, ${randomUUID()})`;
      await other`commit`;
      expect(await claims).toEqual([{ action: 'settled', deliveryId: expect.any(String), status: 'uncertain', becameUncertain: true, reason: UNCERTAIN_NOTE }]);
    } finally {
      other.release();
    }
    const rows = await database.db.sql`select status, attempts from deliveries where source_id = ${id}`;
    expect(rows).toEqual([{ status: 'uncertain', attempts: 1 }]);
  });

  it('in one batch, lets one of several jobs of a notification send and answers the others with its row', async () => {
    const person = await seedPerson(database.db);
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    const [first, second, third] = [await runningJob(database.db), await runningJob(database.db), await runningJob(database.db)];
    const claims = await claimNotificationDeliveries(database.db, [smsClaim(id, first), smsClaim(id, second), smsClaim(id, third)]);
    expect(claims.map((claim) => claim.action)).toEqual(['send', 'settled', 'settled']);
    const [row] = await database.db.sql<{ id: string; status: string; attempts: number; job_id: string }[]>`
      select id, status, attempts, job_id from deliveries where source_id = ${id}`;
    expect(row).toMatchObject({ status: 'sending', attempts: 1, job_id: first });
    expect(claims[0]).toMatchObject({ deliveryId: row?.id, target: { channel: 'sms', phone: person.phone } });
    for (const claim of claims.slice(1)) expect(claim).toEqual({ action: 'settled', deliveryId: row?.id, status: 'sending', becameUncertain: false, reason: `job ${first} is sending it` });
  });

  it('counts the texts a batch lets go toward the daily cap, and answers a missing notification', async () => {
    const person = await seedPerson(database.db, { dailySmsCap: 2 });
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await seedNotification(database.db, person.id, { channels: ['sms'] }));
    const claims = await claimNotificationDeliveries(database.db, [...ids.map((id) => smsClaim(id)), smsClaim(randomUUID())]);
    expect(claims.map((claim) => claim.action)).toEqual(['send', 'send', 'settled', 'settled', 'missing']);
    expect(claims[2]).toMatchObject({ status: 'skipped', reason: 'the daily SMS cap is reached (2 of 2 today, UTC)' });
    // The next batch counts them from the database.
    const later = await seedNotification(database.db, person.id, { channels: ['sms'] });
    expect(await claimNotificationDeliveries(database.db, [smsClaim(later)])).toMatchObject([{ action: 'settled', reason: 'the daily SMS cap is reached (2 of 2 today, UTC)' }]);
  });

  it('reserves the send slots of the texts it lets go with the claim, spaced by the rate, and none for the rest', async () => {
    const person = await seedPerson(database.db, { dailySmsCap: 2 });
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await seedNotification(database.db, person.id, { channels: ['sms'] }));
    const slots = new SendSlots(database.db, 'test-claim-slots', 100);
    const claims = await claimNotificationDeliveries(database.db, ids.map((id) => smsClaim(id)), slots);
    expect(claims.map((claim) => claim.action)).toEqual(['send', 'send', 'settled']);
    const times = claims.flatMap((claim) => (claim.action === 'send' && claim.target.channel === 'sms' ? [claim.target.slotAt] : []));
    expect(times.every((at) => typeof at === 'number')).toBe(true);
    expect((times[1] as number) - (times[0] as number)).toBeCloseTo(10, 0);
    // Two taken from the bucket's one token, not three, committed with the claim.
    const [bucket] = await database.db.sql<{ tokens: number }[]>`select tokens from send_rate_buckets where name = 'test-claim-slots'`;
    expect(bucket?.tokens).toBe(-1);
  });

  it('batches claiming the same people in opposite orders at once neither deadlock nor send twice', async () => {
    const people = await Promise.all(Array.from({ length: 8 }, () => seedPerson(database.db)));
    const ids: string[] = [];
    for (const person of people) for (let i = 0; i < 2; i++) ids.push(await seedNotification(database.db, person.id, { channels: ['sms'] }));
    const [jobA, jobB] = [await runningJob(database.db), await runningJob(database.db)];
    // The middle notification of both orders is held until both batches wait for it, so each has
    // locked what it locks before it: taken in the order asked, that is half the rows each.
    const other = await database.db.sql.reserve();
    let a: NotificationClaim[];
    let b: NotificationClaim[];
    try {
      await other`begin`;
      await other`select 1 from notifications where id = ${ids[ids.length / 2] as string} for update`;
      const claims = Promise.all([
        claimNotificationDeliveries(database.db, ids.map((id) => smsClaim(id, jobA))),
        claimNotificationDeliveries(database.db, ids.toReversed().map((id) => smsClaim(id, jobB))),
      ]);
      await someoneWaitsForALock(database.db, 2);
      await other`commit`;
      [a, b] = await claims;
    } finally {
      other.release();
    }
    const reversedB = b.toReversed();
    for (const [i, claim] of a.entries()) expect([claim.action, reversedB[i]?.action].toSorted()).toEqual(['send', 'settled']);
  });

  it('a retry after a transient failure (429) sends nothing once the task was completed, and records why', async () => {
    const person = await seedPerson(database.db);
    const { taskId, reminderId } = await seedTaskWithReminder(database.db, person.id, new Date(Date.now() - 30_000), ['sms']);
    const [reminder] = await database.db.sql<{ fire_at: Date }[]>`select fire_at from task_reminders where id = ${reminderId}`;
    const id = await seedNotification(database.db, person.id, { channels: ['sms'], taskId, reminderId, dueAt: reminder?.fire_at as Date });
    const [first] = await claimNotificationDeliveries(database.db, [smsClaim(id)]);
    if (first?.action !== 'send') throw new Error(`the first attempt did not send: ${JSON.stringify(first)}`);
    // Twilio answered 429: the row is left failed (transient) for the retry.
    await recordNotificationFailure(database.db, first.deliveryId, { errorClass: 'transient', message: 'Too Many Requests', providerErrorCode: 20429 });
    await database.db.sql`update tasks set status = 'done' where id = ${taskId}`;
    expect(await claimNotificationDeliveries(database.db, [smsClaim(id)])).toEqual([
      { action: 'settled', deliveryId: first.deliveryId, status: 'skipped', becameUncertain: false, reason: 'the task was completed' },
    ]);
    const rows = await database.db.sql`select status, error from deliveries where source_id = ${id}`;
    expect(rows).toEqual([{ status: 'skipped', error: 'the task was completed' }]);
  });
});
