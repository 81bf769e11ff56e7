import { createPushClient } from '@ordo/notify/testing';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNotification, seedPerson, seedPushSubscription } from '../testing/notifications.ts';
import { recordNotificationResults } from './record-notification-delivery.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

async function delivery(userId: string, notificationId: string, status: string): Promise<string> {
  const [row] = await database.db.sql<{ id: string }[]>`
    insert into deliveries (user_id, channel, purpose, source_id, notification_id, recipient, status, attempts)
    values (${userId}, 'push', 'notification', ${notificationId}, ${notificationId}, '1 push device', ${status}, 1) returning id`;
  return row?.id as string;
}

describe('recordNotificationResults', () => {
  it('marks sending deliveries sent and leaves any other alone, in one batch with the devices’ answers', async () => {
    const person = await seedPerson(database.db);
    const [a, b] = [await seedNotification(database.db, person.id, { channels: ['push'] }), await seedNotification(database.db, person.id, { channels: ['push'] })];
    const [sending, uncertain] = [await delivery(person.id, a, 'sending'), await delivery(person.id, b, 'uncertain')];
    const phone = await seedPushSubscription(database.db, person.id, createPushClient().subscription('https://push.example.test/phone'));
    const laptop = await seedPushSubscription(database.db, person.id, createPushClient().subscription('https://push.example.test/laptop'));
    const tablet = await seedPushSubscription(database.db, person.id, createPushClient().subscription('https://push.example.test/tablet'));
    const early = new Date('2026-12-07T10:00:00Z');
    const late = new Date('2026-12-07T10:00:05Z');
    await recordNotificationResults(database.db.sql, [
      { sent: { deliveryId: sending, messageId: null, providerStatus: 'accepted by 2 of 3', at: early }, devices: { at: early, accepted: [phone, laptop], failing: [tablet], gone: [] } },
      // The same devices in another send of the batch: the phone accepted again later, the laptop is gone.
      { sent: { deliveryId: uncertain, messageId: null, providerStatus: 'accepted by 1 of 3', at: late }, devices: { at: late, accepted: [phone], failing: [], gone: [laptop] } },
    ]);
    const rows = await database.db.sql`select id, status, sent_at, provider_status from deliveries where id in (${sending}, ${uncertain}) order by status`;
    expect(rows).toEqual([
      { id: sending, status: 'sent', sent_at: early, provider_status: 'accepted by 2 of 3' },
      { id: uncertain, status: 'uncertain', sent_at: null, provider_status: null },
    ]);
    const devices = await database.db.sql`select id, last_success_at, last_failure_at from push_subscriptions where user_id = ${person.id} order by endpoint`;
    expect(devices).toEqual([
      { id: phone, last_success_at: late, last_failure_at: null },
      { id: tablet, last_success_at: null, last_failure_at: early },
    ]);
  });

  it('moves updated_at on the sent row, and the trigger still does for writers that leave it out', async () => {
    const person = await seedPerson(database.db);
    const [a, b] = [await seedNotification(database.db, person.id, { channels: ['push'] }), await seedNotification(database.db, person.id, { channels: ['push'] })];
    const [sent, other] = [await delivery(person.id, a, 'sending'), await delivery(person.id, b, 'sent')];
    const long = new Date('2026-01-01T00:00:00Z');
    await database.db.sql`update deliveries set updated_at = ${long} where id in (${sent}, ${other})`;
    await recordNotificationResults(database.db.sql, [
      { sent: { deliveryId: sent, messageId: null, providerStatus: 'accepted by 1 of 1', at: new Date() }, devices: { at: new Date(), accepted: [], failing: [], gone: [] } },
    ]);
    // As a status callback writes: no updated_at of its own.
    await database.db.sql`update deliveries set provider_status = 'delivered' where id = ${other}`;
    const rows = await database.db.sql<{ id: string; moved: boolean }[]>`
      select id, updated_at > ${long} and updated_at <= now() as moved from deliveries where id in (${sent}, ${other})`;
    expect(rows.map((row) => row.moved)).toEqual([true, true]);
  });
});
