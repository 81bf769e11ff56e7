import { type FakeLlmServer, startFakeOpenAI } from '@ordo/ai-pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDumpStream } from './brain-dumps-sse.ts';
import { type HttpClient, signedUpClient } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

// Plan limits through the built app and its database, with billing on (ENABLE_STRIPE) and off.
// State changes a Stripe webhook job would make are written straight to billing_accounts.

type LimitBody = {
  error: {
    code: string;
    message: string;
    limit?: { metric: string; used: number; limit: number; resets_at: string; plan: string; reason: string };
  };
};

const BILLING_ON = { ENABLE_STRIPE: 'true', STRIPE_SECRET_KEY: 'sk_test_limits', STRIPE_WEBHOOK_SECRET: 'whsec_limits', STRIPE_PRICE_PRO_MONTHLY: 'price_limits_month', STRIPE_PRICE_PRO_YEARLY: 'price_limits_year' };

/** The next UTC midnight, when today's brain dumps reset. */
function nextUtcMidnight(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)).toISOString();
}

async function userIdOf(server: WebServer, client: HttpClient & { email: string }): Promise<string> {
  const [row] = await server.database.db.sql<{ id: string }[]>`select id from users where email = ${client.email}`;
  if (!row) throw new Error('no such user');
  return row.id;
}

const postDump = (client: HttpClient, text = 'Call the plumber tomorrow') => client.post<LimitBody & { id: string }>('/api/brain-dumps', { text });

