import type { NotificationChannel } from '@ordo/shared-types';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPerson } from '../testing/notifications.ts';
import { runOrdo } from '../testing/ordo-cli.ts';

const AT = '2026-12-03T12:00:00Z';

let database: TestDatabase;
let userId: string;

/** A notification due at `dueAt` on `channels`, with a delivery row of the given status per channel (none: not tried). */
async function notification(dueAt: string, deliveries: Partial<Record<NotificationChannel, string>>, channels?: NotificationChannel[]): Promise<void> {
  const on = channels ?? (Object.keys(deliveries) as NotificationChannel[]);
  const [row] = await database.db.sql<{ id: string }[]>`
    insert into notifications (user_id, kind, dedup_key, title, body, channels, due_at)
    values (${userId}, 'reminder', gen_random_uuid()::text, 'Stats', 'Stats body', ${on}::text[], ${dueAt}) returning id`;
  for (const [channel, status] of Object.entries(deliveries)) {
    await database.db.sql`
      insert into deliveries (user_id, channel, purpose, source_id, notification_id, recipient, status, attempts)
      values (${userId}, ${channel}, 'notification', ${row?.id ?? ''}, ${row?.id ?? ''}, 'someone', ${status}, 1)`;
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  userId = (await seedPerson(database.db, { name: 'Stats' })).id;
  await notification('2026-12-03T07:00:00Z', { sms: 'sent', push: 'sent', email: 'sent' });
  await notification('2026-12-03T08:00:00Z', { sms: 'delivered' });
  await notification('2026-12-03T08:30:00Z', { sms: 'undelivered', push: 'skipped' });
  await notification('2026-12-03T09:00:00Z', { sms: 'failed', email: 'bounced' });
  await notification('2026-12-02T13:00:00Z', { push: 'uncertain' });
  await notification('2026-12-03T11:00:00Z', { sms: 'sending' });
  await notification('2026-12-03T11:30:00Z', {}, ['sms', 'push']); // held for quiet hours: no row yet
  await notification('2026-12-02T11:00:00Z', { sms: 'sent' }); // before the window
  await notification('2026-12-03T12:30:00Z', {}, ['push']); // after it
  await database.db.sql`
    insert into queue_alerts (job_type, window_seconds, failures, threshold, created_at)
    values ('delivery.sms', 900, 7, 5, '2026-12-03T09:10:00Z')`;
});

afterAll(() => database?.drop());

// Each test starts the CLI (tsx compiles it): slow on a loaded machine.
describe('pnpm ordo notify stats', { timeout: 120_000 }, () => {
  it('counts the last 24 hours of notifications per channel and status, as a table', async () => {
    const { code, stdout } = await runOrdo(database.url, 'notify', 'stats', '--at', AT);
    expect(code).toBe(0);
    expect(stdout).toContain('Notifications due 2026-12-02T12:00:00.000Z – 2026-12-03T12:00:00.000Z, per channel');
    expect(stdout).toMatch(/^channel\s+due\s+sent\s+delivered\s+undelivered\s+skipped\s+failed\s+uncertain\s+pending$/m);
    expect(stdout).toMatch(/^email\s+2\s+1\s+0\s+0\s+0\s+1\s+0\s+0$/m);
    expect(stdout).toMatch(/^push\s+4\s+1\s+0\s+0\s+1\s+0\s+1\s+1$/m);
    expect(stdout).toMatch(/^sms\s+6\s+1\s+1\s+1\s+0\s+1\s+0\s+2$/m);
    expect(stdout).toContain('ALERT 2026-12-03T09:10:00.000Z: 7 delivery.sms failures in 900 s (threshold 5)');
    expect(stdout).toContain('Uncertain: the provider may have accepted these');
  });

  it('prints the same as JSON with --json', async () => {
    const { code, stdout } = await runOrdo(database.url, 'notify', 'stats', '--json', '--at', AT);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.channels).toEqual([
      { channel: 'email', due: 2, sent: 1, delivered: 0, undelivered: 0, skipped: 0, failed: 1, uncertain: 0, pending: 0 },
      { channel: 'push', due: 4, sent: 1, delivered: 0, undelivered: 0, skipped: 1, failed: 0, uncertain: 1, pending: 1 },
      { channel: 'sms', due: 6, sent: 1, delivered: 1, undelivered: 1, skipped: 0, failed: 1, uncertain: 0, pending: 2 },
    ]);
    expect(parsed).toMatchObject({ from: '2026-12-02T12:00:00.000Z', to: '2026-12-03T12:00:00.000Z', alerts: [{ job_type: 'delivery.sms', failures: 7 }] });
  });

  it('refuses a malformed --at with a usage error', async () => {
    const { code, stderr } = await runOrdo(database.url, 'notify', 'stats', '--at', 'yesterday');
    expect(code).toBe(2);
    expect(stderr).toContain('--at: expected an ISO instant');
  });
});
