import { type FakeLlmServer, type FakeLlmServerOptions, startFakeLlmServer, type WireFormat } from './fake-llm-server.ts';

const frame = (data: unknown) => `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;

/** OpenAI Chat Completions streaming: `data: {chunk}` frames, a usage chunk, then `data: [DONE]`. */
const openAiWire: WireFormat = {
  path: '/v1/chat/completions',
  baseUrl: (origin) => `${origin}/v1`,
  errorBody: (status, message) => ({
    error: { message, type: status === 429 ? 'rate_limit_exceeded' : 'server_error', param: null, code: null },
  }),
  reply: (model) => {
    // Every chunk of a completion carries the same id, creation time and model.
    const envelope = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model };
    const chunk = (delta: Record<string, unknown>, finishReason: string | null) => ({
      ...envelope,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    });
    const [beforeText, afterText] = JSON.stringify(chunk({ content: '' }, null)).split('"content":""') as [string, string];
    return {
      start: () => frame(chunk({ role: 'assistant', content: '' }, null)),
      text: (piece) => `data: ${beforeText}"content":${JSON.stringify(piece)}${afterText}\n\n`,
      // OpenAI reports a failure mid-stream as a frame holding `error` alone, as in an error body.
      streamError: (type, message) => frame({ error: { message, type, param: null, code: null } }),
      end: (usage) =>
        frame(chunk({}, 'stop')) +
        frame({
          ...envelope,
          choices: [],
          usage: {
            prompt_tokens: usage.inputTokens,
            completion_tokens: usage.outputTokens,
            total_tokens: usage.inputTokens + usage.outputTokens,
          },
        }) +
        frame('[DONE]'),
    };
  },
};

/** A loopback OpenAI-compatible server for tests and benchmarks; give `url` to the SDK as baseURL. */
export function startFakeOpenAI(options?: FakeLlmServerOptions): Promise<FakeLlmServer> {
  return startFakeLlmServer(openAiWire, options);
}
