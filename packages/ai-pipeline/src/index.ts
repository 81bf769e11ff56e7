export type { DraftContext, DraftEvent, Drafter, DraftUsage } from './drafter.ts';
export { type CreateDrafterOptions, createDrafter } from './create-drafter.ts';
export { type CallLedger, databaseLedger } from './gateway/call-ledger.ts';
export type { CallOutcome, LlmCallRecord } from './gateway/call-record.ts';
export { DraftThread, type DraftThreadOptions } from './draft-thread/draft-thread.ts';
export { type DraftThreadData, isDraftThread, runDraftThread } from './draft-thread/run-draft-thread.ts';
export {
  LlmCallAbortedError,
  LlmGatewayError,
  NoProviderConfiguredError,
  ProviderRequestError,
  ProvidersUnavailableError,
  StreamInterruptedError,
  StructuredOutputError,
  TokenBudgetExceededError,
} from './gateway/errors.ts';
export {
  type CallUsage,
  createGateway,
  type Gateway,
  type GatewayEvent,
  type GatewayOptions,
  type GatewayRequest,
} from './gateway/gateway.ts';
export { modelFor } from './gateway/model-tiers.ts';
export type { StructuredRequest, StructuredResult } from './gateway/structured.ts';
export { type MonthlyTokenBudget, monthlyTokensUsed } from './gateway/token-budget.ts';
export { createLlmDrafter, type LlmDrafterOptions } from './llm/drafter.ts';
export { costUsd } from './prices.ts';
export type { ChatMessage, HostedProvider } from './providers/provider.ts';
export {
  type FakeLlmServer,
  type FakeLlmServerOptions,
  type FakeReply,
  type FakeRequest,
  fakeProviderEnv,
  startFakeAnthropic,
  startFakeOpenAI,
  textPieces,
} from './testing/index.ts';
export { createOfflineDrafter, OFFLINE_MODEL } from './offline/drafter.ts';
export { PARSER_NODE_OPTION, parserNodeOptionWarning } from './offline/node-option.ts';
export { prepareOfflineParser } from './offline/prepare.ts';
export { defaultModels, defaultProvider, type Provider, type Purpose, providerSchema, purposeSchema } from './models.ts';
export * from './pipeline/index.ts';
export * from './brief/index.ts';
