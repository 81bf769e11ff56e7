import { randomUUID } from 'node:crypto';
import { createLogger, loadConfig } from '@ordo/config';
import { briefMailLinks, createSmtpTransport, UNSUBSCRIBE_TOKEN_DAYS, verifyUnsubscribeToken } from '@ordo/notify';
import { type SmtpInbox, type SmtpRefusal, startSmtpInbox } from '@ordo/notify/testing';
import { enqueue, findJob, type QueueJob } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimBriefDelivery } from '../delivery/claim-brief-delivery.ts';
import { closeJobDeps, createJobDeps, type JobDeps } from '../job-deps.ts';
import { createRegistry } from '../queue/registry.ts';
import { type QueueRuntime, startQueueRuntime } from '../queue/runtime.ts';
import { queueSettings } from '../queue/settings.ts';
import { seedBrief, seedUser } from '../testing/briefs.ts';
import { briefDeliver } from './brief.deliver.ts';

const secrets = { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } };
const APP = 'https://ordo.example';

let database: TestDatabase;
let inbox: SmtpInbox;
let runtime: QueueRuntime;
let deps: JobDeps;
// What the loopback server answers, per recipient, for each offered message (by the recipient's own count).
const scripts = new Map<string, (SmtpRefusal | undefined)[]>();
const offeredTo = new Map<string, number>();

const recipientOf = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text.toLowerCase() : '');
const receivedBy = (email: string) => inbox.received.filter((mail) => recipientOf(mail) === email.toLowerCase());

beforeAll(async () => {
  database = await createTestDatabase();
  inbox = await startSmtpInbox({
    refuse(mail) {
      const to = recipientOf(mail);
      const count = (offeredTo.get(to) ?? 0) + 1;
      offeredTo.set(to, count);
      return scripts.get(to)?.[count - 1];
    },
  });
  const env = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', WORKER_POLL_INTERVAL_MS: '50', PUBLIC_APP_URL: APP }, secrets);
  const log = createLogger(env, 'test');
  const mail = createSmtpTransport({ host: '127.0.0.1', port: inbox.port, from: 'Ordo <brief@ordo.example>', requireTLS: false });
  deps = createJobDeps({ env, db: database.db, log, overrides: { mail, mailLinks: briefMailLinks({ ...env, EMAIL_FROM: 'Ordo <brief@ordo.example>' }) } });
  runtime = await startQueueRuntime({
    db: database.db,
    env,
    // Retries within milliseconds, so the transient path runs its course in the test.
    settings: { ...queueSettings(env, 'deliver-test'), backoff: { baseMs: 20, capMs: 100 } },
    registry: createRegistry([briefDeliver], ['brief.deliver']),
    schedules: [],
    log,
    jobDeps: deps,
  });
});

afterAll(async () => {
  await runtime?.stop();
  if (deps) closeJobDeps(deps);
  await Promise.all([database?.drop(), inbox?.close()]);
});

