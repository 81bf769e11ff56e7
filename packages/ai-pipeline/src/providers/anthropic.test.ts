import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic } from '../testing/fake-anthropic.ts';
import type { FakeLlmServer } from '../testing/fake-llm-server.ts';
import { AnthropicReplyDecoder, createAnthropicProvider } from './anthropic.ts';
import { httpFetch } from './http-fetch.ts';
import type { ProviderChunk, ProviderClient } from './provider.ts';
import { ProviderCallError } from './provider-error.ts';
import { collect } from '../testing/collect.ts';
import { decodeReply } from '../testing/decode-reply.ts';

const frame = (event: string, data: string) => `event: ${event}\ndata: ${data}\n\n`;
const SAMPLE = [
  frame(
    'message_start',
    '{"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"claude-haiku-4-5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":20,"output_tokens":1}}}',
  ),
  frame('content_block_start', '{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}'),
  frame('ping', '{"type": "ping"}'),
  frame('content_block_delta', '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Bon"}}'),
  frame('content_block_delta', '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"jour, café ☕"}}'),
  frame('content_block_stop', '{"type":"content_block_stop","index":0}'),
  frame('message_delta', '{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":4}}'),
  frame('message_stop', '{"type":"message_stop"}'),
].join('');

const decode = (chunks: Uint8Array[]) => decodeReply(new AnthropicReplyDecoder(), chunks);

describe('AnthropicReplyDecoder', () => {
  it('joins the text of each read, then reports usage at message_stop, however the stream is cut', () => {
    const whole = new TextEncoder().encode(SAMPLE);
    const expected = { text: 'Bonjour, café ☕', usage: { inputTokens: 20, outputTokens: 4 }, complete: true };
    expect(decode([whole])).toEqual(expected);
    for (let cut = 0; cut <= whole.length; cut++) {
      expect(decode([whole.subarray(0, cut), whole.subarray(cut)]), `cut at byte ${cut}`).toEqual(expected);
    }
  });

  it('is incomplete without message_stop, and skips events without a name', () => {
    const text = `data: {"type":"message_stop"}\n\n${frame('content_block_delta', '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}')}`;
    expect(decode([new TextEncoder().encode(text)])).toEqual({ text: 'Hi', usage: undefined, complete: false });
  });

  it('throws the SDK error with its type for an error event, as the SDK does', () => {
    const event = frame('error', '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}');
    const read = () => new AnthropicReplyDecoder().read(new TextEncoder().encode(event));
    expect(read).toThrow(Anthropic.APIError);
    expect(read).toThrow(expect.objectContaining({ type: 'overloaded_error', status: undefined }));
  });
});

describe('the Anthropic provider against a loopback server', () => {
  let server: FakeLlmServer;
  beforeAll(async () => {
    server = await startFakeAnthropic();
  });
  afterAll(() => server.close());

  const providers: [string, () => ProviderClient][] = [
    ['our node:http fetch', () => createAnthropicProvider({ apiKey: 'sk-ant-test', baseUrl: server.url, timeoutMs: 5000, fetch: httpFetch })],
    ['the platform fetch', () => createAnthropicProvider({ apiKey: 'sk-ant-test', baseUrl: server.url, timeoutMs: 5000 })],
  ];

  function read(provider: ProviderClient): Promise<ProviderChunk[]> {
    const request = { model: 'claude-haiku-4-5', messages: [{ role: 'user' as const, content: 'Hi' }], maxOutputTokens: 100 };
    return collect(provider.stream({ ...request, signal: new AbortController().signal }));
  }

  describe.each(providers)('through %s', (_name, create) => {
    it('streams the text a read at a time, then the usage', async () => {
      server.enqueue({ type: 'stream', text: ['Bon', 'jour'], usage: { inputTokens: 7, outputTokens: 2 } });
      const chunks = await read(create());
      expect(chunks.map((chunk) => chunk.text).join('')).toBe('Bonjour');
      expect(chunks.at(-1)?.usage).toEqual({ inputTokens: 7, outputTokens: 2 });
      const headers = server.requests.at(-1)?.headers;
      expect(`${headers?.authorization ?? ''} ${headers?.['x-api-key'] ?? ''}`).toContain('sk-ant-test');
    });

    it('classifies an error status through the SDK, and overloaded_error mid-stream as a connection failure', async () => {
      server.enqueue({ type: 'error', status: 529, message: 'Overloaded' });
      await expect(read(create())).rejects.toMatchObject({ failure: 'server', status: 529 });
      server.enqueue({ type: 'stream', text: ['Hi'], fail: { type: 'overloaded_error', message: 'Overloaded' } });
      const failure = await read(create()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ProviderCallError);
      // The SDK's message for an error event is the event's JSON.
      expect(failure).toMatchObject({ failure: 'connection', status: null, message: expect.stringContaining('overloaded_error') });
    });
  });
});
