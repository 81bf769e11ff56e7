import { createGateway } from '@ordo/ai-pipeline';
import { type FakeLlmServer, fakeProviderEnv, startFakeOpenAI } from '@ordo/ai-pipeline/testing';
import { createLogger, type Env, loadConfig } from '@ordo/config';
import { briefMailLinks, createSmtpTransport } from '@ordo/notify';
import { type SmtpInbox, startSmtpInbox } from '@ordo/notify/testing';
import type { BatchedBrief } from '@ordo/shared-types';
import { enqueue, findJob, type QueueJob } from '@ordo/supabase-client';
import { createTestDatabase, createTestUser, type TestDatabase } from '@ordo/supabase-client/testing';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeJobDeps, createJobDeps, type JobDeps } from '../job-deps.ts';
import { createRegistry } from '../queue/registry.ts';
import { type QueueRuntime, startQueueRuntime } from '../queue/runtime.ts';
import { queueSettings } from '../queue/settings.ts';
import { briefGenerateBatch } from './brief.generate_batch.ts';

const secrets = { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } };
const LOCAL_DATE = '2026-12-03';
const NOW = new Date('2026-12-03T12:05:00Z');

let database: TestDatabase;
let inbox: SmtpInbox;
let openai: FakeLlmServer;

beforeAll(async () => {
  [database, inbox, openai] = await Promise.all([
    createTestDatabase(),
    startSmtpInbox(),
    // The provider is down: every model call gets a 500.
    startFakeOpenAI({ reply: () => ({ type: 'error', status: 500, message: 'overloaded' }) }),
  ]);
});

afterAll(async () => {
  await Promise.all([database.drop(), inbox.close(), openai.close()]);
});

/** A worker runtime that runs only brief.generate_batch (brief.generate and brief.deliver jobs stay pending for the test to read). */
async function startRuntime(env: Env): Promise<{ runtime: QueueRuntime; deps: JobDeps }> {
  const config = loadConfig({ LOG_LEVEL: 'silent', PUBLIC_APP_URL: 'https://ordo.example' }, secrets);
  const log = createLogger(config, 'test');
  const deps = createJobDeps({
    env,
    db: database.db,
    log,
    overrides: {
      ai: createGateway({ env, db: database.db, backoffMs: 1 }),
      clock: { now: () => NOW },
      mail: createSmtpTransport({ host: '127.0.0.1', port: inbox.port, from: 'Ordo <brief@ordo.example>', requireTLS: false }),
      mailLinks: briefMailLinks({ ...config, EMAIL_FROM: 'Ordo <brief@ordo.example>' }),
    },
  });
  const runtime = await startQueueRuntime({
    db: database.db,
    env,
    settings: { ...queueSettings(env, 'brief-batch-test'), backoff: { baseMs: 1, capMs: 1 } },
    registry: createRegistry([briefGenerateBatch], ['brief.generate_batch']),
    schedules: [],
    log,
    jobDeps: deps,
  });
  return { runtime, deps };
}

function runtimeFor(env: () => Env) {
  let started: { runtime: QueueRuntime; deps: JobDeps } | undefined;
  beforeAll(async () => {
    started = await startRuntime(env());
  });
  afterAll(async () => {
    await started?.runtime.stop();
    if (started) closeJobDeps(started.deps);
  });
}

