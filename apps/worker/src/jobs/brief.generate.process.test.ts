import { enqueue } from '@ordo/supabase-client';
import { describe, expect, it } from 'vitest';
import { seedUser } from '../testing/briefs.ts';
import { mailWorkers } from '../testing/mail-workers.ts';
import { until } from '../testing/until.ts';

// brief.generate sends the email itself: a real worker process killed mid-delivery, and the one that retries the job.
const stage = mailWorkers({ WORKER_LEASE_SECONDS: '2', WORKER_RESCUE_INTERVAL_SECONDS: '1', WORKER_CONCURRENCY: '1' });

describe('brief.generate delivering in-process, exactly once across a crash', () => {
  it('a worker killed with SIGKILL after the server accepted the brief leaves it uncertain; the retried job neither writes nor sends it again', async () => {
    const user = await seedUser(stage.database.db, 'Crash');
    const doomed = await stage.worker();
    stage.onAccepted = async (mail) => {
      if (!mail.messageId?.startsWith('<brief.')) return;
      doomed.child.kill('SIGKILL');
      await doomed.exited;
    };
    const { id } = await enqueue(
      stage.database.db.sql,
      'brief.generate',
      { user_id: user.id, kind: 'daily', local_date: '2026-12-03', send_at: '2026-12-03T07:00:00Z', trigger: 'manual', deliver: true },
      { userId: user.id },
    );
    expect(await doomed.exited).toBeNull();
    expect(stage.inbox.received).toHaveLength(1);
    const [brief] = await stage.database.db.sql<{ id: string; status: string; generated_at: Date }[]>`
      select id, status, generated_at from daily_briefs where user_id = ${user.id}`;
    expect(brief?.status).toBe('ready');
    const briefId = brief?.id as string;
    expect(stage.inbox.received[0]?.messageId).toBe(`<brief.${brief?.id}@ordo.example>`);
    const [left] = await stage.database.db.sql<{ status: string; job_id: string }[]>`select status, job_id from deliveries where brief_id = ${briefId}`;
    expect(left).toEqual({ status: 'sending', job_id: id });

    const survivor = await stage.worker();
    const job = await until('the rescued job to finish', async () => {
      const [row] = await stage.database.db.sql<{ status: string; attempts: number; result: unknown }[]>`
        select status, attempts, result from queue_jobs where id = ${id} and status in ('completed', 'failed')`;
      return row;
    });
    expect(job).toMatchObject({ status: 'completed', attempts: 2, result: { brief_id: brief?.id, generated: false, delivery: 'uncertain' } });
    const [after] = await stage.database.db.sql<{ status: string; attempts: number; error: string }[]>`
      select status, attempts, error from deliveries where brief_id = ${briefId}`;
    expect(after).toMatchObject({ status: 'uncertain', attempts: 1, error: expect.stringMatching(/may have accepted it/) });
    const briefs = await stage.database.db.sql<{ generated_at: Date }[]>`select generated_at from daily_briefs where user_id = ${user.id}`;
    expect(briefs).toEqual([{ generated_at: brief?.generated_at }]);
    expect(stage.inbox.received).toHaveLength(1);
    expect(await stage.database.db.sql`select id from queue_jobs where job_type = 'brief.deliver'`).toHaveLength(0);
    const warned = survivor.logs.find((line) => line.msg.startsWith('brief delivery uncertain') && line.level === 40);
    expect(warned).toMatchObject({ brief_id: brief?.id });
  }, 300_000);
});
