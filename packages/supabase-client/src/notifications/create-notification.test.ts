import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { createNotification, createNotifications } from './create-notification.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

async function person(email: string, timezone: string): Promise<string> {
  const [user] = await database.db.asService(
    (tx) => tx<{ id: string }[]>`insert into users (email, timezone) values (${email}, ${timezone}) returning id`,
  );
  return user?.id as string;
}

interface SendJob {
  payload: { notification_id: string; channel: string };
  run_at: Date;
  dedup_key: string;
  user_id: string;
}

const sendJobs = (notificationId: string) =>
  database.db.asService(
    (tx) => tx<SendJob[]>`
      select payload, run_at, dedup_key, user_id from queue_jobs
      where job_type = 'notify.send' and payload->>'notification_id' = ${notificationId}
      order by payload->>'channel'`,
  );

describe('createNotification', () => {
  it('records the notification once and enqueues one send per channel, however often it is called', async () => {
    const userId = await person('notify-once@example.test', 'Europe/Berlin');
    const input = {
      userId,
      kind: 'task_due_soon' as const,
      dedupKey: 'task:1:2026-06-10T10:00:00Z',
      title: 'Due soon',
      body: 'Call the bank is due in 15 min',
      link: '/tasks/1',
      channels: ['sms', 'push'] as const,
      dueAt: new Date('2026-06-10T09:45:00Z'),
    };
    const first = await database.db.asService((tx) => createNotification(tx, input));
    expect(first).toMatchObject({ created: true, sendAt: input.dueAt });
    const again = await database.db.asService((tx) => createNotification(tx, { ...input, body: 'something else' }));
    expect(again).toEqual({ id: first.id, created: false, sendAt: null });

    const jobs = await sendJobs(first.id);
    expect(jobs.map((job) => [job.payload.channel, job.run_at.toISOString(), job.dedup_key, job.user_id])).toEqual([
      ['push', input.dueAt.toISOString(), `notify-send:${first.id}:push`, userId],
      ['sms', input.dueAt.toISOString(), `notify-send:${first.id}:sms`, userId],
    ]);
    const [row] = await database.db.asService((tx) => tx<{ body: string }[]>`select body from notifications where id = ${first.id}`);
    expect(row?.body).toBe(input.body);
  });

  it("holds the sends until the person's quiet hours end, on their own clock", async () => {
    const userId = await person('notify-quiet@example.test', 'America/New_York');
    await database.db.asService(
      (tx) => tx`update notification_preferences set quiet_start = '22:00', quiet_end = '07:00' where user_id = ${userId}`,
    );
    // 23:30 in New York on 10 June → 07:00 on 11 June (EDT).
    const created = await database.db.asService((tx) =>
      createNotification(tx, {
        userId,
        kind: 'reminder',
        dedupKey: 'reminder:r1:2026-06-11T03:30:00Z',
        title: 'Reminder',
        body: 'Water the plants',
        channels: ['sms'],
        dueAt: new Date('2026-06-11T03:30:00Z'),
      }),
    );
    expect(created.sendAt?.toISOString()).toBe('2026-06-11T11:00:00.000Z');
    const [job] = await sendJobs(created.id);
    expect(job?.run_at.toISOString()).toBe('2026-06-11T11:00:00.000Z');
  });

  it('refuses what the table does not allow, and leaves nothing behind', async () => {
    const userId = await person('notify-bad@example.test', 'UTC');
    await expect(
      database.db.asService((tx) =>
        createNotification(tx, { userId, kind: 'test', dedupKey: 'x', title: 'T', body: 'b'.repeat(481), channels: ['sms'], dueAt: new Date() }),
      ),
    ).rejects.toThrow(/notifications_body_length/);
    const [count] = await database.db.asService((tx) => tx<{ n: number }[]>`select count(*)::int as n from notifications where user_id = ${userId}`);
    expect(count?.n).toBe(0);
  });

  it('records many at once: each once, the sends enqueued per channel and per person’s quiet hours, answers in input order', async () => {
    const night = await person('batch-night@example.test', 'America/New_York');
    const day = await person('batch-day@example.test', 'Asia/Kolkata');
    await database.db.asService((tx) => tx`update notification_preferences set quiet_start = '22:00', quiet_end = '07:00' where user_id = ${night}`);
    const due = new Date('2026-06-11T03:30:00Z'); // 23:30 in New York, 09:00 in Kolkata
    const base = { kind: 'reminder' as const, title: 'Reminder', body: 'Water the plants', dueAt: due };
    const existing = await database.db.asService((tx) =>
      createNotification(tx, { ...base, userId: day, dedupKey: 'batch:old', channels: ['push'] }),
    );
    const answers = await database.db.asService((tx) =>
      createNotifications(tx, [
        { ...base, userId: night, dedupKey: 'batch:a', channels: ['sms', 'push'] },
        { ...base, userId: day, dedupKey: 'batch:old', channels: ['push'] },
        { ...base, userId: day, dedupKey: 'batch:b', channels: ['sms'] },
        { ...base, userId: night, dedupKey: 'batch:a', channels: ['sms', 'push'] },
      ]),
    );
    expect(answers.map(({ created, sendAt }) => [created, sendAt?.toISOString() ?? null])).toEqual([
      [true, '2026-06-11T11:00:00.000Z'],
      [false, null],
      [true, due.toISOString()],
      [false, null],
    ]);
    expect(answers[1]?.id).toBe(existing.id);
    expect(answers[3]?.id).toBe(answers[0]?.id);
    const first = await sendJobs(answers[0]?.id as string);
    expect(first.map((job) => [job.payload.channel, job.run_at.toISOString()])).toEqual([
      ['push', '2026-06-11T11:00:00.000Z'],
      ['sms', '2026-06-11T11:00:00.000Z'],
    ]);
    expect((await sendJobs(answers[2]?.id as string)).map((job) => job.payload.channel)).toEqual(['sms']);
    // The one that existed before got no second send.
    expect(await sendJobs(existing.id)).toHaveLength(1);
    expect(await database.db.asService((tx) => createNotifications(tx, []))).toEqual([]);
  });
});

