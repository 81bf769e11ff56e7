import { type FakeLlmServer, type FakeLlmServerOptions, startFakeLlmServer, type WireFormat } from './fake-llm-server.ts';

// The SDK drops frames without an `event:` line, so every frame names its event.
const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

const errorTypes: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  429: 'rate_limit_error',
  529: 'overloaded_error',
};

const [beforeText, afterText] = frame('content_block_delta', {
  type: 'content_block_delta',
  index: 0,
  delta: { type: 'text_delta', text: '' },
}).split('"text":""') as [string, string];

/** Anthropic Messages streaming: message_start, content_block_* with text deltas, message_delta, message_stop. */
const anthropicWire: WireFormat = {
  path: '/v1/messages',
  baseUrl: (origin) => origin,
  errorBody: (status, message) => ({ type: 'error', error: { type: errorTypes[status] ?? 'api_error', message } }),
  reply: (model) => ({
    start: (inputTokens) =>
      frame('message_start', {
        type: 'message_start',
        message: {
          id: 'msg_fake',
          type: 'message',
          role: 'assistant',
          model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: inputTokens, output_tokens: 1 },
        },
      }) +
      frame('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }) +
      frame('ping', { type: 'ping' }),
    text: (piece) => `${beforeText}"text":${JSON.stringify(piece)}${afterText}`,
    streamError: (type, message) => frame('error', { type: 'error', error: { type, message } }),
    end: (usage) =>
      frame('content_block_stop', { type: 'content_block_stop', index: 0 }) +
      frame('message_delta', {
        type: 'message_delta',
        delta: { stop_reason: 'end_turn', stop_sequence: null },
        usage: { output_tokens: usage.outputTokens },
      }) +
      frame('message_stop', { type: 'message_stop' }),
  }),
};

/** A loopback Anthropic Messages server for tests and benchmarks; give `url` to the SDK as baseURL. */
export function startFakeAnthropic(options?: FakeLlmServerOptions): Promise<FakeLlmServer> {
  return startFakeLlmServer(anthropicWire, options);
}