describe('with billing on', () => {
  let server: WebServer;
  let openai: FakeLlmServer;

  beforeAll(async () => {
    // A model drafts (OPENAI_BASE_URL), so a new dump also needs AI tokens left on the plan.
    openai = await startFakeOpenAI({ reply: () => ({ type: 'error', status: 400, message: 'refused by the test' }) });
    server = await startWebServer({ ...PER_CLIENT_ADDRESS, ...BILLING_ON, OPENAI_API_KEY: 'sk-test-openai', OPENAI_BASE_URL: openai.url, AI_MAX_RETRIES: '0' });
  });

  afterAll(async () => {
    await server?.stop();
    await openai?.close();
  });

  /** A signed-up person whose trial is over and who never subscribed: Free. */
  async function freeClient(): Promise<{ client: HttpClient & { email: string }; userId: string }> {
    const client = await signedUpClient(server.origin);
    const userId = await userIdOf(server, client);
    await server.database.db.sql`update billing_accounts set trial_ends_at = now() - interval '1 day' where user_id = ${userId}`;
    return { client, userId };
  }

  const dumpsOf = async (client: HttpClient) => (await client.get<{ brain_dumps: unknown[] }>('/api/brain-dumps')).body.brain_dumps;

  it('refuses the 4th brain dump of the day on Free with 402, naming the limit, the usage and the reset time', async () => {
    const { client } = await freeClient();
    for (let i = 1; i <= 3; i++) expect((await postDump(client, `dump ${i}`)).status).toBe(201);

    const fourth = await postDump(client, 'dump 4');
    expect(fourth.status).toBe(402);
    expect(fourth.body).toEqual({
      error: {
        code: 'usage_limit_reached',
        message: "You've used 3 of 3 brain dumps today on Free; more at 00:00 UTC, or upgrade to Pro",
        limit: { metric: 'brain_dumps', used: 3, limit: 3, resets_at: nextUtcMidnight(), plan: 'free', reason: 'free' },
      },
    });
    expect(await dumpsOf(client)).toHaveLength(3);
  });

  it('lets exactly one of 20 concurrent requests take the last free slot', async () => {
    const { client, userId } = await freeClient();
    for (let i = 1; i <= 2; i++) expect((await postDump(client, `dump ${i}`)).status).toBe(201);

    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => postDump(client, `racing dump ${i}`)));
    expect(answers.map((answer) => answer.status).toSorted()).toEqual([201, ...Array<number>(19).fill(402)]);
    expect(await dumpsOf(client)).toHaveLength(3);
    const [counter] = await server.database.db.sql<{ used: number }[]>`
      select used from usage_counters where user_id = ${userId} and metric = 'brain_dumps'`;
    expect(counter?.used).toBe(3);
  });

  it('lifts the limit as soon as the subscription is active', async () => {
    const { client, userId } = await freeClient();
    for (let i = 1; i <= 3; i++) await postDump(client, `dump ${i}`);
    expect((await postDump(client)).status).toBe(402);

    await server.database.db.sql`update billing_accounts set subscription_status = 'active' where user_id = ${userId}`;
    expect((await postDump(client)).status).toBe(201);
  });

  it('keeps Pro through the grace period after a failed payment, then refuses writes beyond Free while reads work', async () => {
    const { client, userId } = await freeClient();
    await server.database.db.sql`update billing_accounts set subscription_status = 'active' where user_id = ${userId}`;
    for (let i = 1; i <= 4; i++) expect((await postDump(client, `pro dump ${i}`)).status).toBe(201);
    const task = await client.post<{ task: { id: string } }>('/api/tasks', { title: 'Renew the passport' });
    expect(task.status).toBe(201);

    await server.database.db.sql`
      update billing_accounts set subscription_status = 'past_due', payment_failed_at = now() - interval '1 day',
        grace_ends_at = now() + interval '6 days' where user_id = ${userId}`;
    expect((await postDump(client, 'in grace')).status).toBe(201);

    await server.database.db.sql`
      update billing_accounts set payment_failed_at = now() - interval '8 days', grace_ends_at = now() - interval '1 minute'
      where user_id = ${userId}`;
    const refused = await postDump(client, 'after grace');
    expect(refused.status).toBe(402);
    expect(refused.body.error.message).toBe(
      "Your Pro plan ended, so Free's limits apply: you've used 5 of 3 brain dumps today; more at 00:00 UTC, or upgrade to Pro again",
    );
    expect(refused.body.error.limit).toMatchObject({ used: 5, limit: 3, plan: 'free', reason: 'downgraded' });

    // Nothing was deleted, and reading still works.
    const dumps = await client.get<{ brain_dumps: { id: string }[] }>('/api/brain-dumps');
    expect(dumps.status).toBe(200);
    expect(dumps.body.brain_dumps).toHaveLength(5);
    expect((await client.get(`/api/brain-dumps/${dumps.body.brain_dumps[0]?.id}`)).status).toBe(200);
    const tasks = await client.get<{ tasks: { id: string }[] }>('/api/tasks');
    expect(tasks.status).toBe(200);
    expect(tasks.body.tasks.map((row) => row.id)).toEqual([task.body.task.id]);
    expect((await client.get('/brain-dump')).status).toBe(200);
  });

  it('refuses a new dump with 402 once the month’s AI tokens on the plan are used, before storing it', async () => {
    const { client, userId } = await freeClient();
    await server.database.db.sql`
      insert into llm_calls (user_id, purpose, provider, model, input_tokens, output_tokens, latency_ms, outcome)
      values (${userId}, 'plan', 'openai', 'gpt-5', 100000, 0, 10, 'ok')`;
    const refused = await postDump(client);
    expect(refused.status).toBe(402);
    expect(refused.body.error).toMatchObject({
      code: 'usage_limit_reached',
      message: expect.stringMatching(/^You've used 100,000 of 100,000 AI tokens this month on Free; more on 1 \w+ \d{4} \(UTC\), or upgrade to Pro$/),
      limit: { metric: 'ai_tokens', used: 100_000, limit: 100_000, plan: 'free' },
    });
    expect(await dumpsOf(client)).toHaveLength(0);
    const counted = await server.database.db.sql`select 1 from usage_counters where user_id = ${userId}`;
    expect(counted).toHaveLength(0);
  });

  it('drafts against the plan’s token budget: a draft that would pass Free’s allowance is refused by the gateway, no model call made', async () => {
    const { client, userId } = await freeClient();
    await server.database.db.sql`
      insert into llm_calls (user_id, purpose, provider, model, input_tokens, output_tokens, latency_ms, outcome)
      values (${userId}, 'plan', 'openai', 'gpt-5', 95000, 0, 10, 'ok')`;
    const created = await postDump(client, 'a dump that drafting cannot afford');
    expect(created.status).toBe(201);
    const before = openai.requests.length;
    const events = await (await openDumpStream(client, created.body.id)).rest();
    expect(events.at(-1)).toMatchObject({
      event: 'error',
      data: { code: 'token_budget_exceeded', recoverable: false, message: expect.stringMatching(/95000 of 100000 tokens/) },
    });
    expect(openai.requests.length).toBe(before);
  });

  it('refuses turning SMS alerts on with a plan without text messages, through the API and the settings form', async () => {
    const { client } = await freeClient();
    const current = (await client.get<Record<string, unknown>>('/api/me/notifications')).body;
    const refused = await client.request<LimitBody>('PUT', '/api/me/notifications', { json: { ...current, sms_enabled: true } });
    expect(refused.status).toBe(402);
    expect(refused.body.error).toMatchObject({
      code: 'usage_limit_reached',
      message: 'Text messages are not part of Free; upgrade to Pro for 300 text messages a month',
      limit: { metric: 'sms', limit: 0, plan: 'free' },
    });
    expect((await client.get<{ sms_enabled: boolean }>('/api/me/notifications')).body.sms_enabled).toBe(false);
    expect((await client.request('PUT', '/api/me/notifications', { json: { ...current, sms_enabled: false, daily_sms_cap: 5 } })).status).toBe(200);

    const form = await client.request<string>('POST', '/settings?/alerts', {
      form: { sms_enabled: 'on', push_enabled: 'on', due_soon_minutes: '15', event_soon_minutes: '10', overdue_digest_time: '08:00', daily_sms_cap: '10', quiet_start: '22:00', quiet_end: '07:00' },
    });
    expect(form.status).toBe(402);
    expect(form.body).toContain('data-testid="upgrade-prompt"');
    expect(form.body).toContain('Text messages are not part of Free');
    expect(form.body).toContain('href="/settings/billing"');
    expect((await client.get<{ sms_enabled: boolean }>('/api/me/notifications')).body.sms_enabled).toBe(false);
  });

  it('lets a person whose SMS alerts stayed on from the trial save the rest of their alert settings on Free', async () => {
    const client = await signedUpClient(server.origin);
    const userId = await userIdOf(server, client);
    const current = (await client.get<Record<string, unknown>>('/api/me/notifications')).body;
    expect((await client.request('PUT', '/api/me/notifications', { json: { ...current, sms_enabled: true } })).status).toBe(200);
    await server.database.db.sql`update billing_accounts set trial_ends_at = now() - interval '1 day' where user_id = ${userId}`;
    const saved = await client.request<{ daily_sms_cap: number; sms_enabled: boolean }>('PUT', '/api/me/notifications', {
      json: { ...current, sms_enabled: true, daily_sms_cap: 4 },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ sms_enabled: true, daily_sms_cap: 4 });
  });

  it('lets a person on the Pro trial turn SMS alerts on', async () => {
    const client = await signedUpClient(server.origin);
    const current = (await client.get<Record<string, unknown>>('/api/me/notifications')).body;
    expect((await client.request('PUT', '/api/me/notifications', { json: { ...current, sms_enabled: true } })).status).toBe(200);
  });
});

describe('with billing off (the default)', () => {
  let server: WebServer;

  beforeAll(async () => {
    server = await startWebServer(PER_CLIENT_ADDRESS);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('has no plan limits and writes no usage rows, whatever billing_accounts says', async () => {
    const client = await signedUpClient(server.origin);
    const userId = await userIdOf(server, client);
    await server.database.db.sql`update billing_accounts set trial_ends_at = now() - interval '1 day' where user_id = ${userId}`;
    for (let i = 1; i <= 6; i++) expect((await postDump(client, `dump ${i}`)).status).toBe(201);

    const current = (await client.get<Record<string, unknown>>('/api/me/notifications')).body;
    expect((await client.request('PUT', '/api/me/notifications', { json: { ...current, sms_enabled: true } })).status).toBe(200);
    expect(await server.database.db.sql`select 1 from usage_counters`).toHaveLength(0);
  });
});
