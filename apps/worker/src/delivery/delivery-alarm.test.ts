import { Writable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedUser } from '../testing/briefs.ts';
import { startDeliveryAlarm } from './delivery-alarm.ts';
import { DEFAULT_DELIVERY_ALARM_RULE, raiseDeliveryAlerts } from './raise-delivery-alerts.ts';

let database: TestDatabase;
let userId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  userId = (await seedUser(database.db, 'Alarm')).id;
});

beforeEach(async () => {
  await database.db.sql`delete from deliveries`;
  await database.db.sql`delete from queue_alerts`;
});

afterAll(() => database.drop());

/** `count` email deliveries with `status`, each of a brief of its own, last changed `ageMinutes` ago. */
async function deliveries(count: number, status: 'sent' | 'failed' | 'bounced' | 'uncertain' | 'skipped', ageMinutes = 0): Promise<void> {
  await database.db.sql`
    with briefs as (
      insert into daily_briefs (user_id, kind, local_date, timezone, send_at, trigger, status, markdown)
      select ${userId}, 'daily', '2026-12-03', 'UTC', now(), 'manual', 'ready', 'A brief' from generate_series(1, ${count})
      returning id
    )
    insert into deliveries (user_id, channel, purpose, source_id, brief_id, recipient, status, attempts, error_class, updated_at)
    select ${userId}, 'email', 'brief', id, id, 'alarm@example.test', ${status}, 1,
           ${status === 'failed' ? 'transient' : status === 'bounced' ? 'permanent' : null}, now() - make_interval(mins => ${ageMinutes})
    from briefs`;
}

/** One notification per status, delivered (or not) on `channel`. */
async function notificationDeliveries(channel: 'sms' | 'push', statuses: string[]): Promise<void> {
  for (const status of statuses) {
    await database.db.sql`
      with n as (
        insert into notifications (user_id, kind, dedup_key, title, body, channels, due_at)
        values (${userId}, 'reminder', gen_random_uuid()::text, 'Alarm', 'Alarm body', ${[channel]}::text[], now())
        returning id
      )
      insert into deliveries (user_id, channel, purpose, source_id, notification_id, recipient, status, attempts, error_class)
      select ${userId}, ${channel}, 'notification', id, id, '+14155550100', ${status}, 1, ${status === 'failed' ? 'permanent' : null} from n`;
  }
}

describe('delivery alarm', () => {
  it('logs an error-level alert and records it when a channel fails every send', async () => {
    await deliveries(220, 'failed');
    const lines: { level: number; msg: string }[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const alarm = startDeliveryAlarm(database.db, DEFAULT_DELIVERY_ALARM_RULE, pino({ level: 'info' }, sink), 50);
    try {
      for (let i = 0; i < 200 && !lines.some((line) => line.level === 50); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      await alarm.stop();
    }
    const alerts = lines.filter((line) => line.level === 50);
    expect(alerts.map((line) => line.msg)).toEqual(['ALERT: 220 of 220 email deliveries failed or are uncertain in the last 900 s (threshold 5 and 50%)']);
    const recorded = await database.db.sql`select job_type, failures, threshold, window_seconds from queue_alerts`;
    expect([...recorded]).toEqual([{ job_type: 'delivery.email', failures: 220, threshold: 5, window_seconds: 900 }]);
  });

  it('counts bounces and uncertain deliveries as failures, raises once per window, and ignores skips', async () => {
    await deliveries(3, 'bounced');
    await deliveries(2, 'uncertain');
    await deliveries(4, 'sent');
    await deliveries(50, 'skipped');
    const first = await raiseDeliveryAlerts(database.db.sql, DEFAULT_DELIVERY_ALARM_RULE);
    expect(first).toEqual([expect.objectContaining({ job_type: 'delivery.email', channel: 'email', failures: 5, settled: 9 })]);
    expect(await raiseDeliveryAlerts(database.db.sql, DEFAULT_DELIVERY_ALARM_RULE)).toEqual([]);
  });

  it('stays quiet below either threshold: a few failures, or many among many more sends', async () => {
    await deliveries(4, 'failed');
    expect(await raiseDeliveryAlerts(database.db.sql, DEFAULT_DELIVERY_ALARM_RULE)).toEqual([]);
    await deliveries(2, 'failed');
    await deliveries(10, 'sent');
    // 6 failed of 16: past the count, short of half.
    expect(await raiseDeliveryAlerts(database.db.sql, DEFAULT_DELIVERY_ALARM_RULE)).toEqual([]);
    const [old] = await database.db.sql<{ n: number }[]>`select count(*)::int as n from queue_alerts`;
    expect(old?.n).toBe(0);
  });

  it('alarms per channel: failing SMS and push raise their own alerts while email is fine', async () => {
    await deliveries(20, 'sent');
    await notificationDeliveries('sms', ['failed', 'failed', 'undelivered', 'undelivered', 'uncertain', 'delivered']);
    await notificationDeliveries('push', ['failed', 'failed', 'failed', 'failed', 'failed', 'sent', 'skipped']);
    const raised = await raiseDeliveryAlerts(database.db.sql, DEFAULT_DELIVERY_ALARM_RULE);
    expect(raised.toSorted((a, b) => a.channel.localeCompare(b.channel))).toEqual([
      expect.objectContaining({ job_type: 'delivery.push', channel: 'push', failures: 5, settled: 6 }),
      expect.objectContaining({ job_type: 'delivery.sms', channel: 'sms', failures: 5, settled: 6 }),
    ]);
  });

  it('counts SMS Twilio reported delivered as settled and good', async () => {
    await notificationDeliveries('sms', ['undelivered', 'undelivered', 'undelivered', 'undelivered', 'undelivered', ...Array(10).fill('delivered')]);
    expect(await raiseDeliveryAlerts(database.db.sql, DEFAULT_DELIVERY_ALARM_RULE)).toEqual([]);
  });

  it('forgets failures older than the window', async () => {
    await deliveries(10, 'failed', 16);
    expect(await raiseDeliveryAlerts(database.db.sql, DEFAULT_DELIVERY_ALARM_RULE)).toEqual([]);
  });
});
