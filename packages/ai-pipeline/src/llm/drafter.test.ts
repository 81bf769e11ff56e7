import type { Db } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftContext, DraftEvent } from '../drafter.ts';
import { LlmCallAbortedError, StructuredOutputError } from '../gateway/errors.ts';
import { startFakeAnthropic } from '../testing/fake-anthropic.ts';
import type { FakeLlmServer } from '../testing/fake-llm-server.ts';
import { startFakeOpenAI } from '../testing/fake-openai.ts';
import { fakeProviderEnv } from '../testing/fake-provider-env.ts';
import { createLlmDrafter } from './drafter.ts';
import { collect } from '../testing/collect.ts';

let openai: FakeLlmServer;
let anthropic: FakeLlmServer;
let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  [openai, anthropic, database] = await Promise.all([startFakeOpenAI(), startFakeAnthropic(), createTestDatabase()]);
  db = database.db;
});
afterAll(async () => {
  await Promise.all([openai.close(), anthropic.close(), database.drop()]);
});

const dentistTaskId = '0b5c8a53-7f43-4c1e-a2f6-3d5e8c1b9a01';
const homeProjectId = '6e2f1d4b-8a9c-4b3e-9f0a-1c2d3e4f5a6b';
const context: DraftContext = {
  today: '2026-11-23',
  timezone: 'Europe/Berlin',
  now: new Date('2026-11-23T09:00:00Z'),
  projects: [{ id: homeProjectId, name: 'Home' }],
  tasks: [{ id: dentistTaskId, title: 'Dentist appointment', project_id: null, due_date: '2026-11-24', status: 'todo' }],
};

const project = { op: 'create_project', ref: 'p1', name: 'Garden', description: null };
const task = (ref: string, title: string, extra: Record<string, unknown> = {}) => ({
  op: 'create_task',
  ref,
  title,
  project_ref: null,
  project_id: null,
  due_date: null,
  start_at: null,
  duration_minutes: null,
  priority: null,
  notes: null,
  ...extra,
});
const json = (value: unknown) => JSON.stringify(value);

function env(overrides: Record<string, string> = {}) {
  return fakeProviderEnv({ openai, anthropic }, overrides);
}

const operations = (events: DraftEvent[]) =>
  events.flatMap((event) => (event.type === 'operation' ? [event.operation] : []));

