import { type FakeLlmServer, type FakeLlmServerOptions, startFakeLlmServer, type WireFormat } from './fake-llm-server.ts';

const frame = (data: unknown) => `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;

/** OpenAI Chat Completions streaming: `data: {chunk}` frames, a usage chunk, then `data: [DONE]`. */
const openAiWire: WireFormat = {
  path: '/v1/chat/completions',
  baseUrl: (origin) => `${origin}/v1`,
  errorBody: (status, message) => ({
    error: { message, type: status === 429 ? 'rate_limit_exceeded' : 'server_error', param: null, code: null },
  }),
  start: (model) => [frame(chunk(model, { role: 'assistant', content: '' }, null))],
  text: (piece) => [frame(chunk('', { content: piece }, null))],
  end: (model, usage) => [
    frame(chunk(model, {}, 'stop')),
    frame({
      ...chunkEnvelope(model),
      choices: [],
      usage: {
        prompt_tokens: usage.inputTokens,
        completion_tokens: usage.outputTokens,
        total_tokens: usage.inputTokens + usage.outputTokens,
      },
    }),
    frame('[DONE]'),
  ],
};

function chunkEnvelope(model: string) {
  return { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model };
}

function chunk(model: string, delta: Record<string, unknown>, finishReason: string | null) {
  return { ...chunkEnvelope(model), choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] };
}

/** A loopback OpenAI-compatible server for tests and benchmarks; give `url` to the SDK as baseURL. */
export function startFakeOpenAI(options?: FakeLlmServerOptions): Promise<FakeLlmServer> {
  return startFakeLlmServer(openAiWire, options);
}
