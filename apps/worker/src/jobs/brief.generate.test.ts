import { createGateway } from '@ordo/ai-pipeline';
import {
  type FakeLlmServer,
  type FakeReply,
  fakeProviderEnv,
  jsonReply,
  repliesByModel,
  requestsByModel,
  startFakeOpenAI,
} from '@ordo/ai-pipeline/testing';
import { createLogger, loadConfig } from '@ordo/config';
import { briefMailLinks, createSmtpTransport } from '@ordo/notify';
import { type SmtpInbox, type SmtpRefusal, startSmtpInbox } from '@ordo/notify/testing';
import { briefProgressSchema } from '@ordo/shared-types';
import { cancel, enqueue, findJob, type QueueJob } from '@ordo/supabase-client';
import { createTestDatabase, createTestUser, type TestDatabase } from '@ordo/supabase-client/testing';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeJobDeps, createJobDeps, type JobDeps } from '../job-deps.ts';
import { createRegistry } from '../queue/registry.ts';
import { type QueueRuntime, startQueueRuntime } from '../queue/runtime.ts';
import { queueSettings } from '../queue/settings.ts';
import { briefGenerate } from './brief.generate.ts';

const secrets = { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } };
// The default OpenAI tiers: plan, write, check.
const PLAN = 'gpt-5';
const WRITE = 'gpt-5-mini';
const CHECK = 'gpt-5-nano';
const LOCAL_DATE = '2026-12-03';

let database: TestDatabase;
let openai: FakeLlmServer;
let inbox: SmtpInbox;
// What the loopback mail server answers each person's next messages (absent: accepted).
const refusals = new Map<string, SmtpRefusal[]>();
const recipientOf = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text.toLowerCase() : '');
let script: Record<string, FakeReply[]>;
let runtime: QueueRuntime;
let deps: JobDeps;

beforeAll(async () => {
  [database, openai, inbox] = await Promise.all([
    createTestDatabase(),
    startFakeOpenAI({ reply: (request) => repliesByModel(script)(request) }),
    startSmtpInbox({ refuse: (mail) => refusals.get(recipientOf(mail))?.shift() }),
  ]);
  const env = fakeProviderEnv(
    { openai },
    { DATABASE_URL: database.url, LOG_LEVEL: 'silent', WORKER_POLL_INTERVAL_MS: '20', WORKER_LEASE_SECONDS: '3', AI_MAX_RETRIES: '0' },
  );
  const config = loadConfig({ LOG_LEVEL: 'silent', PUBLIC_APP_URL: 'https://ordo.example' }, secrets);
  const log = createLogger(config, 'test');
  const mail = createSmtpTransport({ host: '127.0.0.1', port: inbox.port, from: 'Ordo <brief@ordo.example>', requireTLS: false });
  deps = createJobDeps({
    env,
    db: database.db,
    log,
    overrides: {
      ai: createGateway({ env, db: database.db, backoffMs: 1 }),
      clock: { now: () => new Date('2026-12-03T12:05:00Z') },
      mail,
      mailLinks: briefMailLinks({ ...config, EMAIL_FROM: 'Ordo <brief@ordo.example>' }),
    },
  });
  runtime = await startQueueRuntime({
    db: database.db,
    env,
    // Retries come at once, so the test waits for behaviour, not for backoff.
    settings: { ...queueSettings(env, 'brief-generate-test'), backoff: { baseMs: 1, capMs: 1 } },
    // brief.deliver is left unhandled: the jobs that retry a delivery stay pending for the test to inspect.
    registry: createRegistry([briefGenerate], ['brief.generate']),
    schedules: [],
    log,
    jobDeps: deps,
  });
});

afterAll(async () => {
  await runtime.stop();
  closeJobDeps(deps);
  await Promise.all([database.drop(), openai.close(), inbox.close()]);
});

beforeEach(() => {
  script = {};
  openai.requests.length = 0;
});

