import { type SmtpInbox, startSmtpInbox } from '@ordo/notify/testing';
import { enqueue } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../testing/briefs.ts';
import { spawnWorker, stopWorker, type WorkerProcess } from '../testing/worker-process.ts';
import { until } from '../testing/until.ts';

// brief.generate sends the email itself: a real worker process killed mid-delivery, and the one that retries the job.
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

async function worker(): Promise<WorkerProcess> {
  const process = await spawnWorker(database.url, {
    WORKER_POLL_INTERVAL_MS: '100',
    WORKER_LEASE_SECONDS: '2',
    WORKER_RESCUE_INTERVAL_SECONDS: '1',
    WORKER_CONCURRENCY: '1',
    EMAIL_HOST: '127.0.0.1',
    EMAIL_PORT: String(inbox.port),
    EMAIL_REQUIRE_TLS: 'false',
    EMAIL_FROM: 'Ordo <brief@ordo.example>',
    PUBLIC_APP_URL: 'https://ordo.example',
  });
  started.push(process);
  return process;
}

describe('brief.generate delivering in-process, exactly once across a crash', () => {
  it('a worker killed with SIGKILL after the server accepted the brief leaves it uncertain; the retried job neither writes nor sends it again', async () => {
    const user = await seedUser(database.db, 'Crash');
    const doomed = await worker();
    onAccepted = async (mail) => {
      if (!mail.messageId?.startsWith('<brief.')) return;
      doomed.child.kill('SIGKILL');
      await doomed.exited;
    };
    const { id } = await enqueue(
      database.db.sql,
      'brief.generate',
      { user_id: user.id, kind: 'daily', local_date: '2026-12-03', send_at: '2026-12-03T07:00:00Z', trigger: 'manual', deliver: true },
      { userId: user.id },
    );
    expect(await doomed.exited).toBeNull();
    expect(inbox.received).toHaveLength(1);
    const [brief] = await database.db.sql<{ id: string; status: string; generated_at: Date }[]>`
      select id, status, generated_at from daily_briefs where user_id = ${user.id}`;
    expect(brief?.status).toBe('ready');
    const briefId = brief?.id as string;
    expect(inbox.received[0]?.messageId).toBe(`<brief.${brief?.id}@ordo.example>`);
    const [left] = await database.db.sql<{ status: string; job_id: string }[]>`select status, job_id from deliveries where brief_id = ${briefId}`;
    expect(left).toEqual({ status: 'sending', job_id: id });

    const survivor = await worker();
    const job = await until('the rescued job to finish', async () => {
      const [row] = await database.db.sql<{ status: string; attempts: number; result: unknown }[]>`
        select status, attempts, result from queue_jobs where id = ${id} and status in ('completed', 'failed')`;
      return row;
    });
    expect(job).toMatchObject({ status: 'completed', attempts: 2, result: { brief_id: brief?.id, generated: false, delivery: 'uncertain' } });
    const [after] = await database.db.sql<{ status: string; attempts: number; error: string }[]>`
      select status, attempts, error from deliveries where brief_id = ${briefId}`;
    expect(after).toMatchObject({ status: 'uncertain', attempts: 1, error: expect.stringMatching(/may have accepted it/) });
    const briefs = await database.db.sql<{ generated_at: Date }[]>`select generated_at from daily_briefs where user_id = ${user.id}`;
    expect(briefs).toEqual([{ generated_at: brief?.generated_at }]);
    expect(inbox.received).toHaveLength(1);
    expect(await database.db.sql`select id from queue_jobs where job_type = 'brief.deliver'`).toHaveLength(0);
    const warned = survivor.logs.find((line) => line.msg.startsWith('brief delivery uncertain') && line.level === 40);
    expect(warned).toMatchObject({ brief_id: brief?.id });
  }, 300_000);
});
