import { type SmtpInbox, startSmtpInbox } from '@ordo/notify/testing';
import { enqueue, enqueueMany } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedBrief, seedUser } from '../testing/briefs.ts';
import { spawnWorker, stopWorker, type WorkerProcess } from '../testing/worker-process.ts';
import { until } from '../testing/until.ts';

// Real worker processes against a loopback SMTP server: the races and crashes the exactly-once rule is for.
let database: TestDatabase;
let inbox: SmtpInbox;
let onAccepted: ((mail: ParsedMail) => Promise<void>) | undefined;
const started: WorkerProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  inbox = await startSmtpInbox({ onAccepted: (mail) => onAccepted?.(mail) });
});

afterEach(async () => {
  onAccepted = undefined;
  await Promise.all(started.splice(0).map(stopWorker));
});

afterAll(async () => {
  await Promise.all([database?.drop(), inbox?.close()]);
});

async function worker(env: Record<string, string> = {}): Promise<WorkerProcess> {
  const process = await spawnWorker(database.url, {
    WORKER_POLL_INTERVAL_MS: '100',
    EMAIL_HOST: '127.0.0.1',
    EMAIL_PORT: String(inbox.port),
    EMAIL_REQUIRE_TLS: 'false',
    EMAIL_FROM: 'Ordo <brief@ordo.example>',
    PUBLIC_APP_URL: 'https://ordo.example',
    ...env,
  });
  started.push(process);
  return process;
}

const messagesFor = (briefId: string) => inbox.received.filter((mail) => mail.messageId === `<brief.${briefId}@ordo.example>`);

describe('brief.deliver, exactly once across processes', () => {
  it('two workers racing over the same briefs send each exactly once', async () => {
    const user = await seedUser(database.db, 'Race');
    const briefs = await Promise.all(Array.from({ length: 8 }, (_, day) => seedBrief(database.db, user.id, { localDate: `2026-12-${String(day + 1).padStart(2, '0')}` })));
    await worker({ WORKER_CONCURRENCY: '4' });
    await worker({ WORKER_CONCURRENCY: '4' });
    // Three jobs per brief, interleaved, all at once: the two workers claim them side by side.
    const jobs = await enqueueMany(
      database.db.sql,
      [0, 1, 2].flatMap(() => briefs.map((briefId) => ({ type: 'brief.deliver' as const, payload: { brief_id: briefId, channel: 'email' as const } }))),
    );
    const ids = jobs.map((job) => job.id);
    const rows = await until('every job to finish', async () => {
      const finished = await database.db.sql<{ status: string; result: { delivery: string; message_id?: string } | null }[]>`
        select status, result from queue_jobs where id = any(${ids}::uuid[]) and status in ('completed', 'failed')`;
      return finished.length === ids.length ? finished : undefined;
    });
    expect(rows.every((row) => row.status === 'completed')).toBe(true);
    for (const briefId of briefs) expect(messagesFor(briefId)).toHaveLength(1);
    const deliveries = await database.db.sql<{ status: string; attempts: number; error: string | null }[]>`
      select status, attempts, error from deliveries where source_id = any(${briefs}::uuid[])`;
    expect(deliveries).toEqual(briefs.map(() => ({ status: 'sent', attempts: 1, error: null })));
    // One job per brief sent it (its result names the message); the other two found it sent, or being sent by that job.
    expect(rows.filter((row) => row.result?.message_id !== undefined)).toHaveLength(briefs.length);
    expect(rows.every((row) => row.result?.delivery === 'sent' || row.result?.delivery === 'sending')).toBe(true);
  }, 300_000);

  it('a worker killed with SIGKILL after the server accepted the mail leaves it uncertain, and the next worker does not resend it', async () => {
    const user = await seedUser(database.db, 'Crash');
    const briefId = await seedBrief(database.db, user.id);
    const fast = { WORKER_LEASE_SECONDS: '2', WORKER_RESCUE_INTERVAL_SECONDS: '1', WORKER_CONCURRENCY: '1' };
    const doomed = await worker(fast);
    // The server has the message; the worker dies before it hears "250 OK", let alone records it.
    onAccepted = async (mail) => {
      if (mail.messageId !== `<brief.${briefId}@ordo.example>`) return;
      doomed.child.kill('SIGKILL');
      await doomed.exited;
    };
    const { id } = await enqueue(database.db.sql, 'brief.deliver', { brief_id: briefId, channel: 'email' });
    expect(await doomed.exited).toBeNull();
    expect(messagesFor(briefId)).toHaveLength(1);
    const [left] = await database.db.sql<{ status: string }[]>`select status from deliveries where source_id = ${briefId}`;
    expect(left?.status).toBe('sending');

    const survivor = await worker(fast);
    const job = await until('the rescued job to finish', async () => {
      const [row] = await database.db.sql<{ status: string; attempts: number; result: unknown }[]>`
        select status, attempts, result from queue_jobs where id = ${id} and status in ('completed', 'failed')`;
      return row;
    });
    expect(job).toMatchObject({ status: 'completed', attempts: 2, result: { delivery: 'uncertain' } });
    const [after] = await database.db.sql<{ status: string; attempts: number; error: string }[]>`
      select status, attempts, error from deliveries where source_id = ${briefId}`;
    expect(after).toMatchObject({ status: 'uncertain', attempts: 1, error: expect.stringMatching(/may have accepted it/) });
    expect(messagesFor(briefId)).toHaveLength(1);
    const warned = survivor.logs.find((line) => line.msg.startsWith('brief delivery uncertain') && line.level === 40);
    expect(warned).toMatchObject({ brief_id: briefId });
  }, 300_000);
});
