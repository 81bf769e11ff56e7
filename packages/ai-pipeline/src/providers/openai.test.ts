import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeLlmServer } from '../testing/fake-llm-server.ts';
import { startFakeOpenAI } from '../testing/fake-openai.ts';
import { httpFetch } from './http-fetch.ts';
import { createOpenAiProvider, OpenAiReplyDecoder } from './openai.ts';
import type { ProviderChunk, ProviderClient } from './provider.ts';
import { ProviderCallError } from './provider-error.ts';
import { collect } from '../testing/collect.ts';
import { decodeReply } from '../testing/decode-reply.ts';

const envelope = '"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-5"';
const SAMPLE = [
  `data: {${envelope},"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}\n\n`,
  `data: {${envelope},"choices":[{"index":0,"delta":{"content":"Bon"},"finish_reason":null}]}\n\n`,
  `data: {${envelope},"choices":[{"index":0,"delta":{"content":"jour, café ☕"},"finish_reason":null}]}\n\n`,
  `data: {${envelope},"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n`,
  `data: {${envelope},"choices":[],"usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}}\n\n`,
  'data: [DONE]\n\n',
].join('');

const decode = (chunks: Uint8Array[]) => decodeReply(new OpenAiReplyDecoder(), chunks);

describe('OpenAiReplyDecoder', () => {
  it('joins the text of each read, then reports usage and completion, however the stream is cut', () => {
    const whole = new TextEncoder().encode(SAMPLE);
    const expected = { text: 'Bonjour, café ☕', usage: { inputTokens: 12, outputTokens: 3 }, complete: true };
    expect(decode([whole])).toEqual(expected);
    for (let cut = 0; cut <= whole.length; cut++) {
      expect(decode([whole.subarray(0, cut), whole.subarray(cut)]), `cut at byte ${cut}`).toEqual(expected);
    }
  });

  it('is incomplete without a finish reason, and ignores what follows [DONE]', () => {
    const text = `data: {${envelope},"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}\n\ndata: [DONE]\n\ndata: not json\n\n`;
    expect(decode([new TextEncoder().encode(text)])).toEqual({ text: 'Hi', usage: undefined, complete: false });
  });

  it('throws the SDK error for an error frame, as the SDK does', () => {
    const frame = 'data: {"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}}\n\n';
    expect(() => new OpenAiReplyDecoder().read(new TextEncoder().encode(frame))).toThrow(OpenAI.APIError);
  });
});

describe('the OpenAI provider against a loopback server', () => {
  let server: FakeLlmServer;
  beforeAll(async () => {
    server = await startFakeOpenAI();
  });
  afterAll(() => server.close());

  const providers: [string, () => ProviderClient][] = [
    ['our node:http fetch', () => createOpenAiProvider({ apiKey: 'sk-test', baseUrl: server.url, timeoutMs: 5000, fetch: httpFetch })],
    ['the platform fetch', () => createOpenAiProvider({ apiKey: 'sk-test', baseUrl: server.url, timeoutMs: 5000 })],
  ];

  function read(provider: ProviderClient): Promise<ProviderChunk[]> {
    const request = { model: 'gpt-5', messages: [{ role: 'user' as const, content: 'Hi' }], maxOutputTokens: 100 };
    return collect(provider.stream({ ...request, signal: new AbortController().signal }));
  }

  describe.each(providers)('through %s', (_name, create) => {
    it('streams the text a read at a time, then the usage', async () => {
      server.enqueue({ type: 'stream', text: ['Hel', 'lo'], usage: { inputTokens: 5, outputTokens: 2 } });
      const chunks = await read(create());
      expect(chunks.map((chunk) => chunk.text).join('')).toBe('Hello');
      expect(chunks.at(-1)?.usage).toEqual({ inputTokens: 5, outputTokens: 2 });
      expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer sk-test');
    });

    it('classifies an error status through the SDK, and an error frame mid-stream as a connection failure', async () => {
      server.enqueue({ type: 'error', status: 400, message: 'bad request' });
      await expect(read(create())).rejects.toMatchObject({ failure: 'request', status: 400 });
      server.enqueue({ type: 'stream', text: ['Hi'], fail: { type: 'server_error', message: 'The server had an error' } });
      const failure = await read(create()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ProviderCallError);
      expect(failure).toMatchObject({ failure: 'connection', status: null, message: 'openai: The server had an error' });
    });
  });
});
