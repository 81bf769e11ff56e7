import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDrafter } from './create-drafter.ts';
import type { DraftContext, DraftEvent } from './drafter.ts';
import type { FakeLlmServer } from './testing/fake-llm-server.ts';
import { startFakeOpenAI } from './testing/fake-openai.ts';
import { fakeProviderEnv } from './testing/fake-provider-env.ts';

const context: DraftContext = { today: '2026-11-23', timezone: 'Europe/Berlin', projects: [], tasks: [] };

async function operationsOf(events: AsyncIterable<DraftEvent>): Promise<unknown[]> {
  const operations: unknown[] = [];
  for await (const event of events) if (event.type === 'operation') operations.push(event.operation);
  return operations;
}

let openai: FakeLlmServer;
beforeAll(async () => {
  openai = await startFakeOpenAI();
});
afterAll(async () => {
  await openai.close();
});

describe('createDrafter', () => {
  it('gives the offline parser for the offline provider, with no key needed', async () => {
    const drafter = createDrafter({ provider: 'offline', env: fakeProviderEnv({}) });
    expect(drafter.provider).toBe('offline');
    expect(await operationsOf(drafter.draft('call mom tomorrow', context))).toMatchObject([
      { op: 'create_task', title: 'Call mom', due_date: '2026-11-24' },
    ]);
  });

  it('gives a model-backed drafter for a hosted provider, which asks that provider', async () => {
    const task = { op: 'create_task', ref: 't1', title: 'Call mom', due_date: '2026-11-24' };
    openai.enqueue({ type: 'stream', text: ['{"operations":[', JSON.stringify(task), ']}'] });
    const drafter = createDrafter({ provider: 'openai', env: fakeProviderEnv({ openai }) });
    expect(drafter.provider).toBe('openai');
    expect(await operationsOf(drafter.draft('call mom tomorrow', context))).toMatchObject([task]);
    expect(openai.requests).toHaveLength(1);
  });
});
