import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic } from '../testing/fake-anthropic.ts';
import type { FakeLlmServer } from '../testing/fake-llm-server.ts';
import { startFakeOpenAI } from '../testing/fake-openai.ts';
import { fakeProviderEnv } from '../testing/fake-provider-env.ts';
import {
  LlmCallAbortedError,
  NoProviderConfiguredError,
  ProviderRequestError,
  ProvidersUnavailableError,
  StreamInterruptedError,
} from './errors.ts';
import { type CallUsage, createGateway, type GatewayEvent, type GatewayRequest } from './gateway.ts';

let openai: FakeLlmServer;
let anthropic: FakeLlmServer;

beforeAll(async () => {
  [openai, anthropic] = await Promise.all([startFakeOpenAI(), startFakeAnthropic()]);
});
afterAll(async () => {
  await Promise.all([openai.close(), anthropic.close()]);
});
afterEach(() => {
  openai.requests.length = 0;
  anthropic.requests.length = 0;
});

const never = new Promise<never>(() => {});
const ask: GatewayRequest = { purpose: 'plan', system: 'Be brief.', messages: [{ role: 'user', content: 'Hi' }] };

async function collect(events: AsyncIterable<GatewayEvent>): Promise<{ text: string; usage: CallUsage | undefined }> {
  let text = '';
  let usage: CallUsage | undefined;
  for await (const event of events) {
    if (event.type === 'text') text += event.text;
    else usage = event.usage;
  }
  return { text, usage };
}

function bothProviders(overrides: Record<string, string> = {}) {
  return createGateway({ env: fakeProviderEnv({ openai, anthropic }, overrides), backoffMs: 1 });
}

describe('gateway streaming through the real SDKs', () => {
  it('streams OpenAI text deltas, then usage, asking for the plan tier without SDK retries', async () => {
    openai.enqueue({ type: 'stream', text: ['Hel', 'lo ', 'there'], usage: { inputTokens: 12, outputTokens: 3 } });
    const gateway = createGateway({ env: fakeProviderEnv({ openai }) });

    const { text, usage } = await collect(gateway.stream(ask));

    expect(text).toBe('Hello there');
    expect(usage).toMatchObject({ provider: 'openai', model: 'gpt-5', inputTokens: 12, outputTokens: 3, attempts: 1 });
    expect(usage?.outcome).toBe('ok');
    expect(usage?.costUsd).toBeCloseTo((12 * 1.25 + 3 * 10) / 1_000_000, 12);
    const [request] = openai.requests;
    expect(request?.body).toMatchObject({
      model: 'gpt-5',
      stream: true,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
      ],
    });
    expect(request?.headers.authorization).toBe('Bearer sk-test-openai');
  });

  it('streams Anthropic text deltas, then usage, with the system prompt and the key', async () => {
    anthropic.enqueue({ type: 'stream', text: ['Bon', 'jour'], usage: { inputTokens: 20, outputTokens: 2 } });
    const gateway = createGateway({ env: fakeProviderEnv({ anthropic }) });

    const { text, usage } = await collect(gateway.stream({ ...ask, purpose: 'check' }));

    expect(text).toBe('Bonjour');
    expect(usage).toMatchObject({ provider: 'anthropic', model: 'claude-haiku-4-5', inputTokens: 20, outputTokens: 2 });
    const [request] = anthropic.requests;
    expect(request?.body).toMatchObject({ model: 'claude-haiku-4-5', system: 'Be brief.', stream: true });
    const auth = `${request?.headers.authorization ?? ''} ${request?.headers['x-api-key'] ?? ''}`;
    expect(auth).toContain('sk-ant-test');
  });

  it('takes the model for a purpose from AI_MODEL_* when set', async () => {
    openai.enqueue({ type: 'stream', text: ['ok'] });
    const gateway = createGateway({ env: fakeProviderEnv({ openai }, { AI_MODEL_OPENAI_WRITE: 'llama3.2:3b' }) });

    const { usage } = await collect(gateway.stream({ ...ask, purpose: 'write' }));

    expect(openai.requests[0]?.body.model).toBe('llama3.2:3b');
    expect(usage?.model).toBe('llama3.2:3b');
    expect(usage?.costUsd).toBeNull();
  });

  it('refuses a provider that is asked for by name but not configured, naming the variable', async () => {
    const gateway = createGateway({ env: fakeProviderEnv({ anthropic }) });
    await expect(collect(gateway.stream({ ...ask, provider: 'openai' }))).rejects.toThrow(
      /openai is not configured: set OPENAI_API_KEY/,
    );
    expect(anthropic.requests).toHaveLength(0);
  });

  it('serves a local OpenAI-compatible server given only OPENAI_BASE_URL', async () => {
    openai.enqueue({ type: 'stream', text: ['local'] });
    const gateway = createGateway({ env: fakeProviderEnv({}, { OPENAI_BASE_URL: openai.url }) });

    const { text } = await collect(gateway.stream(ask));

    expect(gateway.providers).toEqual(['openai']);
    expect(text).toBe('local');
  });

  it('refuses clearly when no provider is configured', async () => {
    const gateway = createGateway({ env: fakeProviderEnv({}) });
    expect(gateway.providers).toEqual([]);
    await expect(collect(gateway.stream(ask))).rejects.toThrow(NoProviderConfiguredError);
  });
});