async function settled(jobId: string): Promise<QueueJob> {
  for (let i = 0; i < 600; i++) {
    const job = await findJob(database.db.sql, jobId);
    if (job && ['completed', 'failed', 'cancelled'].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${jobId} did not finish`);
}

interface Person {
  id: string;
  email: string;
  taxes: string;
}

/** A person in New York with an overdue task (or nothing at all, `empty`). */
async function seedPerson(name: string, options: { empty?: boolean } = {}): Promise<Person> {
  const id = await createTestUser(database.db);
  return database.db.asService(async (tx) => {
    const [user] = await tx<{ email: string }[]>`
      update users set name = ${name}, timezone = 'America/New_York' where id = ${id} returning lower(email) as email`;
    const [task] = options.empty
      ? []
      : await tx<{ id: string }[]>`insert into tasks (user_id, title, due_date) values (${id}, 'File taxes', '2026-11-30') returning id`;
    return { id, email: user?.email as string, taxes: task?.id ?? '' };
  });
}

const scheduled = (person: { id: string }): BatchedBrief => ({ user_id: person.id, kind: 'daily', local_date: LOCAL_DATE, send_at: '2026-12-03T12:00:00Z' });

async function enqueueBatch(people: readonly { id: string }[]) {
  return enqueue(database.db.sql, 'brief.generate_batch', { briefs: people.map(scheduled) });
}

async function briefsOf(userId: string) {
  return database.db.sql<{ id: string; status: string; reason: string | null; trigger: string; job_id: string | null; provider: string | null; markdown: string | null; html: string | null; stages: { name: string; gate: string }[] }[]>`
    select id, status, reason, trigger, job_id, provider, markdown, html, stages from daily_briefs where user_id = ${userId} order by created_at`;
}

async function deliveriesOf(userId: string) {
  return database.db.sql<{ brief_id: string; status: string; job_id: string | null; attempts: number }[]>`
    select brief_id, status, job_id, attempts from deliveries where user_id = ${userId} order by created_at`;
}

const recipientOf = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text.toLowerCase() : '');
const receivedBy = (email: string) => inbox.received.filter((mail) => recipientOf(mail) === email);

interface BatchResult {
  briefs: { user_id: string; brief_id: string | null; status: string; generated: boolean; delivery: string | null; error?: string; retry_job_id?: string | null }[];
}
const resultOf = (job: QueueJob, userId: string) => (job.result as BatchResult).briefs.find((brief) => brief.user_id === userId);

describe('brief.generate_batch with the offline writer', () => {
  runtimeFor(() => fakeProviderEnv({}, { DATABASE_URL: database.url, LOG_LEVEL: 'silent', WORKER_POLL_INTERVAL_MS: '20', WORKER_LEASE_SECONDS: '3' }));

  it('writes, stores and emails each person’s own brief once, with no prompts and no stage checkpoints', async () => {
    const people = [await seedPerson('Ada'), await seedPerson('Grace'), await seedPerson('Alan', { empty: true })];
    const job = await settled((await enqueueBatch(people)).id);
    expect(job).toMatchObject({ status: 'completed', attempts: 1 });
    // The offline path keeps nothing to resume: only paid model calls are worth a checkpoint.
    expect(job.checkpoints).toEqual({});
    for (const person of people) {
      const [brief, ...others] = await briefsOf(person.id);
      expect(others).toEqual([]);
      expect(brief).toMatchObject({ status: 'ready', reason: null, trigger: 'schedule', job_id: job.id, provider: 'offline' });
      expect(brief?.stages.map((stage) => `${stage.name}:${stage.gate}`)).toEqual(['gather:none', 'prioritise:none', 'write:none']);
      expect(await deliveriesOf(person.id)).toEqual([{ brief_id: brief?.id, status: 'sent', job_id: job.id, attempts: 1 }]);
      const [mail, ...more] = receivedBy(person.email);
      expect(more).toEqual([]);
      expect(mail?.messageId).toBe(`<brief.${brief?.id}@ordo.example>`);
      expect(mail?.html).toBe(brief?.html);
      expect(resultOf(job, person.id)).toMatchObject({ brief_id: brief?.id, status: 'ready', generated: true, delivery: 'sent' });
    }
    // Each brief is its own person's: the overdue task is in the briefs of those who have one.
    const [ada] = await briefsOf(people[0]?.id as string);
    expect(ada?.markdown).toContain(`[File taxes](/tasks/${people[0]?.taxes})`);
    expect(ada?.markdown).not.toContain(people[1]?.taxes);
    const [alan] = await briefsOf(people[2]?.id as string);
    expect(alan?.markdown).toContain('Nothing is due today');
    expect(openai.requests).toHaveLength(0);
  });

  it('skips a person whose brief for the date is already ready and one whose account is gone; the others go out', async () => {
    const [done, fresh, alsoFresh] = [await seedPerson('Done', { empty: true }), await seedPerson('Fresh'), await seedPerson('Also', { empty: true })];
    const earlier = await settled((await enqueueBatch([done])).id);
    expect(earlier.status).toBe('completed');
    const [doneBrief] = await briefsOf(done.id);
    const gone = { id: '00000000-0000-4000-8000-00000000dead' };
    const job = await settled((await enqueueBatch([fresh, done, gone, alsoFresh])).id);
    expect(job).toMatchObject({ status: 'completed', attempts: 1 });
    expect(resultOf(job, done.id)).toMatchObject({ brief_id: doneBrief?.id, status: 'ready', generated: false, delivery: null });
    expect(resultOf(job, gone.id)).toMatchObject({ brief_id: null, status: 'missing', error: expect.stringContaining('does not exist') });
    // Still the earlier job's brief, sent once.
    expect(await briefsOf(done.id)).toEqual([doneBrief]);
    expect(receivedBy(done.email)).toHaveLength(1);
    for (const person of [fresh, alsoFresh]) {
      expect((await briefsOf(person.id)).map((brief) => [brief.status, brief.job_id])).toEqual([['ready', job.id]]);
      expect(receivedBy(person.email)).toHaveLength(1);
      expect(resultOf(job, person.id)).toMatchObject({ generated: true, delivery: 'sent' });
    }
    expect(await database.db.sql`select id from daily_briefs where user_id = ${gone.id}`).toEqual([]);
  });

  it('gives a person carried by two batches at once one brief and one email (their brief’s row is the dedup)', async () => {
    const shared = await seedPerson('Shared');
    const [left, right] = [await seedPerson('Left', { empty: true }), await seedPerson('Right', { empty: true })];
    const jobs = await Promise.all([enqueueBatch([left, shared]), enqueueBatch([shared, right])]);
    const finished = await Promise.all(jobs.map((job) => settled(job.id)));
    expect(finished.map((job) => job.status)).toEqual(['completed', 'completed']);
    const [brief, ...others] = await briefsOf(shared.id);
    expect(others).toEqual([]);
    expect(brief?.status).toBe('ready');
    expect(await deliveriesOf(shared.id)).toMatchObject([{ brief_id: brief?.id, status: 'sent' }]);
    expect(receivedBy(shared.email)).toHaveLength(1);
    // Exactly one of the two wrote it; the other found it done (or taken) and sent nothing.
    expect(finished.map((job) => resultOf(job, shared.id)?.generated).sort()).toEqual([false, true]);
    for (const person of [left, right]) expect(receivedBy(person.email)).toHaveLength(1);
  });
});

describe('brief.generate_batch with a model provider', () => {
  runtimeFor(() =>
    fakeProviderEnv({ openai }, { DATABASE_URL: database.url, LOG_LEVEL: 'silent', WORKER_POLL_INTERVAL_MS: '20', WORKER_LEASE_SECONDS: '3', AI_MAX_RETRIES: '0' }),
  );

  it('records one person’s failure and retries them alone as brief.generate; the others are written through the staged pipeline and sent', async () => {
    // The provider is down: the person with an open task needs a model and fails (not on a last
    // attempt, so no fallback); empty days need none.
    const failing = await seedPerson('Failing');
    const [calm, quiet] = [await seedPerson('Calm', { empty: true }), await seedPerson('Quiet', { empty: true })];
    const job = await settled((await enqueueBatch([calm, failing, quiet])).id);
    expect(job).toMatchObject({ status: 'completed', attempts: 1 });
    // The staged pipeline, each stage checkpointed per person, so a retried batch never pays twice.
    for (const person of [calm, quiet]) {
      for (const stage of ['gather', 'prioritise', 'write', 'check']) expect(job.checkpoints).toHaveProperty([`${person.id}:${stage}`]);
      expect((await briefsOf(person.id)).map((brief) => [brief.status, brief.stages.map((stage) => stage.name).join(',')])).toEqual([
        ['ready', 'gather,prioritise,write,check'],
      ]);
      expect(receivedBy(person.email)).toHaveLength(1);
    }
    expect(job.checkpoints).not.toHaveProperty([`${failing.id}:prioritise`]);
    const [brief, ...others] = await briefsOf(failing.id);
    expect(others).toEqual([]);
    expect(brief).toMatchObject({ status: 'failed', reason: expect.stringMatching(/./) });
    expect(await deliveriesOf(failing.id)).toEqual([]);
    expect(receivedBy(failing.email)).toEqual([]);
    const [retry, ...moreRetries] = await database.db.sql<{ id: string; user_id: string; dedup_key: string; payload: unknown; status: string }[]>`
      select id, user_id, dedup_key, payload, status from queue_jobs where job_type = 'brief.generate' and user_id = ${failing.id}`;
    expect(moreRetries).toEqual([]);
    expect(retry).toMatchObject({
      dedup_key: `brief:${failing.id}:daily:${LOCAL_DATE}`,
      status: 'pending',
      payload: { ...scheduled(failing), trigger: 'schedule', deliver: true },
    });
    expect(resultOf(job, failing.id)).toMatchObject({ brief_id: brief?.id, status: 'failed', generated: false, retry_job_id: retry?.id, error: brief?.reason });
  });
});
