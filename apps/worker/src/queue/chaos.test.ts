import { enqueue, enqueueMany, findJob, type QueueJob } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnWorker, stopWorker, type WorkerProcess } from '../testing/worker-process.ts';
import { until } from '../testing/until.ts';

let database: TestDatabase;
const started: WorkerProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});

afterEach(async () => {
  await Promise.all(started.splice(0).map(stopWorker));
  await database.db.sql`delete from queue_jobs`;
});

afterAll(() => database.drop());

async function worker(env: Record<string, string> = {}): Promise<WorkerProcess> {
  const process = await spawnWorker(database.url, { WORKER_POLL_INTERVAL_MS: '200', ...env });
  started.push(process);
  return process;
}

const job = (id: string) => findJob(database.db.sql, id);

describe('worker crashes and database restarts', () => {
  it('rescues the job of a worker killed with SIGKILL; another worker completes it without repeating its finished step', async () => {
    const fast = { WORKER_LEASE_SECONDS: '2', WORKER_RESCUE_INTERVAL_SECONDS: '1', WORKER_CONCURRENCY: '1' };
    const doomed = await worker(fast);
    const { id } = await enqueue(database.db.sql, 'system.sleep', { ms: 4_000 });
    // Progress is reported after the checkpointed "started" step: the step's output is stored.
    await until('the job to be running', async () => ((await job(id))?.progress ? true : undefined));
    doomed.child.kill('SIGKILL');
    expect(await doomed.exited).toBeNull();
    const survivor = await worker(fast);
    const done = await until('the job to complete', async () => {
      const row = await job(id);
      return row?.status === 'completed' ? row : undefined;
    });
    expect(done).toMatchObject({ attempts: 2, result: { slept_ms: 4_000, attempt: 2 }, last_error: expect.stringMatching(/^lease expired/) });
    const starts = [...doomed.logs, ...survivor.logs].filter((line) => line.msg === 'system.sleep started' && line.job_id === id);
    expect(starts.map((line) => line.attempt)).toEqual([1]);
    expect(survivor.logs.some((line) => line.msg === 'rescued jobs whose lease expired')).toBe(true);
  });

  // The runner's timeout is longer than the test's own waits, so that a stall is reported with what
  // was left unfinished rather than cut off first.
  it("reconnects after the database drops the worker's connections, losing nothing", async () => {
    // Named, so the test drops only the worker's connections, not its own. The default lease (30 s)
    // is longer than the wait after the drop: a job may not sit out a lease, as the jobs of a claim
    // that committed but lost its answer with its connection did before the worker handed them back
    // itself.
    const survivor = await worker({ WORKER_CONCURRENCY: '4', DATABASE_URL: `${database.url}?application_name=ordo-chaos-worker` });
    const batch = async () => (await enqueueMany(database.db.sql, Array.from({ length: 200 }, () => ({ type: 'system.sleep' as const, payload: { ms: 10 } })))).map((row) => row.id);
    const first = await batch();
    await until('the first jobs to run', async () => {
      const [row] = await database.db.sql<{ n: number }[]>`select count(*)::int as n from queue_jobs where status = 'completed'`;
      return (row?.n ?? 0) > 20 ? true : undefined;
    });
    // What a database restart or failover looks like to the worker: every connection dropped.
    const terminated = await database.db.sql<{ pid: number }[]>`
      with worker as materialized (
        select pid from pg_stat_activity where datname = current_database() and application_name = 'ordo-chaos-worker'
      )
      select pid from worker where pg_terminate_backend(pid)`;
    // The pool's busy connections and the LISTEN connection.
    expect(terminated.length).toBeGreaterThan(1);
    const second = await batch();
    const ids = [...first, ...second];
    // Counted from the drop, not from the worker's start, which a loaded machine can make slow.
    const deadline = Date.now() + 25_000;
    const byStatus = async () => {
      const rows = await database.db.sql<{ status: QueueJob['status']; n: number }[]>`
        select status, count(*)::int as n from queue_jobs where id = any(${ids}::uuid[]) group by status`;
      return Object.fromEntries(rows.map((row) => [row.status, row.n]));
    };
    const counts = await until('all 400 jobs to finish', async () => {
      const counted = await byStatus();
      return (counted.completed ?? 0) + (counted.failed ?? 0) === ids.length ? counted : undefined;
    }, deadline - Date.now()).catch(async (err: unknown) => {
      // What was left, and the worker's warnings, say where it stalled.
      const statuses = await byStatus();
      const unfinished = await database.db.sql`
        select id, status, attempts, locked_by, lease_expires_at, progress, last_error, updated_at
        from queue_jobs where id = any(${ids}::uuid[]) and status not in ('completed', 'failed') order by updated_at limit 20`;
      const warnings = survivor.logs.filter((line) => line.level >= 40).map((line) => ({ time: line.time, msg: line.msg, err: (line.err as { message?: string } | undefined)?.message }));
      throw new Error(`${String(err)}\nby status: ${JSON.stringify(statuses)}\nunfinished: ${JSON.stringify(unfinished)}\nworker warnings: ${JSON.stringify(warnings)}`);
    });
    expect(counts).toEqual({ completed: 400 });
    // Writes cut off by the drop (claims, checkpoints, progress, completions) are retried: no job failed for it.
    expect(survivor.logs.filter((line) => line.msg === 'job failed')).toEqual([]);
    expect(survivor.child.exitCode).toBeNull();
  }, 90_000);

  it('on SIGTERM stops claiming, lets short jobs finish, hands long and claimed-ahead ones back and exits 0', async () => {
    const leaving = await worker({ WORKER_CONCURRENCY: '2', WORKER_PREFETCH: '10', WORKER_SHUTDOWN_GRACE_SECONDS: '1' });
    const short = await enqueue(database.db.sql, 'system.sleep', { ms: 400 });
    const long = await enqueue(database.db.sql, 'system.sleep', { ms: 60_000 });
    await until('both jobs to run', async () => ((await job(short.id))?.progress && (await job(long.id))?.progress ? true : undefined));
    // Both slots are busy: this one is claimed ahead (prefetch) and waits for a slot.
    const queued = await enqueue(database.db.sql, 'system.sleep', { ms: 60_000 }, { priority: 5 });
    await until('the third job to be claimed ahead', async () => ((await job(queued.id))?.status === 'processing' ? true : undefined));
    leaving.child.kill('SIGTERM');
    expect(await leaving.exited).toBe(0);
    expect(await job(short.id)).toMatchObject({ status: 'completed' });
    expect(await job(long.id)).toMatchObject({ status: 'pending', attempts: 0, locked_by: null });
    expect(await job(queued.id)).toMatchObject({ status: 'pending', attempts: 0, locked_by: null, progress: null });
    const interrupted = leaving.logs.find((line) => line.msg === 'system.sleep interrupted' && line.job_id === long.id);
    expect(interrupted?.reason).toBe('WorkerShutdownError');
  });
});
