import { enqueue, enqueueMany } from '@ordo/supabase-client';
import { describe, expect, it } from 'vitest';
import { seedBrief, seedUser } from '../testing/briefs.ts';
import { mailWorkers } from '../testing/mail-workers.ts';
import { until } from '../testing/until.ts';

// Real worker processes against a loopback SMTP server: the races and crashes the exactly-once rule is for.
const stage = mailWorkers();

const messagesFor = (briefId: string) => stage.inbox.received.filter((mail) => mail.messageId === `<brief.${briefId}@ordo.example>`);

describe('brief.deliver, exactly once across processes', () => {
  it('two workers racing over the same briefs send each exactly once', async () => {
    const user = await seedUser(stage.database.db, 'Race');
    const briefs = await Promise.all(Array.from({ length: 8 }, (_, day) => seedBrief(stage.database.db, user.id, { localDate: `2026-12-${String(day + 1).padStart(2, '0')}` })));
    await stage.worker({ WORKER_CONCURRENCY: '4' });
    await stage.worker({ WORKER_CONCURRENCY: '4' });
    // Three jobs per brief, interleaved, all at once: the two workers claim them side by side.
    const jobs = await enqueueMany(
      stage.database.db.sql,
      [0, 1, 2].flatMap(() => briefs.map((briefId) => ({ type: 'brief.deliver' as const, payload: { brief_id: briefId, channel: 'email' as const } }))),
    );
    const ids = jobs.map((job) => job.id);
    const rows = await until('every job to finish', async () => {
      const finished = await stage.database.db.sql<{ status: string; result: { delivery: string; message_id?: string } | null }[]>`
        select status, result from queue_jobs where id = any(${ids}::uuid[]) and status in ('completed', 'failed')`;
      return finished.length === ids.length ? finished : undefined;
    });
    expect(rows.every((row) => row.status === 'completed')).toBe(true);
    for (const briefId of briefs) expect(messagesFor(briefId)).toHaveLength(1);
    const deliveries = await stage.database.db.sql<{ status: string; attempts: number; error: string | null }[]>`
      select status, attempts, error from deliveries where source_id = any(${briefs}::uuid[])`;
    expect(deliveries).toEqual(briefs.map(() => ({ status: 'sent', attempts: 1, error: null })));
    // One job per brief sent it (its result names the message); the other two found it sent, or being sent by that job.
    expect(rows.filter((row) => row.result?.message_id !== undefined)).toHaveLength(briefs.length);
    expect(rows.every((row) => row.result?.delivery === 'sent' || row.result?.delivery === 'sending')).toBe(true);
  }, 300_000);

  it('a worker killed with SIGKILL after the server accepted the mail leaves it uncertain, and the next worker does not resend it', async () => {
    const user = await seedUser(stage.database.db, 'Crash');
    const briefId = await seedBrief(stage.database.db, user.id);
    const fast = { WORKER_LEASE_SECONDS: '2', WORKER_RESCUE_INTERVAL_SECONDS: '1', WORKER_CONCURRENCY: '1' };
    const doomed = await stage.worker(fast);
    // The server has the message; the worker dies before it hears "250 OK", let alone records it.
    stage.onAccepted = async (mail) => {
      if (mail.messageId !== `<brief.${briefId}@ordo.example>`) return;
      doomed.child.kill('SIGKILL');
      await doomed.exited;
    };
    const { id } = await enqueue(stage.database.db.sql, 'brief.deliver', { brief_id: briefId, channel: 'email' });
    expect(await doomed.exited).toBeNull();
    expect(messagesFor(briefId)).toHaveLength(1);
    const [left] = await stage.database.db.sql<{ status: string }[]>`select status from deliveries where source_id = ${briefId}`;
    expect(left?.status).toBe('sending');

    const survivor = await stage.worker(fast);
    const job = await until('the rescued job to finish', async () => {
      const [row] = await stage.database.db.sql<{ status: string; attempts: number; result: unknown }[]>`
        select status, attempts, result from queue_jobs where id = ${id} and status in ('completed', 'failed')`;
      return row;
    });
    expect(job).toMatchObject({ status: 'completed', attempts: 2, result: { delivery: 'uncertain' } });
    const [after] = await stage.database.db.sql<{ status: string; attempts: number; error: string }[]>`
      select status, attempts, error from deliveries where source_id = ${briefId}`;
    expect(after).toMatchObject({ status: 'uncertain', attempts: 1, error: expect.stringMatching(/may have accepted it/) });
    expect(messagesFor(briefId)).toHaveLength(1);
    const warned = survivor.logs.find((line) => line.msg.startsWith('brief delivery uncertain') && line.level === 40);
    expect(warned).toMatchObject({ brief_id: briefId });
  }, 300_000);
});