describe('LLM drafter', () => {
  it('emits each operation before the upstream reply has finished', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = json(project);
    openai.enqueue({
      type: 'stream',
      text: ['```json\n{"operations": [', first.slice(0, 17), first.slice(17), held, `, ${json(task('t1', 'Buy seeds', { project_ref: 'p1' }))}`, ']}\n```'],
      usage: { inputTokens: 300, outputTokens: 60 },
    });
    const drafter = createLlmDrafter({ provider: 'openai', env: env() });
    const events: DraftEvent[] = [];
    let upstreamFinishedAtFirstOperation: boolean | undefined;

    for await (const event of drafter.draft('garden: buy seeds', context)) {
      events.push(event);
      if (event.type === 'operation' && upstreamFinishedAtFirstOperation === undefined) {
        // The fake server is still holding the rest of its stream; only now is it let go.
        upstreamFinishedAtFirstOperation = events.some((seen) => seen.type === 'usage');
        release();
      }
    }

    expect(upstreamFinishedAtFirstOperation).toBe(false);
    expect(events.map((event) => (event.type === 'status' ? event.phase : event.type))).toEqual([
      'reading',
      'drafting',
      'operation',
      'operation',
      'usage',
    ]);
    expect(operations(events)).toEqual([project, task('t1', 'Buy seeds', { project_ref: 'p1' })]);
    expect(events.at(-1)).toEqual({
      type: 'usage',
      usage: { provider: 'openai', model: 'gpt-5', input_tokens: 300, output_tokens: 60, cost_usd: (300 * 1.25 + 60 * 10) / 1e6 },
    });
  });

  it('shows the model today, the zone and the open tasks, so an existing task is updated', async () => {
    const update = { op: 'update_task', task_id: dentistTaskId, changes: { due_date: '2026-11-27' } };
    anthropic.enqueue({ type: 'stream', text: [json({ operations: [update] })] });
    const drafter = createLlmDrafter({ provider: 'anthropic', env: env() });

    const events = await collect(drafter.draft('move the dentist thing to Friday', context));

    expect(operations(events)).toEqual([update]);
    const request = anthropic.requests.at(-1);
    const system = String(request?.body.system);
    expect(system).toContain('Monday 2026-11-23');
    expect(system).toContain('Europe/Berlin');
    expect(system).toContain(dentistTaskId);
    expect(system).toContain('Dentist appointment');
    expect(system).toContain(homeProjectId);
    expect(system).toContain('"update_task"');
    expect(JSON.stringify(request?.body.messages)).toContain('move the dentist thing to Friday');
  });

  it('repairs invalid operations with one round-trip for the remainder only', async () => {
    const good = task('t1', 'Call the plumber');
    const bad = task('t2', 'Pay rent', { due_date: 'the first' });
    const fixed = task('t2', 'Pay rent', { due_date: '2026-12-01' });
    openai.enqueue(
      { type: 'stream', text: [`{"operations":[${json(good)},${json(bad)}]}`] },
      { type: 'stream', text: [`{"operations":[${json(fixed)}]}`] },
    );
    const drafter = createLlmDrafter({ provider: 'openai', env: env() });

    const events = await collect(drafter.draft('call the plumber, pay rent on the first', context));

    expect(operations(events)).toEqual([good, fixed]);
    expect(events.filter((event) => event.type === 'status').map((event) => event.type === 'status' && event.phase)).toEqual([
      'reading',
      'drafting',
      'checking',
    ]);
    const repair = openai.requests.at(-1)?.body.messages as { role: string; content: string }[];
    expect(repair.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(repair[3]?.content).toMatch(/operation 2: due_date/);
    expect(repair[3]?.content).toMatch(/The other operation was accepted: do not repeat them/);
  });

  it('rejects an invented task id and a dangling project ref, and asks for them again', async () => {
    const invented = { op: 'update_task', task_id: '11111111-2222-4333-8444-555555555555', changes: { priority: 'high' } };
    const dangling = task('t1', 'Prune roses', { project_ref: 'p9' });
    const fixed = { op: 'update_task', task_id: dentistTaskId, changes: { priority: 'high' } };
    anthropic.enqueue(
      { type: 'stream', text: [`{"operations":[${json(invented)},${json(dangling)}`, ']}'] },
      { type: 'stream', text: [`{"operations":[${json(fixed)},${json(task('t1', 'Prune roses'))}]}`] },
    );
    const drafter = createLlmDrafter({ provider: 'anthropic', env: env() });

    const events = await collect(drafter.draft('dentist is urgent; prune roses', context));

    expect(operations(events)).toEqual([fixed, task('t1', 'Prune roses')]);
    const repair = anthropic.requests.at(-1)?.body.messages as { content: string }[];
    expect(repair.at(-1)?.content).toMatch(/not one of the person's open tasks/);
    expect(repair.at(-1)?.content).toMatch(/project_ref p9 names no create_project/);
  });

  it('asks for the rest when the reply stops before the array closes', async () => {
    openai.enqueue(
      { type: 'stream', text: [`{"operations":[${json(task('t1', 'Book flights'))},{"op":"create_task","ref":"t2","ti`] },
      { type: 'stream', text: [`{"operations":[${json(task('t2', 'Renew passport'))}]}`] },
    );
    const drafter = createLlmDrafter({ provider: 'openai', env: env() });

    const events = await collect(drafter.draft('book flights, renew passport', context));

    expect(operations(events).map((operation) => operation.op === 'create_task' && operation.title)).toEqual([
      'Book flights',
      'Renew passport',
    ]);
    const repair = openai.requests.at(-1)?.body.messages as { content: string }[];
    expect(repair.at(-1)?.content).toMatch(/cut off before it was complete/);
    expect(repair.at(-1)?.content).toMatch(/before the operations array was closed/);
  });

  it('fails with a clear error naming the problem when the repair is invalid too', async () => {
    openai.enqueue(
      { type: 'stream', text: ['Sorry, I cannot help with that.'] },
      { type: 'stream', text: [`{"operations":[${json(task('t1', 'Water plants', { priority: 'urgent' }))}]}`] },
    );
    const drafter = createLlmDrafter({ provider: 'openai', env: env() });

    const failure = await collect(drafter.draft('water plants asap', context)).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(StructuredOutputError);
    expect((failure as StructuredOutputError).problem).toMatch(/operation 1: priority/);
    const repair = openai.requests.at(-1)?.body.messages as { content: string }[];
    expect(repair.at(-1)?.content).toMatch(/no \{"operations": \[\.\.\.\]\} document/);
  });

  it('falls back to the other provider when the first one fails', async () => {
    openai.enqueue({ type: 'error', status: 502 });
    anthropic.enqueue({ type: 'stream', text: [json({ operations: [task('t1', 'Fix bike')] })] });
    const drafter = createLlmDrafter({ provider: 'openai', env: env() });

    const events = await collect(drafter.draft('fix bike', context));

    expect(operations(events)).toEqual([task('t1', 'Fix bike')]);
    expect(events.at(-1)).toMatchObject({ type: 'usage', usage: { provider: 'anthropic', model: 'claude-opus-4-5' } });
  });

  it('stops the upstream request when the draft is aborted', async () => {
    anthropic.enqueue({ type: 'stream', text: [`{"operations":[${json(task('t1', 'One'))}`, new Promise(() => {})] });
    const disconnected = anthropic.waitForDisconnect();
    const controller = new AbortController();
    const drafter = createLlmDrafter({ provider: 'anthropic', env: env() });

    const failure = await (async () => {
      for await (const event of drafter.draft('one, two', context, controller.signal)) {
        if (event.type === 'operation') controller.abort();
      }
    })().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(LlmCallAbortedError);
    await disconnected;
  });

  it('records every call in llm_calls with its tokens, for the user', async () => {
    const [user] = await db.sql<{ id: string }[]>`insert into public.users (email) values ('drafter@example.com') returning id`;
    const userId = user?.id ?? '';
    openai.enqueue(
      { type: 'stream', text: ['{"operations":[{"op":"create_task"}]}'], usage: { inputTokens: 500, outputTokens: 20 } },
      { type: 'stream', text: [json({ operations: [task('t1', 'Plan trip')] })], usage: { inputTokens: 700, outputTokens: 30 } },
    );
    const drafter = createLlmDrafter({ provider: 'openai', env: env(), userId, db });

    const events = await collect(drafter.draft('plan trip', context));

    expect(events.at(-1)).toMatchObject({ type: 'usage', usage: { input_tokens: 1200, output_tokens: 50 } });
    const rows = await db.sql`
      select purpose, provider, model, input_tokens, output_tokens, outcome from public.llm_calls
      where user_id = ${userId} order by created_at
    `;
    expect(rows).toEqual([
      { purpose: 'plan', provider: 'openai', model: 'gpt-5', input_tokens: 500, output_tokens: 20, outcome: 'ok' },
      { purpose: 'plan', provider: 'openai', model: 'gpt-5', input_tokens: 700, output_tokens: 30, outcome: 'ok' },
    ]);
  });
});
