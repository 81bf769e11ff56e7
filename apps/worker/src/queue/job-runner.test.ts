import { createLogger, loadConfig } from '@ordo/config';
import { systemSleepPayloadSchema } from '@ordo/shared-types';
import { claim, enqueue, findJob, type Tx } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobDeps } from '../job-deps.ts';
import type { CompletionWriteKind } from './completion-writes.ts';
import { defineJob } from './job-definition.ts';
import { JobRunner } from './job-runner.ts';
import { QueueMetrics } from './metrics.ts';
import { createRegistry } from './registry.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.sql`create table public.runner_test_notes (job_id uuid primary key, note text not null)`;
  // The completion's transaction runs as service_role.
  await database.db.sql`grant insert on public.runner_test_notes to service_role`;
});

afterAll(async () => {
  await database?.drop();
});

const WORKER = 'runner-test';

interface Note {
  jobId: string;
  note: string;
}

/** Notes written along completions, and the size of each batch written. */
function notesKind(batches: number[]): CompletionWriteKind<Note> {
  return {
    write: async (tx: Tx, notes) => {
      batches.push(notes.length);
      await tx`insert into public.runner_test_notes (job_id, note)
               select n."jobId", n.note from jsonb_to_recordset(${JSON.stringify(notes)}::text::jsonb) as n("jobId" uuid, note text)`;
    },
  };
}

function runnerFor(handler: Parameters<typeof defineJob<'system.sleep'>>[0]['handler'], concurrency: number) {
  const env = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url }, { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } });
  const log = createLogger(env, 'test');
  const sleep = defineJob({ name: 'system.sleep', payload: systemSleepPayloadSchema, options: { timeoutMs: 10_000, maxAttempts: 1, priority: 1 }, handler });
  return new JobRunner({
    sql: database.db.sql,
    completionSql: database.db.sql,
    stateSql: database.db.sql,
    registry: createRegistry([sleep], ['system.sleep']),
    settings: { workerId: WORKER, concurrency, prefetch: 0, leaseSeconds: 30, pollIntervalMs: 1_000, shutdownGraceMs: 1_000, rescueIntervalMs: 60_000, backoff: { baseMs: 1_000, capMs: 1_000 } },
    log,
    metrics: new QueueMetrics(),
    jobDeps: createJobDeps({ env, db: database.db, log }),
    onSlotFree: () => undefined,
  });
}

async function claimAll(count: number) {
  for (let ms = 1; ms <= count; ms++) await enqueue(database.db.sql, 'system.sleep', { ms }, { priority: 1 });
  return claim(database.db.sql, { workerId: WORKER, types: ['system.sleep'], limit: count, leaseSeconds: 30 });
}

describe('JobRunner completeWith', () => {
  it('writes what handlers hand it in the transaction that completes their jobs, one write for the jobs completing together', async () => {
    await database.db.sql`delete from public.runner_test_notes`;
    const batches: number[] = [];
    const kind = notesKind(batches);
    const runner = runnerFor(async ({ ms }, context) => {
      context.completeWith(kind, { jobId: context.jobId, note: `slept ${ms}` });
      return { slept: ms };
    }, 3);
    const claimed = await claimAll(3);
    await Promise.all(claimed.map((job) => runner.start(job)));

    const notes = await database.db.sql<{ job_id: string; note: string; note_xid: string; job_xid: string; status: string }[]>`
      select n.job_id, n.note, n.xmin::text as note_xid, q.xmin::text as job_xid, q.status
      from public.runner_test_notes n join public.queue_jobs q on q.id = n.job_id order by n.note`;
    expect(notes.map((row) => [row.job_id, row.note, row.status])).toEqual(claimed.map((job, i) => [job.id, `slept ${i + 1}`, 'completed']));
    // The same transaction wrote each note and completed its job.
    for (const row of notes) expect(row.note_xid).toBe(row.job_xid);
    // Jobs finishing in one turn share one completion batch, and so one write of their notes.
    expect(batches).toEqual([3]);
  });

  it('writes nothing for an attempt that fails', async () => {
    await database.db.sql`delete from public.runner_test_notes`;
    const batches: number[] = [];
    const kind = notesKind(batches);
    const runner = runnerFor(async (_payload, context) => {
      context.completeWith(kind, { jobId: context.jobId, note: 'should not be written' });
      throw new Error('the send failed');
    }, 1);
    const [job] = await claimAll(1);
    if (!job) throw new Error('nothing claimed');
    await runner.start(job);

    // Back to pending for its retry, not completed.
    expect((await findJob(database.db.sql, job.id))?.status).toBe('pending');
    expect(await database.db.sql`select * from public.runner_test_notes`).toHaveLength(0);
    expect(batches).toEqual([]);
  });
});