describe('gateway fallback and retries', () => {
  it('falls back to Anthropic when OpenAI answers 500', async () => {
    openai.enqueue({ type: 'error', status: 500, message: 'upstream exploded' });
    anthropic.enqueue({ type: 'stream', text: ['from ', 'claude'] });

    const { text, usage } = await collect(bothProviders().stream({ ...ask, provider: 'openai' }));

    expect(text).toBe('from claude');
    expect(usage).toMatchObject({ provider: 'anthropic', outcome: 'fallback', attempts: 2 });
    expect(openai.requests).toHaveLength(1);
  });

  it('falls back when Anthropic reports overloaded_error in the stream before any text', async () => {
    anthropic.enqueue({ type: 'stream', text: [], fail: { type: 'overloaded_error', message: 'Overloaded' } });
    openai.enqueue({ type: 'stream', text: ['from ', 'gpt'] });

    const { text, usage } = await collect(bothProviders().stream({ ...ask, provider: 'anthropic' }));

    expect(text).toBe('from gpt');
    expect(usage).toMatchObject({ provider: 'openai', outcome: 'fallback', attempts: 2 });
  });

  it('fails as interrupted when OpenAI sends an error frame after some text', async () => {
    openai.enqueue({ type: 'stream', text: ['half an ans'], fail: { type: 'server_error', message: 'The server had an error' } });

    const failure = await collect(bothProviders().stream({ ...ask, provider: 'openai' })).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(StreamInterruptedError);
    expect((failure as StreamInterruptedError).message).toContain('The server had an error');
    expect(anthropic.requests).toHaveLength(0);
  });

  it('falls back at once when OpenAI answers 429 with retry-after', async () => {
    openai.enqueue({ type: 'error', status: 429, headers: { 'retry-after': '20' } });
    anthropic.enqueue({ type: 'stream', text: ['served'] });

    const { text, usage } = await collect(bothProviders().stream({ ...ask, provider: 'openai' }));

    expect(text).toBe('served');
    expect(usage).toMatchObject({ provider: 'anthropic', outcome: 'fallback' });
    expect(openai.requests).toHaveLength(1);
  });

  it('waits out a short retry-after and retries the same provider when it is the only one', async () => {
    openai.enqueue({ type: 'error', status: 429, headers: { 'retry-after': '0.05' } }, { type: 'stream', text: ['ok'] });
    const gateway = createGateway({ env: fakeProviderEnv({ openai }), backoffMs: 1 });

    const { text, usage } = await collect(gateway.stream(ask));

    expect(text).toBe('ok');
    expect(usage).toMatchObject({ provider: 'openai', outcome: 'ok', attempts: 2 });
    expect(openai.requests).toHaveLength(2);
  });

  it('gives up on a provider whose retry-after is longer than AI_RETRY_AFTER_MAX_SECONDS', async () => {
    openai.enqueue({ type: 'error', status: 429, headers: { 'retry-after': '3600' } });
    const gateway = createGateway({ env: fakeProviderEnv({ openai }, { AI_RETRY_AFTER_MAX_SECONDS: '30' }) });

    const failure = await collect(gateway.stream(ask)).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ProvidersUnavailableError);
    expect((failure as Error).message).toMatch(/429/);
    expect((failure as Error).message).toMatch(/retry after 3600 s, longer than AI_RETRY_AFTER_MAX_SECONDS=30/);
    expect(openai.requests).toHaveLength(1);
  });

  it('abandons a stalled stream after the stall timeout and falls back', async () => {
    openai.enqueue({ type: 'stream', text: [never] });
    anthropic.enqueue({ type: 'stream', text: ['rescued'] });
    const disconnected = openai.waitForDisconnect();

    const { text, usage } = await collect(bothProviders().stream({ ...ask, provider: 'openai', stallTimeoutMs: 200 }));

    expect(text).toBe('rescued');
    expect(usage).toMatchObject({ provider: 'anthropic', outcome: 'fallback' });
    await disconnected;
  });

  it('abandons an attempt that takes longer than the call timeout and falls back', async () => {
    let release = () => {};
    openai.enqueue({ type: 'stream', text: [new Promise<void>((resolve) => (release = resolve)), 'too late'] });
    anthropic.enqueue({ type: 'stream', text: ['on time'] });
    const disconnected = openai.waitForDisconnect();

    const { text, usage } = await collect(
      bothProviders().stream({ ...ask, provider: 'openai', timeoutMs: 200, stallTimeoutMs: 10_000 }),
    );
    release();

    expect(text).toBe('on time');
    expect(usage).toMatchObject({ provider: 'anthropic', outcome: 'fallback' });
    await disconnected;
  });

  it('falls back on a connection error', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const { port } = closed.address() as AddressInfo;
    closed.close();
    anthropic.enqueue({ type: 'stream', text: ['still here'] });
    const gateway = createGateway({
      env: fakeProviderEnv({ anthropic }, { OPENAI_API_KEY: 'sk-x', OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1` }),
      backoffMs: 1,
    });

    const { text, usage } = await collect(gateway.stream({ ...ask, provider: 'openai' }));

    expect(text).toBe('still here');
    expect(usage).toMatchObject({ provider: 'anthropic', outcome: 'fallback' });
  });

  it('retries with backoff, then names every failure when all attempts fail', async () => {
    openai.enqueue({ type: 'error', status: 503 }, { type: 'error', status: 502 });
    anthropic.enqueue({ type: 'error', status: 529 }, { type: 'error', status: 500 });

    const failure = await collect(bothProviders({ AI_MAX_RETRIES: '1' }).stream({ ...ask, provider: 'openai' })).catch(
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(ProvidersUnavailableError);
    expect((failure as ProvidersUnavailableError).failures.map((item) => [item.provider, item.status])).toEqual([
      ['openai', 503],
      ['anthropic', 529],
      ['openai', 502],
      ['anthropic', 500],
    ]);
  });

  it('does not fall back when the provider rejects the request itself', async () => {
    openai.enqueue({ type: 'error', status: 401, message: 'Incorrect API key provided' });

    const failure = await collect(bothProviders().stream({ ...ask, provider: 'openai' })).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ProviderRequestError);
    expect((failure as Error).message).toContain('Incorrect API key provided');
    expect(anthropic.requests).toHaveLength(0);
  });

  it('keeps API keys out of error messages', async () => {
    openai.enqueue({ type: 'error', status: 401, message: 'Incorrect API key provided: sk-test-openai' });

    const failure = await collect(bothProviders().stream({ ...ask, provider: 'openai' })).catch((error: unknown) => error);

    expect((failure as Error).message).toContain('Incorrect API key provided');
    expect((failure as Error).message).not.toContain('sk-test-openai');
  });

  it('does not splice two answers: a stream that stalls after sending text fails as interrupted', async () => {
    openai.enqueue({ type: 'stream', text: ['half an ans', never] });

    const failure = await collect(bothProviders().stream({ ...ask, provider: 'openai', stallTimeoutMs: 200 })).catch(
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(StreamInterruptedError);
    expect((failure as StreamInterruptedError).recoverable).toBe(true);
    expect(anthropic.requests).toHaveLength(0);
  });
});

describe('gateway cancellation', () => {
  it('stops the upstream request when the caller aborts, and says so', async () => {
    let release = () => {};
    openai.enqueue({ type: 'stream', text: ['first', new Promise<void>((resolve) => (release = resolve)), 'second'] });
    const disconnected = openai.waitForDisconnect();
    const controller = new AbortController();
    const seen: string[] = [];

    const failure = await (async () => {
      for await (const event of bothProviders().stream({ ...ask, provider: 'openai', signal: controller.signal })) {
        if (event.type === 'text') seen.push(event.text);
        controller.abort();
      }
    })().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(LlmCallAbortedError);
    expect(seen).toEqual(['first']);
    await disconnected;
    release();
    expect(anthropic.requests).toHaveLength(0);
  });

  it('stops the upstream request when the caller stops reading', async () => {
    anthropic.enqueue({ type: 'stream', text: ['one', never] });
    const disconnected = anthropic.waitForDisconnect();

    for await (const event of bothProviders().stream({ ...ask, provider: 'anthropic' })) {
      if (event.type === 'text') break;
    }

    await disconnected;
  });

  it('refuses to start when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(collect(bothProviders().stream({ ...ask, signal: controller.signal }))).rejects.toThrow(
      LlmCallAbortedError,
    );
    expect(openai.requests).toHaveLength(0);
    expect(anthropic.requests).toHaveLength(0);
  });
});
