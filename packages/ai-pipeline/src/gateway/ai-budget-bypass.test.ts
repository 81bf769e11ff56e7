import type { Db } from '@ordo/supabase-client';
import { createTestDatabase, createTestUser, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeLlmServer } from '../testing/fake-llm-server.ts';
import { startFakeOpenAI } from '../testing/fake-openai.ts';
import { fakeProviderEnv } from '../testing/fake-provider-env.ts';
import { textPieces } from '../testing/text-pieces.ts';
import { type CallLedger, databaseLedger } from './call-ledger.ts';
import { LlmCallAbortedError, TokenBudgetExceededError } from './errors.ts';
import { createGateway, type GatewayRequest } from './gateway.ts';

// Security finding 1: the monthly budget counted only what providers reported at the end of a
// reply, checked it without reserving anything, and recorded a reply closed early as 0 tokens.

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

interface CallRow {
  id: string;
  input_tokens: number;
  output_tokens: number;
  outcome: string;
  error: string | null;
}

const callsOf = (userId: string) =>
  db.sql<CallRow[]>`select id, input_tokens, output_tokens, outcome, error from public.llm_calls where user_id = ${userId} order by created_at`;
const reservationsOf = (userId: string) =>
  db.sql<{ id: string }[]>`select id from public.llm_budget_reservations where user_id = ${userId}`;

const ask = (userId: string, content: string, maxOutputTokens?: number): GatewayRequest => ({
  purpose: 'plan',
  messages: [{ role: 'user', content }],
  userId,
  ...(maxOutputTokens === undefined ? {} : { maxOutputTokens }),
});

describe('a reply closed early', () => {
  it('is charged the input it sent and the output streamed so far, not 0 tokens', async () => {
    const userId = await createTestUser(db);
    const dump = 'water the roses and call the plumber. '.repeat(530).slice(0, 20_000);
    openai.enqueue({ type: 'stream', text: [...textPieces('{"operations":[{"op":"create_task"'), new Promise(() => {})] });
    const disconnected = openai.waitForDisconnect();
    const gateway = createGateway({ env: fakeProviderEnv({ openai }), db });

    let received = '';
    for await (const event of gateway.stream(ask(userId, dump))) {
      if (event.type === 'text') received += event.text;
      // The reader goes away mid-reply, as a browser closing the stream after a second.
      if (received.length >= 12) break;
    }
    await disconnected;

    const [call, ...rest] = await callsOf(userId);
    expect(rest).toEqual([]);
    expect(call?.outcome).toBe('aborted');
    // The provider counts about a token per four characters of English; the estimate never counts fewer.
    expect(call?.input_tokens).toBeGreaterThanOrEqual(20_000 / 4);
    expect(call?.output_tokens).toBeGreaterThanOrEqual(Math.ceil(received.length / 4));
    expect(await reservationsOf(userId)).toEqual([]);
  });

  it('counts against the budget, so a loop of closed streams runs out of it', async () => {
    const userId = await createTestUser(db);
    // Every request gets a reply that starts and then stalls, as a model still writing.
    const stalling = await startFakeOpenAI({ reply: () => ({ type: 'stream', text: ['{"op', new Promise(() => {})] }) });
    const gateway = createGateway({ env: fakeProviderEnv({ openai: stalling }, { AI_MONTHLY_TOKEN_BUDGET: '8000' }), db });
    const dump = 'x'.repeat(6_000);

    const outcomes: string[] = [];
    try {
      for (let cycle = 0; cycle < 5; cycle++) {
        try {
          for await (const event of gateway.stream(ask(userId, dump, 500))) if (event.type === 'text') break;
          outcomes.push('sent');
        } catch (error) {
          outcomes.push(error instanceof TokenBudgetExceededError ? 'refused' : String(error));
        }
      }
    } finally {
      await stalling.close();
    }

    // Each cycle is charged about 2,000 input tokens plus what streamed, and needs 2,500 reserved:
    // the fourth would pass 8,000.
    expect(outcomes).toEqual(['sent', 'sent', 'sent', 'refused', 'refused']);
    expect(stalling.requests).toHaveLength(3);
    const charged = await callsOf(userId);
    expect(charged.map((call) => call.input_tokens)).toEqual([2004, 2004, 2004]);
  });
});

