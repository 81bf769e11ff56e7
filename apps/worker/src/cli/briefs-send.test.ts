import { claim, complete, enqueue, reportProgress } from '@ordo/supabase-client';
import { createTestDatabase, createTestUser, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOrdo, runOrdoInBackground } from '../testing/ordo-cli.ts';


let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

async function userWithEmail(): Promise<{ id: string; email: string }> {
  const id = await createTestUser(database.db);
  const [row] = await database.db.sql<{ email: string }[]>`
    update public.users set timezone = 'Asia/Kolkata' where id = ${id} returning email`;
  return { id, email: (row as { email: string }).email };
}

const WORKER = 'briefs-send-test-worker';

// Generous: each CLI run starts its own tsx process, which takes many seconds on a busy CI machine.
const CLI_TEST_TIMEOUT_MS = 180_000;

/** Takes the one due job of a type as a worker would (the test plays the worker through the queue's own operations). */
async function take(type: 'brief.generate' | 'brief.deliver'): Promise<string> {
  for (;;) {
    const [job] = await claim(database.db.sql, { workerId: WORKER, types: [type], limit: 1, leaseSeconds: 300 });
    if (job) return job.id;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('pnpm ordo briefs send', () => {
  it('refuses bad usage with exit code 2 and an unknown email with exit code 1, queueing nothing', async () => {
    const [noEmail, badDate, badTimeout, unknown] = await Promise.all([
      runOrdo(database.url, 'briefs', 'send'),
      runOrdo(database.url, 'briefs', 'send', '--email', 'a@example.test', '--date', '2026-13-01'),
      runOrdo(database.url, 'briefs', 'send', '--email', 'a@example.test', '--timeout', 'soon'),
      runOrdo(database.url, 'briefs', 'send', '--email', 'nobody@example.test'),
    ]);
    expect(noEmail).toMatchObject({ code: 2, stderr: expect.stringContaining('--email is required') });
    expect(badDate).toMatchObject({ code: 2, stderr: expect.stringContaining('--date: expected a date like 2026-12-24, got "2026-13-01"') });
    expect(badTimeout).toMatchObject({ code: 2, stderr: expect.stringContaining('--timeout: expected whole seconds') });
    expect(unknown).toMatchObject({ code: 1, stderr: 'No account has the email address nobody@example.test.\n' });
    const [row] = await database.db.sql<{ n: number }[]>`select count(*)::int as n from public.queue_jobs where job_type = 'brief.generate'`;
    expect(row?.n).toBe(0);
  }, CLI_TEST_TIMEOUT_MS);

  it('with no worker running, gives up after the timeout asking whether the worker runs, and cancels the job it queued', async () => {
    const user = await userWithEmail();
    const result = await runOrdo(database.url, 'briefs', 'send', '--email', user.email.toUpperCase(), '--date', '2026-12-24', '--timeout', '1');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Brief not sent: no worker picked up brief\.generate job [0-9a-f-]{36} within 1 s; is the worker running\?/);
    const jobs = await database.db.sql<{ status: string; user_id: string; payload: Record<string, unknown> }[]>`
      select status, user_id, payload from public.queue_jobs where user_id = ${user.id}`;
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      status: 'cancelled',
      user_id: user.id,
      payload: { user_id: user.id, kind: 'daily', local_date: '2026-12-24', trigger: 'manual', deliver: true },
    });
  }, CLI_TEST_TIMEOUT_MS);

  it('prints each stage as the worker reports it, then the delivery, and exits 0 once the email is sent', async () => {
    const user = await userWithEmail();
    const cli = runOrdoInBackground(database.url, 'briefs', 'send', '--email', user.email, '--timeout', '120');
    const { sql } = database.db;
    const jobId = await take('brief.generate');
    await cli.printed(new RegExp(`Queued brief\\.generate job ${jobId} for ${user.email}, \\d{4}-\\d{2}-\\d{2} \\(Asia/Kolkata\\)`));
    const stages: { name: string; state: string; ms?: number }[] = [];
    for (const name of ['gather', 'prioritise', 'write', 'check']) {
      stages.push({ name, state: 'running' });
      await reportProgress(sql, WORKER, jobId, { stages });
      await cli.printed(new RegExp(`${name}\\s+running`));
      stages[stages.length - 1] = { name, state: 'done', ms: 40 };
      await reportProgress(sql, WORKER, jobId, { stages });
      await cli.printed(new RegExp(`${name}\\s+done \\(40 ms\\)`));
    }
    const [brief] = await sql<{ id: string }[]>`
      insert into public.daily_briefs (user_id, kind, local_date, timezone, send_at, trigger, status, headline, markdown, job_id)
      values (${user.id}, 'daily', '2026-12-24', 'Asia/Kolkata', now(), 'manual', 'ready', 'Three things', '# Hi', ${jobId})
      returning id`;
    const briefId = (brief as { id: string }).id;
    await sql.begin(async (tx) => {
      await enqueue(tx, 'brief.deliver', { brief_id: briefId, channel: 'email' }, { userId: user.id });
      await complete(tx, WORKER, jobId, { brief_id: briefId });
    });
    await cli.printed(new RegExp(`Brief ${briefId} written: Three things`));
    const deliverId = await take('brief.deliver');
    await sql`
      insert into public.deliveries (user_id, channel, purpose, source_id, brief_id, recipient, status, message_id, sent_at)
      values (${user.id}, 'email', 'brief', ${briefId}, ${briefId}, ${user.email}, 'sent', '<brief-1@ordo>', now())`;
    await complete(sql, WORKER, deliverId);
    expect(await cli.exited).toBe(0);
    expect(cli.output().stdout).toContain(`Sent to ${user.email} (Message-ID <brief-1@ordo>).`);
    // Each stage is printed once per state, in the order it ran.
    expect(cli.output().stdout.match(/^ {2}\w+\s+(running|done).*$/gm)).toEqual([
      '  gather     running',
      '  gather     done (40 ms)',
      '  prioritise running',
      '  prioritise done (40 ms)',
      '  write      running',
      '  write      done (40 ms)',
      '  check      running',
      '  check      done (40 ms)',
    ]);
  }, CLI_TEST_TIMEOUT_MS);

  it('exits 1 with the reason when the brief was skipped, and when the delivery is uncertain', async () => {
    const { sql } = database.db;
    const skippedUser = await userWithEmail();
    const skipped = runOrdoInBackground(database.url, 'briefs', 'send', '--email', skippedUser.email, '--timeout', '120');
    const skippedJob = await take('brief.generate');
    await sql`
      insert into public.daily_briefs (user_id, kind, local_date, timezone, send_at, trigger, status, reason, job_id)
      values (${skippedUser.id}, 'daily', '2026-12-24', 'Asia/Kolkata', now(), 'manual', 'skipped', 'brief emails are turned off', ${skippedJob})`;
    await complete(sql, WORKER, skippedJob);
    expect(await skipped.exited).toBe(1);
    expect(skipped.output().stderr).toBe('Brief not sent: the brief was skipped: brief emails are turned off\n');

    const uncertainUser = await userWithEmail();
    const uncertain = runOrdoInBackground(database.url, 'briefs', 'send', '--email', uncertainUser.email, '--timeout', '120');
    const generateJob = await take('brief.generate');
    const [brief] = await sql<{ id: string }[]>`
      insert into public.daily_briefs (user_id, kind, local_date, timezone, send_at, trigger, status, job_id)
      values (${uncertainUser.id}, 'daily', '2026-12-24', 'Asia/Kolkata', now(), 'manual', 'ready', ${generateJob}) returning id`;
    const briefId = (brief as { id: string }).id;
    await enqueue(sql, 'brief.deliver', { brief_id: briefId, channel: 'email' }, { userId: uncertainUser.id });
    await complete(sql, WORKER, generateJob);
    const deliverJob = await take('brief.deliver');
    await sql`
      insert into public.deliveries (user_id, channel, purpose, source_id, brief_id, recipient, status, error)
      values (${uncertainUser.id}, 'email', 'brief', ${briefId}, ${briefId}, ${uncertainUser.email}, 'uncertain', 'worker stopped after the SMTP accept')`;
    await complete(sql, WORKER, deliverJob);
    expect(await uncertain.exited).toBe(1);
    expect(uncertain.output().stderr).toContain(`delivery to ${uncertainUser.email} is uncertain`);
  }, CLI_TEST_TIMEOUT_MS);
  it('exits 0 at once when brief.generate sent the email itself, with no brief.deliver job to wait for', async () => {
    const { sql } = database.db;
    const user = await userWithEmail();
    const cli = runOrdoInBackground(database.url, 'briefs', 'send', '--email', user.email, '--timeout', '120');
    const jobId = await take('brief.generate');
    await sql.begin(async (tx) => {
      const [brief] = await tx<{ id: string }[]>`
        insert into public.daily_briefs (user_id, kind, local_date, timezone, send_at, trigger, status, headline, markdown, job_id)
        values (${user.id}, 'daily', '2026-12-24', 'Asia/Kolkata', now(), 'manual', 'ready', 'In one go', '# Hi', ${jobId})
        returning id`;
      const briefId = (brief as { id: string }).id;
      await tx`
        insert into public.deliveries (user_id, channel, purpose, source_id, brief_id, recipient, status, message_id, sent_at, job_id)
        values (${user.id}, 'email', 'brief', ${briefId}, ${briefId}, ${user.email}, 'sent', '<brief-2@ordo>', now(), ${jobId})`;
      await complete(tx, WORKER, jobId, { brief_id: briefId, delivery: 'sent' });
    });
    expect(await cli.exited).toBe(0);
    expect(cli.output().stdout).toContain(`Sent to ${user.email} (Message-ID <brief-2@ordo>).`);
    expect(cli.output().stdout).not.toContain('Delivering by email');
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from public.queue_jobs where job_type = 'brief.deliver' and user_id = ${user.id}`;
    expect(row?.n).toBe(0);
  }, CLI_TEST_TIMEOUT_MS);
});
