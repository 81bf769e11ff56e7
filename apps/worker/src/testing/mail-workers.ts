import { type SmtpInbox, startSmtpInbox } from '@ordo/notify/testing';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { spawnWorker, stopWorker, type WorkerProcess } from './worker-process.ts';

export interface MailWorkers {
  readonly database: TestDatabase;
  readonly inbox: SmtpInbox;
  /** Runs as the inbox accepts each mail (a test's crash point); cleared after each test. */
  onAccepted: ((mail: ParsedMail) => Promise<void>) | undefined;
  /** A real worker process mailing the inbox, stopped after the test. */
  worker(env?: Record<string, string>): Promise<WorkerProcess>;
}

/**
 * A test database, a loopback SMTP inbox and worker processes that mail it, set up and torn down
 * by the calling test file's hooks: the stage of the process tests of the jobs that send mail.
 */
export function mailWorkers(baseEnv: Record<string, string> = {}): MailWorkers {
  let database: TestDatabase | undefined;
  let inbox: SmtpInbox | undefined;
  const started: WorkerProcess[] = [];
  const harness: MailWorkers = {
    get database() {
      if (!database) throw new Error('the test database is not ready (mailWorkers sets it up in beforeAll)');
      return database;
    },
    get inbox() {
      if (!inbox) throw new Error('the SMTP inbox is not ready (mailWorkers sets it up in beforeAll)');
      return inbox;
    },
    onAccepted: undefined,
    async worker(env = {}) {
      const process = await spawnWorker(harness.database.url, {
        WORKER_POLL_INTERVAL_MS: '100',
        EMAIL_HOST: '127.0.0.1',
        EMAIL_PORT: String(harness.inbox.port),
        EMAIL_REQUIRE_TLS: 'false',
        EMAIL_FROM: 'Ordo <brief@ordo.example>',
        PUBLIC_APP_URL: 'https://ordo.example',
        ...baseEnv,
        ...env,
      });
      started.push(process);
      return process;
    },
  };
  beforeAll(async () => {
    database = await createTestDatabase();
    inbox = await startSmtpInbox({ onAccepted: (mail) => harness.onAccepted?.(mail) });
  });
  afterEach(async () => {
    harness.onAccepted = undefined;
    await Promise.all(started.splice(0).map(stopWorker));
  });
  afterAll(async () => {
    await Promise.all([database?.drop(), inbox?.close()]);
  });
  return harness;
}
