import { randomBytes } from 'node:crypto';
import { createLogger, loadConfig } from '@ordo/config';
import { startTwilioFake, type TwilioFake } from '@ordo/notify/testing';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeJobDeps, createJobDeps, type JobDeps } from '../../worker/src/job-deps.ts';
import { notifySend } from '../../worker/src/jobs/notify.send.ts';
import { createRegistry } from '../../worker/src/queue/registry.ts';
import { type QueueRuntime, startQueueRuntime } from '../../worker/src/queue/runtime.ts';
import { queueSettings } from '../../worker/src/queue/settings.ts';
import { seedNotification, seedPerson } from '../../worker/src/testing/notifications.ts';
import { PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

// The whole loop across both apps: Twilio posts the person's STOP to the web app, the worker's
// notify.send then sends them nothing; START, and the next alert reaches them again.
const PUBLIC = 'https://sms.ordo.example';
const OUR_NUMBER = '+15005550006';

let database: TestDatabase;
let fake: TwilioFake;
let web: WebServer;
let runtime: QueueRuntime;
let deps: JobDeps;

beforeAll(async () => {
  [database, fake] = await Promise.all([createTestDatabase(), startTwilioFake()]);
  web = await startWebServer(
    { ...PER_CLIENT_ADDRESS, TRUSTED_PROXY: 'header', PUBLIC_APP_URL: PUBLIC, TWILIO_AUTH_TOKEN: fake.authToken },
    { database },
  );
  const env = loadConfig(
    {
      DATABASE_URL: database.url,
      LOG_LEVEL: 'silent',
      WORKER_POLL_INTERVAL_MS: '50',
      PUBLIC_APP_URL: PUBLIC,
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_FROM_NUMBER: OUR_NUMBER,
      TWILIO_API_URL: fake.url,
      SMS_MAX_PER_SECOND: '100',
    },
    { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } },
  );
  const log = createLogger(env, 'test');
  deps = createJobDeps({ env, db: database.db, log });
  runtime = await startQueueRuntime({
    db: database.db,
    env,
    settings: queueSettings(env, 'opt-out-round-trip'),
    registry: createRegistry([notifySend], ['notify.send']),
    schedules: [],
    log,
    jobDeps: deps,
  });
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
  if (deps) closeJobDeps(deps);
  await web?.stop();
  await Promise.all([fake?.close(), database?.drop()]);
});

/** A text the person sends to our number, posted to the web app as Twilio does (signed over the public URL). */
function textFrom(from: string, body: string): Promise<Response> {
  const sid = `SM${randomBytes(16).toString('hex')}`;
  const params = { MessageSid: sid, SmsSid: sid, AccountSid: fake.accountSid, From: from, To: OUR_NUMBER, Body: body, NumMedia: '0' };
  const path = '/webhooks/twilio/inbound';
  return fetch(`${web.origin}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(fake.authToken, `${PUBLIC}${path}`, params),
      'x-forwarded-for': '10.20.30.40',
    },
    body: new URLSearchParams(params).toString(),
  });
}

/** Creates an SMS alert for the person and waits until the worker has settled its send. */
async function alert(userId: string, body: string): Promise<{ status: string; error: string | null }> {
  const id = await seedNotification(database.db, userId, { channels: ['sms'], body });
  for (let i = 0; i < 400; i++) {
    const [row] = await database.db.sql<{ status: string; error: string | null }[]>`
      select status, error from deliveries where purpose = 'notification' and source_id = ${id} and channel = 'sms' and status <> 'sending'`;
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the SMS of notification ${id} was not settled`);
}

describe('STOP and START across the web app and the worker', () => {
  it('sends nothing after STOP, and again after START', async () => {
    const person = await seedPerson(database.db);
    const received = () => fake.messages.filter((message) => message.to === person.phone).map((message) => message.body);

    expect(await alert(person.id, 'First alert')).toMatchObject({ status: 'sent' });
    expect(received()).toEqual(['First alert']);

    expect((await textFrom(person.phone, ' stop ')).status).toBe(200);
    const stopped = await alert(person.id, 'Alert after STOP');
    expect(stopped.status).toBe('skipped');
    expect(stopped.error).toMatch(/opted out/);
    expect(received()).toEqual(['First alert']);

    expect((await textFrom(person.phone, 'START')).status).toBe(200);
    expect(await alert(person.id, 'Alert after START')).toMatchObject({ status: 'sent' });
    expect(received()).toEqual(['First alert', 'Alert after START']);
  }, 60_000);
});
