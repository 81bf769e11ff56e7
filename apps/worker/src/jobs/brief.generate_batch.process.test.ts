import { enqueue } from '@ordo/supabase-client';
import type { ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { seedUser } from '../testing/briefs.ts';
import { until } from '../testing/until.ts';
import { mailWorkers } from '../testing/mail-workers.ts';

// brief.generate_batch sends its people's emails itself: a real worker process killed mid-batch, and the one that retries the job.
const stage = mailWorkers({ WORKER_LEASE_SECONDS: '2', WORKER_RESCUE_INTERVAL_SECONDS: '1', WORKER_CONCURRENCY: '1' });

const recipientOf = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text.toLowerCase() : '');

describe('brief.generate_batch, exactly once across a crash mid-batch', () => {
  it('a worker killed with SIGKILL once the server accepted the first of its emails: the retried batch writes and sends nobody’s brief again', async () => {
    const people = [await seedUser(stage.database.db, 'Ada'), await seedUser(stage.database.db, 'Grace'), await seedUser(stage.database.db, 'Alan')];
    const doomed = await stage.worker();
    stage.onAccepted = async (mail) => {
      if (!mail.messageId?.startsWith('<brief.')) return;
      doomed.child.kill('SIGKILL');
      await doomed.exited;
    };
    const { id } = await enqueue(stage.database.db.sql, 'brief.generate_batch', {
      briefs: people.map((person) => ({ user_id: person.id, kind: 'daily', local_date: '2026-12-03', send_at: '2026-12-03T07:00:00Z' })),
    });
    expect(await doomed.exited).toBeNull();
    const acceptedBeforeRetry = stage.inbox.received.length;
    expect(acceptedBeforeRetry).toBeGreaterThanOrEqual(1);
    // All three briefs were stored, and their `sending` rows committed, before the first send.
    const stored = await stage.database.db.sql<{ id: string; user_id: string; status: string; job_id: string; generated_at: Date }[]>`
      select id, user_id, status, job_id, generated_at from daily_briefs order by user_id`;
    expect(stored.map((brief) => [brief.status, brief.job_id])).toEqual(people.map(() => ['ready', id]));
    const left = await stage.database.db.sql<{ status: string; job_id: string }[]>`select status, job_id from deliveries`;
    expect(left).toEqual(people.map(() => ({ status: 'sending', job_id: id })));

    await stage.worker();
    const job = await until('the rescued batch to finish', async () => {
      const [row] = await stage.database.db.sql<{ status: string; attempts: number; result: { briefs: { user_id: string; generated: boolean; delivery: string }[] } }[]>`
        select status, attempts, result from queue_jobs where id = ${id} and status in ('completed', 'failed')`;
      return row;
    });
    expect(job).toMatchObject({ status: 'completed', attempts: 2 });
    // Found again by (job, person): nothing rewritten, and each email that may have gone is not sent again.
    expect(job.result.briefs.map((brief) => [brief.generated, brief.delivery])).toEqual(people.map(() => [false, 'uncertain']));
    const after = await stage.database.db.sql<{ id: string; user_id: string; status: string; job_id: string; generated_at: Date }[]>`
      select id, user_id, status, job_id, generated_at from daily_briefs order by user_id`;
    expect(after).toEqual(stored);
    const deliveries = await stage.database.db.sql<{ status: string; attempts: number }[]>`select status, attempts from deliveries`;
    expect(deliveries).toEqual(people.map(() => ({ status: 'uncertain', attempts: 1 })));
    expect(stage.inbox.received).toHaveLength(acceptedBeforeRetry);
    for (const person of people) expect(stage.inbox.received.filter((mail) => recipientOf(mail) === person.email.toLowerCase()).length).toBeLessThanOrEqual(1);
    expect(await stage.database.db.sql`select id from queue_jobs where job_type in ('brief.deliver', 'brief.generate')`).toHaveLength(0);
  }, 300_000);
});
