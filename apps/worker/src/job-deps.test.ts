import { createLogger, generateVapidKeys, loadConfig } from '@ordo/config';
import { createSmtpTransport } from '@ordo/notify';
import { type SmtpInbox, startSmtpInbox } from '@ordo/notify/testing';
import { enqueue, findJob } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Clock, closeJobDeps, createJobDeps, type JobDeps } from './job-deps.ts';
import { systemSleep } from './jobs/system.sleep.ts';
import { createRegistry } from './queue/registry.ts';
import { type QueueRuntime, startQueueRuntime } from './queue/runtime.ts';
import { queueSettings } from './queue/settings.ts';

const secrets = { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } };

/** A clock that stands still until the test moves it. */
class ManualClock implements Clock {
  constructor(private at: Date) {}
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

let database: TestDatabase;
let inbox: SmtpInbox;

beforeAll(async () => {
  [database, inbox] = await Promise.all([createTestDatabase(), startSmtpInbox()]);
});

afterAll(async () => {
  await Promise.all([database.drop(), inbox.close()]);
});

async function settled(jobId: string) {
  for (let i = 0; i < 200; i++) {
    const job = await findJob(database.db.sql, jobId);
    if (job && (job.status === 'completed' || job.status === 'failed')) return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${jobId} did not finish`);
}

describe('job dependencies', () => {
  let runtime: QueueRuntime;
  let deps: JobDeps;
  const clock = new ManualClock(new Date('2026-12-03T07:00:00Z'));
  const seen: JobDeps[] = [];

  beforeAll(async () => {
    const env = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', WORKER_POLL_INTERVAL_MS: '50' }, secrets);
    const log = createLogger(env, 'test');
    const mail = createSmtpTransport({ host: '127.0.0.1', port: inbox.port, from: 'Ordo <ordo@example.test>', requireTLS: false });
    deps = createJobDeps({ env, db: database.db, log, overrides: { clock, mail } });
    // A handler that uses every dependency: the clock for the subject, the database, the gateway, the mail.
    const usesDeps: typeof systemSleep = {
      ...systemSleep,
      async handler(payload, { deps: { db, ai, mail, mailLinks, mailWork, sms, push, smsSlots, planLimits, clock: jobClock, sentRecorder, notificationClaimer, notificationResults, google, calendarWebhook, billing } }) {
        seen.push({ db, ai, mail, mailLinks, mailWork, sms, push, smsSlots, planLimits, clock: jobClock, sentRecorder, notificationClaimer, notificationResults, google, calendarWebhook, billing });
        const [row] = await db.sql<{ answer: number }[]>`select ${payload.ms}::int + 1 as answer`;
        const at = jobClock.now().toISOString();
        await mail.send({ to: 'ada@example.test', subject: `Brief for ${at}`, text: `answer ${row?.answer}` });
        return { at, providers: ai.providers };
      },
    };
    runtime = await startQueueRuntime({
      db: database.db,
      env,
      settings: queueSettings(env, 'deps-test'),
      registry: createRegistry([usesDeps], ['system.sleep']),
      schedules: [],
      log,
      jobDeps: deps,
    });
  });

  afterAll(async () => {
    await runtime.stop();
    closeJobDeps(deps);
  });

  it('gives every handler the dependencies built at boot: their clock, database, gateway and mail transport', async () => {
    const first = await enqueue(database.db.sql, 'system.sleep', { ms: 41 });
    expect((await settled(first.id)).result).toEqual({ at: '2026-12-03T07:00:00.000Z', providers: [] });
    const mail = await inbox.waitFor('ada@example.test', 'Brief for 2026-12-03T07:00:00.000Z');
    expect(mail.text?.trim()).toBe('answer 42');

    clock.advance(3_600_000);
    const second = await enqueue(database.db.sql, 'system.sleep', { ms: 1 });
    expect((await settled(second.id)).result).toEqual({ at: '2026-12-03T08:00:00.000Z', providers: [] });
    await inbox.waitFor('ada@example.test', 'Brief for 2026-12-03T08:00:00.000Z');

    // The same objects for both jobs: nothing is rebuilt per job (one SMTP pool, one gateway).
    expect(seen).toHaveLength(2);
    for (const key of ['db', 'ai', 'mail', 'mailLinks', 'clock', 'sentRecorder', 'notificationClaimer', 'notificationResults'] as const) expect(seen[1]?.[key]).toBe(seen[0]?.[key]);
    expect(seen[0]?.mail).toBe(deps.mail);
  });

  it('builds Web Push from the VAPID keys', () => {
    const log = createLogger(loadConfig({ LOG_LEVEL: 'silent' }, secrets), 'test');
    const vapid = generateVapidKeys();
    const built = createJobDeps({ env: loadConfig({ ...vapid }, secrets), db: database.db, log });
    try {
      expect(built.push?.publicKey).toBe(vapid.VAPID_PUBLIC_KEY);
    } finally {
      closeJobDeps(built);
    }
  });

  it('builds its parts from config: pooled SMTP when EMAIL_HOST is set, else the outbox; the gateway with the configured providers', () => {
    const log = createLogger(loadConfig({ LOG_LEVEL: 'silent' }, secrets), 'test');
    const build = (vars: Record<string, string>) => createJobDeps({ env: loadConfig(vars, secrets), db: database.db, log });
    const local = build({});
    const hosted = build({ EMAIL_HOST: '127.0.0.1', EMAIL_PORT: String(inbox.port), OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' });
    try {
      expect(local.mail.kind).toBe('outbox');
      expect(local.ai.providers).toEqual([]);
      expect(local.clock.now().getTime()).toBeGreaterThan(Date.now() - 1_000);
      expect(hosted.mail.kind).toBe('smtp');
      expect(hosted.ai.providers).toEqual(['openai']);
      // Mailed links point at PUBLIC_APP_URL (its default without one).
      expect(local.mailLinks.appOrigin).toBe('http://localhost:3000');
      // No VAPID keys in these secrets: Web Push is off.
      expect(local.push).toBeNull();
    } finally {
      closeJobDeps(local);
      closeJobDeps(hosted);
    }
  });
});
