import type { Worker } from 'node:worker_threads';
import { createLogger } from '@ordo/config';
import type { Db } from '@ordo/supabase-client';
import { createTestDatabase, createTestUser, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { databaseLedger } from '../gateway/call-ledger.ts';
import { LlmGatewayError } from '../gateway/errors.ts';
import type { FakeLlmServer } from '../testing/fake-llm-server.ts';
import { startFakeOpenAI } from '../testing/fake-openai.ts';
import { fakeProviderEnv } from '../testing/fake-provider-env.ts';
import { spawnSourceDraftThread } from '../testing/source-draft-thread.ts';
import { textPieces } from '../testing/text-pieces.ts';
import { DraftThread } from './draft-thread.ts';
import type { DraftThreadData } from './run-draft-thread.ts';
import { collect } from '../testing/collect.ts';

let openai: FakeLlmServer;
let database: TestDatabase;
let db: Db;
const threads: DraftThread[] = [];

beforeAll(async () => {
  [openai, database] = await Promise.all([startFakeOpenAI(), createTestDatabase()]);
  db = database.db;
});
afterAll(async () => {
  await Promise.all(threads.map((thread) => thread.close()));
  await Promise.all([openai.close(), database.drop()]);
});

const context: DraftContext = { today: '2026-11-23', timezone: 'UTC', projects: [], tasks: [] };
const task = (ref: string, title: string) => ({
  op: 'create_task',
  ref,
  title,
  project_ref: null,
  due_date: null,
  priority: null,
  notes: null,
});
const reply = (...operations: unknown[]) => JSON.stringify({ operations });

function startThread(overrides: Record<string, string> = {}) {
  const env = fakeProviderEnv({ openai }, overrides);
  const spawned: Worker[] = [];
  const thread = new DraftThread({
    spawn: (data: DraftThreadData) => {
      const worker = spawnSourceDraftThread(data);
      spawned.push(worker);
      return worker;
    },
    env,
    ledger: databaseLedger(db, env.AI_MONTHLY_TOKEN_BUDGET),
    logger: createLogger({ ...env, LOG_LEVEL: 'silent' }, 'test'),
  });
  threads.push(thread);
  return { thread, spawned };
}

describe('drafting on a worker thread', () => {
  it('streams status, each operation and usage as an in-process draft does, recording the call through the parent', async () => {
    const userId = await createTestUser(db);
    openai.enqueue({ type: 'stream', text: textPieces(reply(task('t1', 'Water the plants'), task('t2', 'Call mum'))) });
    const { thread } = startThread();

    const events = await collect(thread.drafter('openai', userId).draft('water plants, call mum', context));

    expect(events.map((event) => (event.type === 'operation' ? event.operation.op : event.type))).toEqual([
      'status',
      'status',
      'create_task',
      'create_task',
      'usage',
    ]);
    expect(events[2]).toMatchObject({ operation: { ref: 't1', title: 'Water the plants' } });
    expect(events[3]).toMatchObject({ operation: { ref: 't2', title: 'Call mum' } });
    expect(events.at(-1)).toMatchObject({ type: 'usage', usage: { provider: 'openai', model: 'gpt-5' } });
    const calls = await db.sql<{ outcome: string; provider: string }[]>`
      select outcome, provider from public.llm_calls where user_id = ${userId}
    `;
    expect(calls).toEqual([{ outcome: 'ok', provider: 'openai' }]);
  });

  it('fails a draft over the monthly budget with the gateway’s code, checked by the parent before any request', async () => {
    const userId = await createTestUser(db);
    await db.sql`
      insert into public.llm_calls (user_id, purpose, provider, model, input_tokens, output_tokens, latency_ms, outcome)
      values (${userId}, 'plan', 'openai', 'gpt-5', 700, 300, 10, 'ok')
    `;
    const { thread } = startThread({ AI_MONTHLY_TOKEN_BUDGET: '1000' });
    const before = openai.requests.length;

    const failure = await collect(thread.drafter('openai', userId).draft('anything', context)).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(LlmGatewayError);
    expect(failure).toMatchObject({ code: 'token_budget_exceeded', recoverable: false });
    expect((failure as Error).message).toMatch(/1000 of 1000 tokens/);
    expect(openai.requests.length).toBe(before);
  });

  it('aborts the model call upstream when the caller aborts, and fails the draft as aborted', async () => {
    openai.enqueue({ type: 'stream', text: [...textPieces(`{"operations":[${JSON.stringify(task('t1', 'First'))}`), new Promise(() => {})] });
    const disconnected = openai.waitForDisconnect();
    const { thread } = startThread();
    const controller = new AbortController();

    const failure = await (async () => {
      for await (const event of thread.drafter('openai', null).draft('first', context, controller.signal)) {
        if (event.type === 'operation') controller.abort();
      }
    })().catch((error: unknown) => error);

    await disconnected;
    expect(failure).toMatchObject({ code: 'aborted', recoverable: true });
  });

  it('fails the drafts of a thread that dies, and starts a new thread for the next draft', async () => {
    openai.enqueue({ type: 'stream', text: [...textPieces('{"operations":['), new Promise(() => {})] });
    const { thread, spawned } = startThread();
    const before = openai.requests.length;
    const draft = thread.drafter('openai', null).draft('first', context)[Symbol.asyncIterator]();
    await draft.next();
    // The thread dies once its model call is under way.
    while (openai.requests.length === before) await new Promise((resolve) => setTimeout(resolve, 10));
    await spawned[0]?.terminate();

    const rest = (async () => {
      while (!(await draft.next()).done);
    })();
    await expect(rest).rejects.toThrow(/drafting thread: the thread stopped/);
    openai.enqueue({ type: 'stream', text: textPieces(reply(task('t1', 'Again'))) });
    const events = await collect(thread.drafter('openai', null).draft('again', context));
    expect(events.some((event) => event.type === 'operation')).toBe(true);
    expect(spawned).toHaveLength(2);
  });
});