describe('reserving before the call', () => {
  it('lets only one of two concurrent calls through a budget that fits one', async () => {
    const userId = await createTestUser(db);
    // Each call reserves about 104 input tokens (300 bytes / 3, plus the message) and its 100 output tokens.
    const gateway = createGateway({ env: fakeProviderEnv({ openai }, { AI_MONTHLY_TOKEN_BUDGET: '300' }), db });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    openai.enqueue(
      { type: 'stream', text: ['a', held, 'b'], usage: { inputTokens: 60, outputTokens: 2 } },
      { type: 'stream', text: ['c', held, 'd'], usage: { inputTokens: 60, outputTokens: 2 } },
    );
    const before = openai.requests.length;

    const first = gateway.stream(ask(userId, 'y'.repeat(300), 100))[Symbol.asyncIterator]();
    const second = gateway.stream(ask(userId, 'z'.repeat(300), 100))[Symbol.asyncIterator]();
    const results = await Promise.allSettled([first.next(), second.next()]);

    const refused = results.filter((result) => result.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(TokenBudgetExceededError);
    expect(openai.requests.length - before).toBe(1);

    // Settling replaces the reservation with what the provider reported, which frees the rest.
    release();
    const served = results[0]?.status === 'fulfilled' ? first : second;
    while (!(await served.next()).done);
    expect(await callsOf(userId)).toMatchObject([{ input_tokens: 60, output_tokens: 2, outcome: 'ok' }]);
    expect(await reservationsOf(userId)).toEqual([]);
    openai.enqueue({ type: 'stream', text: ['e'], usage: { inputTokens: 60, outputTokens: 1 } });
    for await (const _event of gateway.stream(ask(userId, 'w'.repeat(300), 100)));
    expect(await callsOf(userId)).toHaveLength(2);
  });

  it('releases the reservation and sends nothing when the caller aborts while it is being made', async () => {
    const userId = await createTestUser(db);
    const controller = new AbortController();
    const database = databaseLedger(db, 0);
    // The database ledger, with the caller giving up just as the reservation is written.
    const ledger: CallLedger = {
      ...database,
      reserve: async (reservation) => {
        const id = await database.reserve(reservation);
        controller.abort();
        return id;
      },
    };
    const gateway = createGateway({ env: fakeProviderEnv({ openai }), ledger });
    const before = openai.requests.length;

    const failure = await (async () => {
      for await (const _event of gateway.stream({ ...ask(userId, 'hello'), signal: controller.signal }));
    })().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(LlmCallAbortedError);
    expect(openai.requests.length).toBe(before);
    expect(await reservationsOf(userId)).toEqual([]);
  });

  it('counts a reservation in flight against the budget, naming what the call needs', async () => {
    const userId = await createTestUser(db);
    await db.sql`
      insert into public.llm_budget_reservations (user_id, purpose, provider, model, input_tokens, output_tokens, expires_at)
      values (${userId}, 'plan', 'openai', 'gpt-5', 800, 100, now() + interval '10 minutes')
    `;
    const gateway = createGateway({ env: fakeProviderEnv({ openai }, { AI_MONTHLY_TOKEN_BUDGET: '1000' }), db });

    const failure = await (async () => {
      for await (const _event of gateway.stream(ask(userId, 'hello', 100)));
    })().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(TokenBudgetExceededError);
    expect(failure).toMatchObject({ usedTokens: 900, limitTokens: 1000, neededTokens: 106 });
    expect((failure as Error).message).toMatch(/900 of 1000 tokens used or reserved this month and this call may need up to 106/);
  });

  it('settles a reservation its process never settled as its estimate once it expires, and a late record replaces it', async () => {
    const userId = await createTestUser(db);
    const [stale] = await db.sql<{ id: string }[]>`
      insert into public.llm_budget_reservations
        (user_id, purpose, provider, model, input_tokens, output_tokens, created_at, expires_at)
      values (${userId}, 'plan', 'openai', 'gpt-5', 7000, 8192, now() - interval '20 minutes', now() - interval '1 minute')
      returning id
    `;
    openai.enqueue({ type: 'stream', text: ['ok'], usage: { inputTokens: 5, outputTokens: 1 } });
    const gateway = createGateway({ env: fakeProviderEnv({ openai }), db });

    for await (const _event of gateway.stream(ask(userId, 'hello')));

    const calls = await callsOf(userId);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ id: stale?.id, input_tokens: 7000, output_tokens: 8192, outcome: 'error' });
    expect(calls[0]?.error).toMatch(/never settled/);
    expect(await reservationsOf(userId)).toEqual([]);

    // The stopped call's record arrives after all (a process that was only paused): it replaces the estimate.
    await databaseLedger(db, 0).record({
      userId,
      purpose: 'plan',
      provider: 'openai',
      model: 'gpt-5',
      inputTokens: 6000,
      outputTokens: 300,
      costUsd: null,
      latencyMs: 1000,
      outcome: 'ok',
      attempts: 1,
      error: null,
      reservationId: stale?.id ?? null,
    });
    expect((await callsOf(userId))[0]).toMatchObject({ id: stale?.id, input_tokens: 6000, output_tokens: 300, outcome: 'ok' });
  });
});
