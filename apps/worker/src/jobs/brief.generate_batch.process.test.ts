import { type SmtpInbox, startSmtpInbox } from '@ordo/notify/testing';
import { enqueue } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../testing/briefs.ts';
import { until } from '../testing/until.ts';
import { spawnWorker, stopWorker, type WorkerProcess } from '../testing/worker-process.ts';

// brief.generate_batch sends its people's emails itself: a real worker process killed mid-batch, and the one that retries the job.
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

const recipientOf = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text.toLowerCase() : '');

describe('brief.generate_batch, exactly once across a crash mid-batch', () => {
  it('a worker killed with SIGKILL once the server accepted the first of its emails: the retried batch writes and sends nobody’s brief again', async () => {
    const people = [await seedUser(database.db, 'Ada'), await seedUser(database.db, 'Grace'), await seedUser(database.db, 'Alan')];
    const doomed = await worker();
    onAccepted = async (mail) => {
      if (!mail.messageId?.startsWith('<brief.')) return;
      doomed.child.kill('SIGKILL');
      await doomed.exited;
    };
    const { id } = await enqueue(database.db.sql, 'brief.generate_batch', {
      briefs: people.map((person) => ({ user_id: person.id, kind: 'daily', local_date: '2026-12-03', send_at: '2026-12-03T07:00:00Z' })),
    });
    expect(await doomed.exited).toBeNull();
    const acceptedBeforeRetry = inbox.received.length;
    expect(acceptedBeforeRetry).toBeGreaterThanOrEqual(1);
    // All three briefs were stored, and their `sending` rows committed, before the first send.
    const stored = await database.db.sql<{ id: string; user_id: string; status: string; job_id: string; generated_at: Date }[]>`
      select id, user_id, status, job_id, generated_at from daily_briefs order by user_id`;
    expect(stored.map((brief) => [brief.status, brief.job_id])).toEqual(people.map(() => ['ready', id]));
    const left = await database.db.sql<{ status: string; job_id: string }[]>`select status, job_id from deliveries`;
    expect(left).toEqual(people.map(() => ({ status: 'sending', job_id: id })));

    await worker();
    const job = await until('the rescued batch to finish', async () => {
      const [row] = await database.db.sql<{ status: string; attempts: number; result: { briefs: { user_id: string; generated: boolean; delivery: string }[] } }[]>`
        select status, attempts, result from queue_jobs where id = ${id} and status in ('completed', 'failed')`;
      return row;
    });
    expect(job).toMatchObject({ status: 'completed', attempts: 2 });
    // Found again by (job, person): nothing rewritten, and each email that may have gone is not sent again.
    expect(job.result.briefs.map((brief) => [brief.generated, brief.delivery])).toEqual(people.map(() => [false, 'uncertain']));
    const after = await database.db.sql<{ id: string; user_id: string; status: string; job_id: string; generated_at: Date }[]>`
      select id, user_id, status, job_id, generated_at from daily_briefs order by user_id`;
    expect(after).toEqual(stored);
    const deliveries = await database.db.sql<{ status: string; attempts: number }[]>`select status, attempts from deliveries`;
    expect(deliveries).toEqual(people.map(() => ({ status: 'uncertain', attempts: 1 })));
    expect(inbox.received).toHaveLength(acceptedBeforeRetry);
    for (const person of people) expect(inbox.received.filter((mail) => recipientOf(mail) === person.email.toLowerCase()).length).toBeLessThanOrEqual(1);
    expect(await database.db.sql`select id from queue_jobs where job_type in ('brief.deliver', 'brief.generate')`).toHaveLength(0);
  }, 300_000);
});