async function settled(jobId: string): Promise<QueueJob> {
  for (let i = 0; i < 400; i++) {
    const job = await findJob(database.db.sql, jobId);
    if (job && ['completed', 'failed', 'cancelled'].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${jobId} did not finish`);
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error('condition never held');
}

/** A person in New York with a task overdue, one due today, one finished yesterday, in a project. */
async function seedPerson() {
  const userId = await createTestUser(database.db);
  return database.db.asService(async (tx) => {
    await tx`update users set name = 'Ada', timezone = 'America/New_York' where id = ${userId}`;
    const [project] = await tx<{ id: string }[]>`insert into projects (user_id, name) values (${userId}, 'Home') returning id`;
    const insert = async (title: string, fields: { due?: string; status?: string; completedAt?: string }) => {
      const [row] = await tx<{ id: string }[]>`
        insert into tasks (user_id, project_id, title, due_date, status, completed_at)
        values (${userId}, ${project?.id as string}, ${title}, ${fields.due ?? null}, ${fields.status ?? 'todo'}, ${fields.completedAt ?? null})
        returning id`;
      return row?.id as string;
    };
    return {
      userId,
      projectId: project?.id as string,
      taxes: await insert('File taxes', { due: '2026-11-30' }),
      invoice: await insert('Send invoice', { due: LOCAL_DATE }),
      // 10:00 on 2 December in New York: yesterday there.
      shipped: await insert('Ship the release', { status: 'done', completedAt: '2026-12-02T15:00:00Z' }),
    };
  });
}

function enqueueBrief(userId: string, extra: { trigger?: 'schedule' | 'manual'; deliver?: boolean } = {}, maxAttempts?: number) {
  return enqueue(
    database.db.sql,
    'brief.generate',
    { user_id: userId, kind: 'daily', local_date: LOCAL_DATE, send_at: '2026-12-03T12:00:00Z', ...extra },
    { userId, ...(maxAttempts ? { maxAttempts } : {}) },
  );
}

async function briefRows(userId: string) {
  return database.db.sql<
    { id: string; status: string; reason: string | null; headline: string | null; markdown: string | null; html: string | null; text: string | null; provider: string | null; model: string | null; usage: Record<string, number> | null; stages: { name: string; gate: string }[]; trigger: string; timezone: string; generated_at: Date | null; email_rendered_at: Date | null }[]
  >`select * from daily_briefs where user_id = ${userId} order by created_at`;
}

async function deliverJobs(userId: string) {
  return database.db.sql<{ id: string; payload: unknown; dedup_key: string | null; run_at: Date }[]>`
    select id, payload, dedup_key, run_at from queue_jobs where user_id = ${userId} and job_type = 'brief.deliver'`;
}

async function deliveries(userId: string) {
  return database.db.sql<{ id: string; brief_id: string; status: string; error_class: string | null; attempts: number; job_id: string | null; message_id: string | null }[]>`
    select id, brief_id, status, error_class, attempts, job_id, message_id from deliveries where user_id = ${userId} order by created_at`;
}

async function emailOf(userId: string): Promise<string> {
  const [user] = await database.db.sql<{ email: string }[]>`select lower(email) as email from users where id = ${userId}`;
  if (!user) throw new Error(`no user ${userId}`);
  return user.email;
}

const receivedBy = (email: string) => inbox.received.filter((mail) => recipientOf(mail) === email);

describe('brief.generate', () => {
  it('resumes after write fails: gather and prioritise are not run or paid for again, and the brief is stored and sent once by the job itself', async () => {
    const person = await seedPerson();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const draft = {
      headline: 'Taxes first',
      markdown: `## Wins\nYou finished [Ship the release](/tasks/${person.shipped}).\n\n## Focus\n1. [File taxes](/tasks/${person.taxes}): due Mon 30 Nov.`,
    };
    script = {
      [PLAN]: [jsonReply({ priorities: [{ task_id: person.taxes, why: 'Three days late.' }] })],
      // The first write is held until the test has changed the data, then breaks off (provider overloaded).
      [WRITE]: [{ type: 'stream', text: [held], fail: { type: 'server_error', message: 'overloaded' } }, jsonReply(draft)],
      [CHECK]: [jsonReply({ problems: [] })],
    };
    const job = await enqueueBrief(person.userId);
    await until(() => requestsByModel(openai.requests)[WRITE] === 1);
    // A task added after gather ran: a retry that gathered again would show it to the writer.
    await database.db.asService((tx) => tx`insert into tasks (user_id, title, due_date) values (${person.userId}, 'Added after gather', ${LOCAL_DATE})`);
    release();

    const finished = await settled(job.id);
    expect(finished).toMatchObject({ status: 'completed', attempts: 2 });
    expect(Object.keys(finished.checkpoints).sort()).toEqual(['check', 'gather', 'prioritise', 'write']);
    expect(requestsByModel(openai.requests)).toEqual({ [PLAN]: 1, [WRITE]: 2, [CHECK]: 1 });
    const retriedWrite = JSON.stringify(openai.requests.filter((request) => request.body.model === WRITE)[1]?.body.messages);
    expect(retriedWrite).toContain('File taxes');
    expect(retriedWrite).not.toContain('Added after gather');
    const calls = await database.db.sql<{ purpose: string; outcome: string; error: string | null }[]>`
      select purpose, outcome, error from llm_calls where user_id = ${person.userId} order by created_at`;
    expect(calls.map((call) => `${call.purpose}:${call.outcome}`)).toEqual(['plan:ok', 'write:error', 'write:ok', 'check:ok']);
    expect(calls[1]?.error).toContain('overloaded');

    const [brief, ...others] = await briefRows(person.userId);
    expect(others).toEqual([]);
    expect(brief).toMatchObject({
      status: 'ready',
      reason: null,
      headline: 'Taxes first',
      markdown: draft.markdown,
      provider: 'openai',
      model: WRITE,
      trigger: 'schedule',
      timezone: 'America/New_York',
      generated_at: new Date('2026-12-03T12:05:00Z'),
      // Rendered as the email in the same transaction: delivery sends this render when it is recent.
      email_rendered_at: new Date('2026-12-03T12:05:00Z'),
    });
    // Stored as the email too: the linked task and the way back to the brief are in both parts.
    expect(brief?.html).toContain(`/tasks/${person.taxes}`);
    expect(brief?.html).toContain(`/briefs/${brief?.id}`);
    expect(brief?.text).toContain('File taxes');
    expect(brief?.text).toContain(`/briefs/${brief?.id}`);
    expect(brief?.usage).toMatchObject({ calls: 3 });
    expect(brief?.usage?.input_tokens).toBeGreaterThan(0);
    expect(brief?.stages.map((stage) => `${stage.name}:${stage.gate}`)).toEqual(['gather:none', 'prioritise:pass', 'write:pass', 'check:pass']);
    const [delivery, ...moreDeliveries] = await deliveries(person.userId);
    expect(moreDeliveries).toEqual([]);
    expect(delivery).toMatchObject({ brief_id: brief?.id, status: 'sent', attempts: 1, job_id: job.id, message_id: `<brief.${brief?.id}@ordo.example>` });
    expect(finished.result).toMatchObject({ brief_id: brief?.id, status: 'ready', provider: 'openai', delivery: 'sent', delivery_id: delivery?.id, delivery_job_id: null });

    const progress = briefProgressSchema.parse(finished.progress);
    expect(progress.brief_id).toBe(brief?.id);
    expect(progress.stages.map((stage) => `${stage.name}:${stage.state}`)).toEqual(['gather:done', 'prioritise:done', 'write:done', 'check:done']);

    // The stored render went out as it is, and no delivery job was needed.
    const [sent, ...moreSent] = receivedBy(await emailOf(person.userId));
    expect(moreSent).toEqual([]);
    expect(sent?.messageId).toBe(`<brief.${brief?.id}@ordo.example>`);
    expect(sent?.subject).toBe('Thu 3 Dec: Taxes first');
    expect(sent?.html).toBe(brief?.html);
    expect(await deliverJobs(person.userId)).toEqual([]);
  });

  it('does nothing for a scheduled brief that is already ready; a manual one gets a row of its own', async () => {
    const person = await seedPerson();
    // An empty day: no model calls at all.
    await database.db.asService((tx) => tx`delete from tasks where user_id = ${person.userId}`);
    const first = await settled((await enqueueBrief(person.userId)).id);
    expect(first.result).toMatchObject({ status: 'ready', provider: 'offline' });
    const again = await settled((await enqueueBrief(person.userId)).id);
    expect(again.result).toMatchObject({ status: 'ready', generated: false });
    const manual = await settled((await enqueueBrief(person.userId, { trigger: 'manual', deliver: false })).id);
    expect(manual.result).toMatchObject({ status: 'ready', delivery_job_id: null });

    const rows = await briefRows(person.userId);
    expect(rows.map((row) => `${row.trigger}:${row.status}`)).toEqual(['schedule:ready', 'manual:ready']);
    expect(rows[0]?.headline).toBe('A clear day ahead');
    // The scheduled brief went out once; the job that found it ready sent nothing, the manual one was not to be delivered.
    expect((await deliveries(person.userId)).map((row) => `${row.brief_id === rows[0]?.id}:${row.status}`)).toEqual(['true:sent']);
    expect(receivedBy(await emailOf(person.userId))).toHaveLength(1);
    expect(await deliverJobs(person.userId)).toEqual([]);
    expect(openai.requests).toHaveLength(0);
  });

  it('sends nothing and records no delivery when the email channel is off', async () => {
    const person = await seedPerson();
    await database.db.asService(
      (tx) => tx`update brief_preferences set email_enabled = false, email_disabled_reason = 'unsubscribed' where user_id = ${person.userId}`,
    );
    await database.db.asService((tx) => tx`delete from tasks where user_id = ${person.userId}`);
    const job = await settled((await enqueueBrief(person.userId)).id);
    expect(job.result).toMatchObject({ status: 'ready', delivery: null, delivery_job_id: null });
    expect(await deliverJobs(person.userId)).toEqual([]);
    expect(await deliveries(person.userId)).toEqual([]);
    expect(receivedBy(await emailOf(person.userId))).toEqual([]);
  });

  it('hands a transient SMTP failure to a brief.deliver job, and records a 550 as a bounce without retry; the brief is written either way', async () => {
    const greylisted = await seedPerson();
    const refused = await seedPerson();
    for (const person of [greylisted, refused]) await database.db.asService((tx) => tx`delete from tasks where user_id = ${person.userId}`);
    refusals.set(await emailOf(greylisted.userId), [{ code: 451, message: 'Greylisted, try again' }]);
    refusals.set(await emailOf(refused.userId), [{ code: 550, message: 'No such mailbox' }]);

    const retried = await settled((await enqueueBrief(greylisted.userId)).id);
    const [retryJob, ...moreJobs] = await deliverJobs(greylisted.userId);
    expect(moreJobs).toEqual([]);
    const [briefRow] = await briefRows(greylisted.userId);
    expect(retried).toMatchObject({ status: 'completed', attempts: 1 });
    expect(retried.result).toMatchObject({ status: 'ready', delivery: 'failed', delivery_job_id: retryJob?.id });
    expect(retryJob).toMatchObject({ payload: { brief_id: briefRow?.id, channel: 'email' }, dedup_key: `brief-deliver:${briefRow?.id}:email` });
    // After a backoff, from the job's clock.
    expect(retryJob?.run_at.getTime()).toBeGreaterThan(new Date('2026-12-03T12:05:00Z').getTime());
    expect(await deliveries(greylisted.userId)).toMatchObject([{ status: 'failed', error_class: 'transient', attempts: 1 }]);

    const bounced = await settled((await enqueueBrief(refused.userId)).id);
    expect(bounced).toMatchObject({ status: 'completed', attempts: 1 });
    expect(bounced.result).toMatchObject({ status: 'ready', delivery: 'bounced', delivery_job_id: null });
    expect(await deliveries(refused.userId)).toMatchObject([{ status: 'bounced', error_class: 'permanent', attempts: 1 }]);
    expect(await deliverJobs(refused.userId)).toEqual([]);
    const [prefs] = await database.db.sql<{ hard_bounces: number }[]>`select hard_bounces from brief_preferences where user_id = ${refused.userId}`;
    expect(prefs?.hard_bounces).toBe(1);
    for (const person of [greylisted, refused]) {
      expect((await briefRows(person.userId)).map((row) => row.status)).toEqual(['ready']);
      expect(receivedBy(await emailOf(person.userId))).toEqual([]);
    }
  });

  it('leaves a delivery row the brief already had to the claim: one already sent is not sent again', async () => {
    const person = await seedPerson();
    await database.db.asService((tx) => tx`delete from tasks where user_id = ${person.userId}`);
    const email = await emailOf(person.userId);
    // The tick's pending row, with a delivery an older job left `sent`.
    const [pending] = await database.db.asService(
      (tx) => tx<{ id: string }[]>`
        insert into daily_briefs (user_id, kind, local_date, timezone, send_at, trigger)
        values (${person.userId}, 'daily', ${LOCAL_DATE}, 'America/New_York', '2026-12-03T12:00:00Z', 'schedule') returning id`,
    );
    const briefId = pending?.id as string;
    await database.db.asService(
      (tx) => tx`
        insert into deliveries (user_id, channel, purpose, source_id, brief_id, recipient, status, attempts, sent_at)
        values (${person.userId}, 'email', 'brief', ${briefId}, ${briefId}, ${email}, 'sent', 1, now())`,
    );
    const job = await settled((await enqueueBrief(person.userId)).id);
    expect(job).toMatchObject({ status: 'completed', result: { brief_id: briefId, status: 'ready', delivery: 'sent', delivery_job_id: null } });
    expect(await deliveries(person.userId)).toMatchObject([{ brief_id: briefId, status: 'sent', attempts: 1, job_id: null }]);
    expect(receivedBy(email)).toEqual([]);
  });

  it('fails for good, writing nothing, when the account is gone', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    // A system job: the queue's owner must be an account.
    const { id } = await enqueue(database.db.sql, 'brief.generate', { user_id: missing, kind: 'daily', local_date: LOCAL_DATE, send_at: '2026-12-03T12:00:00Z' });
    const job = await settled(id);
    expect(job).toMatchObject({ status: 'failed', attempts: 1, last_error: expect.stringContaining(`user ${missing} does not exist`) });
    expect(await briefRows(missing)).toEqual([]);
  });

  it('alerts that the brief is ready, once per brief, scheduled or sent now', async () => {
    const person = await seedPerson();
    await database.db.asService((tx) => tx`delete from tasks where user_id = ${person.userId}`);
    // Alerts go only where they can arrive: this person has a push device.
    await database.db.asService(
      (tx) => tx`insert into push_subscriptions (user_id, endpoint, p256dh, auth) values (${person.userId}, 'https://push.example.test/brief-ready', 'p256dh-key', 'auth-secret')`,
    );
    const scheduled = await settled((await enqueueBrief(person.userId)).id);
    const manual = await settled((await enqueueBrief(person.userId, { trigger: 'manual', deliver: false })).id);
    const alerts = await database.db.sql`select kind, dedup_key, brief_id, link from notifications where user_id = ${person.userId} order by created_at`;
    expect(alerts).toEqual(
      [scheduled, manual].map((job) => {
        const briefId = (job.result as { brief_id: string }).brief_id;
        return { kind: 'brief_ready', dedup_key: `brief-ready:${briefId}`, brief_id: briefId, link: `/briefs/${briefId}` };
      }),
    );
  });

  it('falls back to the offline writer on its last attempt when the provider stays down', async () => {
    const person = await seedPerson();
    // Nothing scripted: every model call gets a 500.
    const job = await settled((await enqueueBrief(person.userId, {}, 2)).id);
    expect(job).toMatchObject({ status: 'completed', attempts: 2 });
    const [brief] = await briefRows(person.userId);
    expect(brief).toMatchObject({ status: 'ready', provider: 'offline' });
    expect(brief?.markdown).toContain(`[File taxes](/tasks/${person.taxes}), due Mon 30 Nov (3 days ago)`);
    expect(brief?.stages.map((stage) => `${stage.name}:${stage.gate}`)).toEqual(['gather:none', 'prioritise:fallback', 'write:fallback', 'check:pass']);
  });

  it('leaves the brief failed with the reason, never generating, when the job ends without one', async () => {
    const person = await seedPerson();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    script = { [PLAN]: [{ type: 'stream', text: [held, '{}'] }] };
    const job = await enqueueBrief(person.userId);
    await until(() => requestsByModel(openai.requests)[PLAN] === 1);
    expect(await cancel(database.db.sql, job.id)).toBe('cancel_requested');
    const finished = await settled(job.id);
    release();
    expect(finished.status).toBe('cancelled');
    const [brief] = await briefRows(person.userId);
    expect(brief?.status).toBe('failed');
    expect(brief?.reason).toContain('cancelled');
    const progress = briefProgressSchema.parse(finished.progress);
    expect(progress.stages.find((stage) => stage.name === 'prioritise')).toMatchObject({ state: 'failed' });
  });
});
