export { startFakeAnthropic } from './fake-anthropic.ts';
export type { FakeLlmServer, FakeLlmServerOptions, FakeReply, FakeRequest } from './fake-llm-server.ts';
export { startFakeOpenAI } from './fake-openai.ts';
export { fakeProviderEnv } from './fake-provider-env.ts';
export { textPieces } from './text-pieces.ts';
export { emptyBriefFacts, sampleBriefFacts, sampleIds } from './brief-facts.ts';
export { jsonReply, repliesByModel, requestsByModel } from './scripted-replies.ts';