async function settled(jobId: string): Promise<QueueJob> {
  for (let i = 0; i < 400; i++) {
    const job = await findJob(database.db.sql, jobId);
    if (job && (job.status === 'completed' || job.status === 'failed')) return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${jobId} did not finish`);
}

async function deliver(briefId: string): Promise<QueueJob> {
  const { id } = await enqueue(database.db.sql, 'brief.deliver', { brief_id: briefId, channel: 'email' });
  return settled(id);
}

async function delivery(briefId: string) {
  const [row] = await database.db.sql<{ status: string; error_class: string | null; attempts: number; error: string | null; message_id: string | null; sent_at: Date | null }[]>`
    select status, error_class, attempts, error, message_id, sent_at from deliveries where source_id = ${briefId} and channel = 'email'`;
  return row;
}

async function preferences(userId: string) {
  const [row] = await database.db.sql<{ email_enabled: boolean; email_disabled_reason: string | null; hard_bounces: number }[]>`
    select email_enabled, email_disabled_reason, hard_bounces from brief_preferences where user_id = ${userId}`;
  return row;
}

describe('brief.deliver', () => {
  it('sends the brief once, stores its html and text, and a second job for it sends nothing', async () => {
    const user = await seedUser(database.db, 'Ada');
    const briefId = await seedBrief(database.db, user.id);
    const job = await deliver(briefId);
    expect(job).toMatchObject({ status: 'completed', attempts: 1, result: { delivery: 'sent', message_id: `<brief.${briefId}@ordo.example>` } });

    const [mail] = receivedBy(user.email);
    expect(mail?.subject).toBe('Thu 3 Dec: three things for today');
    expect(mail?.messageId).toBe(`<brief.${briefId}@ordo.example>`);
    expect(mail?.text).toContain('You closed 3 tasks yesterday.');
    expect(mail?.html).toContain(`href="${APP}/briefs/${briefId}"`);
    const unsubscribe = mail?.headerLines.find((header) => header.key === 'list-unsubscribe')?.line ?? '';
    expect(unsubscribe).toMatch(new RegExp(`<${APP}/unsubscribe/u1\\.brief-email\\.${user.id}\\.`));
    expect(mail?.headerLines.find((header) => header.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    expect(await delivery(briefId)).toMatchObject({ status: 'sent', attempts: 1, error_class: null, message_id: `<brief.${briefId}@ordo.example>` });
    const [stored] = await database.db.sql<{ html: string | null; text: string | null }[]>`select html, text from daily_briefs where id = ${briefId}`;
    expect(stored?.html).toContain('You closed <strong>3 tasks</strong> yesterday.');
    expect(stored?.text).toContain('You closed 3 tasks yesterday.');

    expect(await deliver(briefId)).toMatchObject({ status: 'completed', result: { delivery: 'sent' } });
    expect(receivedBy(user.email)).toHaveLength(1);
  });

  it('sends the email brief.generate stored when it was rendered within the hour, as stored; an older one is rendered again', async () => {
    const storedEmail = async (briefId: string) => {
      const [row] = await database.db.sql<{ html: string | null; text: string | null; email_rendered_at: Date | null }[]>`
        select html, text, email_rendered_at from daily_briefs where id = ${briefId}`;
      return row;
    };
    const unsubscribeExpiry = (mail: ParsedMail | undefined) => {
      const line = mail?.headerLines.find((header) => header.key === 'list-unsubscribe')?.line ?? '';
      const token = /\/unsubscribe\/([^>]+)>/.exec(line)?.[1] ?? '';
      const verdict = verifyUnsubscribeToken(token, [deps.mailLinks.unsubscribeKey], new Date());
      return verdict.ok ? verdict.expiresAt.getTime() : verdict.reason;
    };
    const days = UNSUBSCRIBE_TOKEN_DAYS * 86_400_000;

    const recentUser = await seedUser(database.db, 'Ada');
    const recent = await seedBrief(database.db, recentUser.id);
    const renderedAt = new Date(Date.now() - 5 * 60_000);
    await database.db.sql`
      update daily_briefs set html = '<p>the stored render</p>', text = 'the stored render', email_rendered_at = ${renderedAt} where id = ${recent}`;
    expect(await deliver(recent)).toMatchObject({ status: 'completed', result: { delivery: 'sent' } });
    const [sentAsStored] = receivedBy(recentUser.email);
    expect(sentAsStored?.text?.trim()).toBe('the stored render');
    expect(sentAsStored?.html).toContain('<p>the stored render</p>');
    expect(sentAsStored?.subject).toBe('Thu 3 Dec: three things for today');
    expect(sentAsStored?.messageId).toBe(`<brief.${recent}@ordo.example>`);
    // The link in the headers is the one the stored render has: its 90 days count from that render.
    expect(unsubscribeExpiry(sentAsStored)).toBe(Math.floor((renderedAt.getTime() + days) / 1000) * 1000);
    expect(await storedEmail(recent)).toEqual({ html: '<p>the stored render</p>', text: 'the stored render', email_rendered_at: renderedAt });

    const staleUser = await seedUser(database.db, 'Grace');
    const stale = await seedBrief(database.db, staleUser.id);
    const longAgo = new Date(Date.now() - 2 * 3_600_000);
    await database.db.sql`
      update daily_briefs set html = '<p>an old render</p>', text = 'an old render', email_rendered_at = ${longAgo} where id = ${stale}`;
    const before = Date.now();
    expect(await deliver(stale)).toMatchObject({ status: 'completed', result: { delivery: 'sent' } });
    const [rendered] = receivedBy(staleUser.email);
    expect(rendered?.text).toContain('Hi Grace,');
    expect(rendered?.text).toContain('You closed 3 tasks yesterday.');
    expect(unsubscribeExpiry(rendered)).toBeGreaterThanOrEqual(Math.floor((before + days) / 1000) * 1000);
    const restored = await storedEmail(stale);
    expect(restored?.text).toBe(rendered?.text);
    expect(restored?.email_rendered_at?.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('stops at an SMTP 550 after one attempt, records it as a permanent bounce, and turns email off at the third in a row', async () => {
    const user = await seedUser(database.db, 'Bo');
    const refusal = { code: 550, message: 'No such mailbox' };
    scripts.set(user.email.toLowerCase(), [refusal, refusal, refusal]);
    for (const [index, localDate] of ['2026-12-01', '2026-12-02', '2026-12-03'].entries()) {
      const briefId = await seedBrief(database.db, user.id, { localDate });
      const job = await deliver(briefId);
      expect(job).toMatchObject({ status: 'failed', attempts: 1 });
      expect(job.last_error).toMatch(/refused the brief for good: .*550/);
      expect(await delivery(briefId)).toMatchObject({ status: 'bounced', error_class: 'permanent', attempts: 1, sent_at: null });
      expect(await preferences(user.id)).toEqual(
        index < 2
          ? { email_enabled: true, email_disabled_reason: null, hard_bounces: index + 1 }
          : { email_enabled: false, email_disabled_reason: 'bounced', hard_bounces: 3 },
      );
    }
    expect(offeredTo.get(user.email.toLowerCase())).toBe(3);

    // Channel off: the next brief is skipped with the reason, and the server never hears of it.
    const next = await seedBrief(database.db, user.id, { localDate: '2026-12-04' });
    expect(await deliver(next)).toMatchObject({ status: 'completed', result: { delivery: 'skipped', reason: 'email is off for this person (bounced)' } });
    expect(await delivery(next)).toMatchObject({ status: 'skipped', attempts: 0 });
    expect(offeredTo.get(user.email.toLowerCase())).toBe(3);
  });

  it('retries SMTP 421 and 451, then sends once and resets the hard bounce count', async () => {
    const user = await seedUser(database.db, 'Cy');
    await database.db.sql`update brief_preferences set hard_bounces = 2 where user_id = ${user.id}`;
    scripts.set(user.email.toLowerCase(), [
      { code: 421, message: 'Service not available, try later' },
      { code: 451, message: 'Greylisted, try again' },
    ]);
    const briefId = await seedBrief(database.db, user.id);
    const job = await deliver(briefId);
    expect(job).toMatchObject({ status: 'completed', attempts: 3, result: { delivery: 'sent' } });
    expect(offeredTo.get(user.email.toLowerCase())).toBe(3);
    expect(receivedBy(user.email)).toHaveLength(1);
    expect(await delivery(briefId)).toMatchObject({ status: 'sent', attempts: 3, error: null, error_class: null });
    expect(await preferences(user.id)).toMatchObject({ hard_bounces: 0, email_enabled: true });
  });

  it('never resends a delivery an earlier attempt left sending: it becomes uncertain', async () => {
    const user = await seedUser(database.db, 'Di');
    const briefId = await seedBrief(database.db, user.id);
    // What a worker killed between the SMTP accept and its own bookkeeping leaves behind (its job is gone).
    await database.db.sql`
      insert into deliveries (user_id, channel, purpose, source_id, brief_id, recipient, status, attempts, job_id)
      values (${user.id}, 'email', 'brief', ${briefId}, ${briefId}, ${user.email}, 'sending', 1, gen_random_uuid())`;
    const job = await deliver(briefId);
    expect(job).toMatchObject({ status: 'completed', result: { delivery: 'uncertain' } });
    expect(await delivery(briefId)).toMatchObject({ status: 'uncertain', attempts: 1 });
    expect(offeredTo.get(user.email.toLowerCase())).toBeUndefined();
    expect(await deliver(briefId)).toMatchObject({ status: 'completed', result: { delivery: 'uncertain' } });
    expect(offeredTo.get(user.email.toLowerCase())).toBeUndefined();
  });

  it("keeps the outcome a slow sender records while a later claim is judging its row, instead of calling it uncertain", async () => {
    const user = await seedUser(database.db, 'Ed');
    const briefId = await seedBrief(database.db, user.id);
    // A sender whose job no longer counts as running (its lease ran out), still alive and about to record `sent`.
    const [row] = await database.db.sql<{ id: string }[]>`
      insert into deliveries (user_id, channel, purpose, source_id, brief_id, recipient, status, attempts, job_id)
      values (${user.id}, 'email', 'brief', ${briefId}, ${briefId}, ${user.email}, 'sending', 1, gen_random_uuid()) returning id`;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let recorded = () => {};
    const locked = new Promise<void>((resolve) => {
      recorded = resolve;
    });
    const sender = database.db.sql.begin(async (tx) => {
      await tx`update deliveries set status = 'sent', sent_at = now() where id = ${row?.id as string}`;
      recorded();
      await held;
    });
    await locked;
    const claim = claimBriefDelivery(database.db, { briefId, channel: 'email', jobId: randomUUID(), links: deps.mailLinks, now: new Date() });
    // The claim has read `sending` and waits on the sender's row lock to mark it uncertain.
    for (let waiting = 0; waiting === 0; ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const [activity] = await database.db.sql<{ waiting: number }[]>`
        select count(*)::int as waiting from pg_stat_activity where wait_event_type = 'Lock' and query like '%set status = ''uncertain''%'`;
      waiting = activity?.waiting ?? 0;
    }
    release();
    await sender;
    expect(await claim).toMatchObject({ action: 'settled', status: 'sent', becameUncertain: false });
    expect(await delivery(briefId)).toMatchObject({ status: 'sent', error: null });
    expect(offeredTo.get(user.email.toLowerCase())).toBeUndefined();
  });

  it('skips, with the reason, a brief that is not ready and a person who unsubscribed', async () => {
    const user = await seedUser(database.db, 'Ed');
    const failedBrief = await seedBrief(database.db, user.id, { status: 'failed' });
    expect(await deliver(failedBrief)).toMatchObject({ status: 'completed', result: { delivery: 'skipped', reason: 'the brief is failed, not ready' } });
    await database.db.sql`update brief_preferences set email_enabled = false, email_disabled_reason = 'unsubscribed' where user_id = ${user.id}`;
    const ready = await seedBrief(database.db, user.id);
    expect(await deliver(ready)).toMatchObject({ status: 'completed', result: { delivery: 'skipped', reason: 'email is off for this person (unsubscribed)' } });
    expect(await delivery(ready)).toMatchObject({ status: 'skipped', error: 'email is off for this person (unsubscribed)' });
    expect(offeredTo.get(user.email.toLowerCase())).toBeUndefined();
  });

  it('fails for good on a brief that does not exist', async () => {
    const job = await deliver('00000000-0000-4000-8000-000000000000');
    expect(job).toMatchObject({ status: 'failed', attempts: 1, last_error: expect.stringMatching(/does not exist/) });
  });
});
