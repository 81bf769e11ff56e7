import type { Db } from '@ordo/supabase-client';
import { createTestDatabase, createTestUser, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic } from '../testing/fake-anthropic.ts';
import type { FakeLlmServer } from '../testing/fake-llm-server.ts';
import { startFakeOpenAI } from '../testing/fake-openai.ts';
import { fakeProviderEnv } from '../testing/fake-provider-env.ts';
import { LlmCallAbortedError, TokenBudgetExceededError } from './errors.ts';
import { createGateway, type GatewayEvent, type GatewayRequest } from './gateway.ts';
import { monthlyTokensUsed } from './token-budget.ts';

let database: TestDatabase;
let db: Db;
let openai: FakeLlmServer;
let anthropic: FakeLlmServer;

beforeAll(async () => {
  [database, openai, anthropic] = await Promise.all([createTestDatabase(), startFakeOpenAI(), startFakeAnthropic()]);
  db = database.db;
});
afterAll(async () => {
  await Promise.all([database.drop(), openai.close(), anthropic.close()]);
});

async function drain(events: AsyncIterable<GatewayEvent>): Promise<void> {
  for await (const _event of events);
}

interface CallRow {
  user_id: string | null;
  purpose: string;
  provider: string;
  model: string;
  input_tokens: number;
  output_tokens: number;
  cost_usd: string | null;
  latency_ms: number;
  outcome: string;
  attempts: number;
  error: string | null;
}

async function callsOf(userId: string): Promise<CallRow[]> {
  return db.sql<CallRow[]>`select * from public.llm_calls where user_id = ${userId} order by created_at`;
}

const ask = (userId: string): GatewayRequest => ({
  purpose: 'plan',
  messages: [{ role: 'user', content: 'Plan my week' }],
  userId,
});

describe('llm_calls', () => {
  it('records a successful call with its tokens, cost and latency', async () => {
    const userId = await createTestUser(db);
    openai.enqueue({ type: 'stream', text: ['a', 'b'], usage: { inputTokens: 1000, outputTokens: 200 } });
    const gateway = createGateway({ env: fakeProviderEnv({ openai }), db });

    await drain(gateway.stream(ask(userId)));

    const [row, ...rest] = await callsOf(userId);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      user_id: userId,
      purpose: 'plan',
      provider: 'openai',
      model: 'gpt-5',
      input_tokens: 1000,
      output_tokens: 200,
      outcome: 'ok',
      attempts: 1,
      error: null,
    });
    expect(Number(row?.cost_usd)).toBeCloseTo((1000 * 1.25 + 200 * 10) / 1_000_000, 6);
    expect(row?.latency_ms).toBeGreaterThanOrEqual(0);
  });

  it('records one row for a call served by the fallback, naming what failed first', async () => {
    const userId = await createTestUser(db);
    openai.enqueue({ type: 'error', status: 500, message: 'boom' });
    anthropic.enqueue({ type: 'stream', text: ['ok'], usage: { inputTokens: 40, outputTokens: 5 } });
    const gateway = createGateway({ env: fakeProviderEnv({ openai, anthropic }), db, backoffMs: 1 });

    await drain(gateway.stream({ ...ask(userId), provider: 'openai' }));

    const rows = await callsOf(userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      provider: 'anthropic',
      model: 'claude-opus-4-5',
      input_tokens: 40,
      output_tokens: 5,
      outcome: 'fallback',
      attempts: 2,
    });
    expect(rows[0]?.error).toContain('boom');
  });

  it('records an aborted call', async () => {
    const userId = await createTestUser(db);
    openai.enqueue({ type: 'stream', text: ['x', new Promise(() => {})] });
    const gateway = createGateway({ env: fakeProviderEnv({ openai }), db });
    const controller = new AbortController();

    const failure = await (async () => {
      for await (const _event of gateway.stream({ ...ask(userId), signal: controller.signal })) controller.abort();
    })().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(LlmCallAbortedError);
    expect(await callsOf(userId)).toMatchObject([{ outcome: 'aborted', error: 'The AI call was cancelled' }]);
  });

  it('records a call that failed everywhere as an error', async () => {
    const userId = await createTestUser(db);
    openai.enqueue({ type: 'error', status: 503 });
    const gateway = createGateway({ env: fakeProviderEnv({ openai }, { AI_MAX_RETRIES: '0' }), db });

    await expect(drain(gateway.stream(ask(userId)))).rejects.toThrow(/did not answer/);

    expect(await callsOf(userId)).toMatchObject([{ provider: 'openai', outcome: 'error', attempts: 1 }]);
  });

  it('lets a user read their own calls only, and write none', async () => {
    const [owner, stranger] = await Promise.all([createTestUser(db), createTestUser(db)]);
    openai.enqueue({ type: 'stream', text: ['mine'] });
    await drain(createGateway({ env: fakeProviderEnv({ openai }), db }).stream(ask(owner)));

    expect(await db.asUser(owner, (tx) => tx`select id from public.llm_calls`)).toHaveLength(1);
    expect(await db.asUser(stranger, (tx) => tx`select id from public.llm_calls`)).toHaveLength(0);
    await expect(
      db.asUser(
        stranger,
        (tx) => tx`
          insert into public.llm_calls (user_id, purpose, provider, model, latency_ms, outcome)
          values (${stranger}, 'plan', 'openai', 'gpt-5', 1, 'ok')
        `,
      ),
    ).rejects.toThrow(/permission denied/);
  });
});

