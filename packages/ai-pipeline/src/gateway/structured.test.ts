import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeAnthropic } from '../testing/fake-anthropic.ts';
import type { FakeLlmServer } from '../testing/fake-llm-server.ts';
import { fakeProviderEnv } from '../testing/fake-provider-env.ts';
import { StructuredOutputError } from './errors.ts';
import { createGateway } from './gateway.ts';

let anthropic: FakeLlmServer;
beforeAll(async () => {
  anthropic = await startFakeAnthropic();
});
afterAll(async () => {
  await anthropic.close();
});

const verdictSchema = z.strictObject({ verdict: z.enum(['keep', 'drop']), reason: z.string().min(1) });
const ask = {
  purpose: 'check' as const,
  system: 'Decide whether to keep the task.',
  messages: [{ role: 'user' as const, content: 'Task: water the plants' }],
  schema: verdictSchema,
};

describe('structured output', () => {
  it('parses a reply wrapped in prose and a ```json fence, and sends the JSON Schema along', async () => {
    anthropic.enqueue({
      type: 'stream',
      text: ['Sure! Here it is:\n```json\n{"verdict": "keep", ', '"reason": "plants need water"}\n```'],
    });
    const gateway = createGateway({ env: fakeProviderEnv({ anthropic }) });
    const before = anthropic.requests.length;

    const result = await gateway.structured(ask);

    expect(result.value).toEqual({ verdict: 'keep', reason: 'plants need water' });
    expect(result.repaired).toBe(false);
    expect(anthropic.requests.length - before).toBe(1);
    expect(String(anthropic.requests.at(-1)?.body.system)).toContain('"verdict"');
  });

  it('repairs malformed JSON with one round-trip that quotes the reply and names the problem', async () => {
    anthropic.enqueue(
      { type: 'stream', text: ['{"verdict": "keep", reason: unquoted}'] },
      { type: 'stream', text: ['{"verdict": "keep", "reason": "fixed"}'] },
    );
    const gateway = createGateway({ env: fakeProviderEnv({ anthropic }) });

    const result = await gateway.structured(ask);

    expect(result.value).toEqual({ verdict: 'keep', reason: 'fixed' });
    expect(result.repaired).toBe(true);
    expect(result.usage).toHaveLength(2);
    const repair = anthropic.requests.at(-1)?.body.messages as { role: string; content: string }[];
    expect(repair.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    expect(repair[1]?.content).toBe('{"verdict": "keep", reason: unquoted}');
    expect(repair[2]?.content).toMatch(/not valid JSON/);
  });

  it('repairs a reply that breaks the schema, naming the field', async () => {
    anthropic.enqueue(
      { type: 'stream', text: ['{"verdict": "maybe", "reason": "unsure"}'] },
      { type: 'stream', text: ['{"verdict": "drop", "reason": "done already"}'] },
    );
    const result = await createGateway({ env: fakeProviderEnv({ anthropic }) }).structured(ask);

    expect(result.value.verdict).toBe('drop');
    const repair = anthropic.requests.at(-1)?.body.messages as { content: string }[];
    expect(repair[2]?.content).toMatch(/verdict:/);
  });

  it('fails with a clear error naming what was wrong when the repair is invalid too', async () => {
    anthropic.enqueue(
      { type: 'stream', text: ['not json at all'] },
      { type: 'stream', text: ['{"verdict": "keep"}'] },
    );
    const gateway = createGateway({ env: fakeProviderEnv({ anthropic }) });
    const before = anthropic.requests.length;

    const failure = await gateway.structured(ask).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(StructuredOutputError);
    expect((failure as StructuredOutputError).problem).toMatch(/reason:/);
    expect((failure as Error).message).toMatch(/still invalid after one repair attempt/);
    expect(anthropic.requests.length - before).toBe(2);
  });
});
