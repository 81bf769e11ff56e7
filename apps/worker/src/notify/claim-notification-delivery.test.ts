import { randomUUID } from 'node:crypto';
import type { Db } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNotification, seedPerson } from '../testing/notifications.ts';
import { claimNotificationDelivery, UNCERTAIN_NOTE } from './claim-notification-delivery.ts';

// The claim against a real database, with another transaction playing a concurrent claim.

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

/** Resolves once some session of this database waits for a lock. */
async function someoneWaitsForALock(db: Db): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const [row] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`;
    if ((row?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('nobody waited for a lock');
}

describe('claimNotificationDelivery', () => {
  it('sees the sending row of a claim it waited for, and does not send again', async () => {
    const person = await seedPerson(database.db);
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    // Another claim holds the notification's row lock, then records its send and commits.
    const other = await database.db.sql.reserve();
    try {
      await other`begin`;
      await other`select 1 from notifications where id = ${id} for update`;
      const claim = claimNotificationDelivery(database.db, { notificationId: id, channel: 'sms', jobId: randomUUID(), now: new Date(), pushAvailable: true, planLimits: false });
      await someoneWaitsForALock(database.db);
      // A job id no queue job has: that claim's job is not running, so its send may have gone out.
      await other`
        insert into deliveries (user_id, channel, purpose, source_id, notification_id, recipient, status, attempts, job_id)
        values (${person.id}, 'sms', 'notification', ${id}, ${id}, ${person.phone}, 'sending', 1, ${randomUUID()})`;
      await other`commit`;
      expect(await claim).toMatchObject({ action: 'settled', status: 'uncertain', becameUncertain: true, reason: UNCERTAIN_NOTE });
    } finally {
      other.release();
    }
    const rows = await database.db.sql`select status, attempts from deliveries where source_id = ${id}`;
    expect(rows).toEqual([{ status: 'uncertain', attempts: 1 }]);
  });
});