describe('monthly token budget', () => {
  it('refuses a call before it is made once the month’s tokens are spent, naming the figures', async () => {
    const userId = await createTestUser(db);
    await db.sql`
      insert into public.llm_calls (user_id, purpose, provider, model, input_tokens, output_tokens, latency_ms, outcome)
      values (${userId}, 'plan', 'openai', 'gpt-5', 700, 300, 10, 'ok')
    `;
    const gateway = createGateway({ env: fakeProviderEnv({ openai }, { AI_MONTHLY_TOKEN_BUDGET: '1000' }), db });
    const before = openai.requests.length;

    const failure = await drain(gateway.stream(ask(userId))).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(TokenBudgetExceededError);
    expect(failure).toMatchObject({ code: 'token_budget_exceeded', usedTokens: 1000, limitTokens: 1000 });
    expect((failure as Error).message).toMatch(/1000 of 1000 tokens/);
    expect(openai.requests.length).toBe(before);
  });

  it('counts this calendar month only, and only the user’s own calls', async () => {
    const [userId, other] = await Promise.all([createTestUser(db), createTestUser(db)]);
    await db.sql`
      insert into public.llm_calls (user_id, purpose, provider, model, input_tokens, output_tokens, latency_ms, outcome, created_at)
      values
        (${userId}, 'plan', 'openai', 'gpt-5', 5000, 0, 10, 'ok', '2026-10-31T23:59:59Z'),
        (${userId}, 'plan', 'openai', 'gpt-5', 10, 5, 10, 'ok', '2026-11-01T00:00:00Z'),
        (${other}, 'plan', 'openai', 'gpt-5', 900, 0, 10, 'ok', '2026-11-15T00:00:00Z')
    `;
    expect(await monthlyTokensUsed(db, userId, new Date('2026-11-20T12:00:00Z'))).toBe(15);
  });

  it('sets no limit with a budget of 0', async () => {
    const userId = await createTestUser(db);
    await db.sql`
      insert into public.llm_calls (user_id, purpose, provider, model, input_tokens, output_tokens, latency_ms, outcome)
      values (${userId}, 'plan', 'openai', 'gpt-5', 999999, 0, 10, 'ok')
    `;
    openai.enqueue({ type: 'stream', text: ['fine'] });
    await drain(createGateway({ env: fakeProviderEnv({ openai }, { AI_MONTHLY_TOKEN_BUDGET: '0' }), db }).stream(ask(userId)));
    expect(await callsOf(userId)).toHaveLength(2);
  });
});
