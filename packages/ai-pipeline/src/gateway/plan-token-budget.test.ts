import { type Db, planTokenBudget } from '@ordo/supabase-client';
import { createTestDatabase, createTestUser, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeLlmServer } from '../testing/fake-llm-server.ts';
import { startFakeOpenAI } from '../testing/fake-openai.ts';
import { fakeProviderEnv } from '../testing/fake-provider-env.ts';
import { TokenBudgetExceededError } from './errors.ts';
import { createGateway, type GatewayEvent } from './gateway.ts';

// With billing on, the web app and the worker give the gateway each person's plan allowance as
// their monthly budget (planTokenBudget); the gateway itself knows nothing of plans.

let database: TestDatabase;
let db: Db;
let openai: FakeLlmServer;

beforeAll(async () => {
  [database, openai] = await Promise.all([createTestDatabase(), startFakeOpenAI()]);
  db = database.db;
});
afterAll(async () => {
  await Promise.all([database.drop(), openai.close()]);
});

async function drain(events: AsyncIterable<GatewayEvent>): Promise<void> {
  for await (const _event of events);
}

/** A person who used `tokens` this month, on Free (trial over) or on the Pro trial every new person starts with. */
async function personWhoUsed(tokens: number, plan: 'free' | 'pro'): Promise<string> {
  const userId = await createTestUser(db);
  if (plan === 'free') await db.sql`update billing_accounts set trial_ends_at = now() - interval '1 day' where user_id = ${userId}`;
  await db.sql`
    insert into llm_calls (user_id, purpose, provider, model, input_tokens, output_tokens, latency_ms, outcome)
    values (${userId}, 'plan', 'openai', 'gpt-5', ${tokens}, 0, 10, 'ok')`;
  return userId;
}

describe('the plan as the monthly token budget', () => {
  it('refuses a Free person’s call beyond Free’s allowance, before it is sent, and lets a Pro person with the same use through', async () => {
    // AI_MONTHLY_TOKEN_BUDGET alone would allow both.
    const env = fakeProviderEnv({ openai }, { AI_MONTHLY_TOKEN_BUDGET: '0' });
    const gateway = createGateway({ env, db, monthlyTokenBudget: planTokenBudget(db) });
    const [free, pro] = [await personWhoUsed(95_000, 'free'), await personWhoUsed(95_000, 'pro')];
    const ask = (userId: string) => gateway.stream({ purpose: 'plan', messages: [{ role: 'user', content: 'Plan my week' }], userId });
    const before = openai.requests.length;

    const failure = await drain(ask(free)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TokenBudgetExceededError);
    expect(failure).toMatchObject({ code: 'token_budget_exceeded', usedTokens: 95_000, limitTokens: 100_000 });
    expect(openai.requests.length).toBe(before);

    openai.enqueue({ type: 'stream', text: ['fine'], usage: { inputTokens: 10, outputTokens: 2 } });
    await drain(ask(pro));
    expect(openai.requests.length).toBe(before + 1);
  });

  it('lifts the limit as soon as the person subscribes', async () => {
    const gateway = createGateway({ env: fakeProviderEnv({ openai }), db, monthlyTokenBudget: planTokenBudget(db) });
    const userId = await personWhoUsed(99_000, 'free');
    const ask = () => gateway.stream({ purpose: 'plan', messages: [{ role: 'user', content: 'Plan my week' }], userId });
    await expect(drain(ask())).rejects.toBeInstanceOf(TokenBudgetExceededError);

    await db.sql`update billing_accounts set subscription_status = 'active' where user_id = ${userId}`;
    openai.enqueue({ type: 'stream', text: ['fine'], usage: { inputTokens: 10, outputTokens: 2 } });
    await expect(drain(ask())).resolves.toBeUndefined();
  });
});
