import { startTwilioFake, type TwilioFake, type TwilioFakeMessage } from '@ordo/notify/testing';
import { enqueueMany } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedNotification, seedPerson } from '../testing/notifications.ts';
import { spawnWorker, stopWorker, type WorkerProcess } from '../testing/worker-process.ts';
import { until } from '../testing/until.ts';

// Real worker processes against the loopback Twilio API: the races and crashes the exactly-once rule is for.
let database: TestDatabase;
let twilio: TwilioFake;
let onAccepted: ((message: TwilioFakeMessage) => Promise<void>) | undefined;
const started: WorkerProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  twilio = await startTwilioFake({ onAccepted: (message) => onAccepted?.(message) });
});

afterEach(async () => {
  onAccepted = undefined;
  await Promise.all(started.splice(0).map(stopWorker));
});

afterAll(async () => {
  await Promise.all([database?.drop(), twilio?.close()]);
});

async function worker(env: Record<string, string> = {}): Promise<WorkerProcess> {
  const process = await spawnWorker(database.url, {
    WORKER_POLL_INTERVAL_MS: '100',
    PUBLIC_APP_URL: 'https://ordo.example',
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_FROM_NUMBER: '+15017122661',
    TWILIO_API_URL: twilio.url,
    ...env,
  });
  started.push(process);
  return process;
}

const smsTo = (phone: string) => twilio.messages.filter((message) => message.to === phone);

describe('notify.send, exactly once across processes', () => {
  it('two workers racing over the same notifications send each SMS once, at most SMS_MAX_PER_SECOND a second together', async () => {
    const people = await Promise.all(Array.from({ length: 10 }, (_, i) => seedPerson(database.db, { name: `Race${i}` })));
    await worker({ WORKER_CONCURRENCY: '4', SMS_MAX_PER_SECOND: '5' });
    await worker({ WORKER_CONCURRENCY: '4', SMS_MAX_PER_SECOND: '5' });
    const notifications = await Promise.all(people.map((person) => seedNotification(database.db, person.id, { channels: ['sms'], body: `Race for ${person.phone}` })));
    // Two more jobs per notification beside the producer's, interleaved: the two workers claim them side by side.
    await enqueueMany(
      database.db.sql,
      [0, 1].flatMap(() => notifications.map((id) => ({ type: 'notify.send' as const, payload: { notification_id: id, channel: 'sms' as const } }))),
    );
    const rows = await until('every job to finish', async () => {
      const jobs = await database.db.sql<{ status: string; result: { delivery: string; message_id?: string } | null }[]>`
        select status, result from queue_jobs where job_type = 'notify.send' and payload->>'notification_id' = any(${notifications}::text[])`;
      return jobs.length === notifications.length * 3 && jobs.every((job) => job.status === 'completed' || job.status === 'failed') ? jobs : undefined;
    }, 60_000);

    expect(rows.every((row) => row.status === 'completed')).toBe(true);
    for (const person of people) expect(smsTo(person.phone)).toHaveLength(1);
    expect(rows.filter((row) => row.result?.message_id !== undefined)).toHaveLength(notifications.length);
    expect(rows.every((row) => row.result?.delivery === 'sent' || row.result?.delivery === 'sending')).toBe(true);
    const deliveries = await database.db.sql<{ status: string; attempts: number }[]>`
      select status, attempts from deliveries where source_id = any(${notifications}::uuid[])`;
    expect(deliveries).toHaveLength(notifications.length);
    expect(deliveries.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);

    // 5 a second across both workers: no 6 sends within a second, allowing for the jitter between a
    // worker taking its token and its request reaching Twilio (two busy processes on two cores; 163 ms
    // seen beside a benchmark). Without the shared limit all ten go out within a few milliseconds.
    const times = people.map((person) => smsTo(person.phone)[0]?.receivedAt.getTime() ?? 0).sort((a, b) => a - b);
    const sixSpans = times.slice(5).map((at, i) => at - (times[i] ?? 0));
    expect(Math.min(...sixSpans)).toBeGreaterThan(1000 - 250);
    expect((times.at(-1) ?? 0) - (times[0] ?? 0)).toBeGreaterThan(((people.length - 1) * 1000) / 5 - 250);
  }, 300_000);

  it('a worker killed with SIGKILL after Twilio accepted the SMS leaves it uncertain, and the next worker does not resend it', async () => {
    const person = await seedPerson(database.db, { name: 'Crash' });
    const fast = { WORKER_LEASE_SECONDS: '2', WORKER_RESCUE_INTERVAL_SECONDS: '1', WORKER_CONCURRENCY: '1' };
    const doomed = await worker(fast);
    // Twilio has the message; the worker dies before it hears the 201, let alone records it.
    onAccepted = async (message) => {
      if (message.to !== person.phone) return;
      doomed.child.kill('SIGKILL');
      await doomed.exited;
    };
    const notificationId = await seedNotification(database.db, person.id, { channels: ['sms'] });
    expect(await doomed.exited).toBeNull();
    expect(smsTo(person.phone)).toHaveLength(1);
    const [left] = await database.db.sql<{ status: string }[]>`select status from deliveries where source_id = ${notificationId}`;
    expect(left?.status).toBe('sending');

    const survivor = await worker(fast);
    const job = await until('the rescued job to finish', async () => {
      const [row] = await database.db.sql<{ status: string; attempts: number; result: unknown }[]>`
        select status, attempts, result from queue_jobs
        where job_type = 'notify.send' and payload->>'notification_id' = ${notificationId} and status in ('completed', 'failed')`;
      return row;
    }, 60_000);
    expect(job).toMatchObject({ status: 'completed', attempts: 2, result: { delivery: 'uncertain' } });
    const [after] = await database.db.sql<{ status: string; attempts: number; error: string; message_id: string | null }[]>`
      select status, attempts, error, message_id from deliveries where source_id = ${notificationId}`;
    expect(after).toMatchObject({ status: 'uncertain', attempts: 1, error: expect.stringMatching(/may have accepted it/), message_id: null });
    expect(smsTo(person.phone)).toHaveLength(1);
    const warned = survivor.logs.find((line) => line.msg.startsWith('notification delivery uncertain') && line.level === 40);
    expect(warned).toMatchObject({ notification_id: notificationId, channel: 'sms' });
  }, 300_000);
});
