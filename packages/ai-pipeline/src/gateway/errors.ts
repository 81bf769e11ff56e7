import type { HostedProvider } from '../providers/provider.ts';
import type { ProviderCallError } from '../providers/provider-error.ts';

/**
 * Everything the gateway throws. `code` is stable for callers to map (the web layer: 402/429 for
 * the budget, 502/503 for providers); `recoverable` says whether trying again later may succeed.
 */
export abstract class LlmGatewayError extends Error {
  abstract readonly code: string;
  abstract readonly recoverable: boolean;
}

const credentials: Record<HostedProvider, string> = {
  openai: 'OPENAI_API_KEY (or OPENAI_BASE_URL for a local OpenAI-compatible server)',
  anthropic: 'ANTHROPIC_API_KEY',
};

/** The provider asked for has no credentials, or (with none asked for) no provider has. */
export class NoProviderConfiguredError extends LlmGatewayError {
  override readonly name = 'NoProviderConfiguredError';
  readonly code = 'no_provider';
  readonly recoverable = false;

  constructor(readonly provider: HostedProvider | null = null) {
    super(
      provider
        ? `The AI provider ${provider} is not configured: set ${credentials[provider]}`
        : `No AI provider is configured: set ${credentials.openai} or ${credentials.anthropic}`,
    );
  }
}

/**
 * The call does not fit the user's monthly token budget: what is used or reserved this month plus
 * what this call may need (its estimated input and its most output). Checked before every call.
 */
export class TokenBudgetExceededError extends LlmGatewayError {
  override readonly name = 'TokenBudgetExceededError';
  readonly code = 'token_budget_exceeded';
  readonly recoverable = false;

  constructor(
    readonly usedTokens: number,
    readonly limitTokens: number,
    readonly resetsAt: Date,
    readonly neededTokens = 0,
  ) {
    super(
      `Monthly AI token budget reached: ${usedTokens} of ${limitTokens} tokens used or reserved this month` +
        `${neededTokens > 0 ? ` and this call may need up to ${neededTokens}` : ''}; ` +
        `it resets on ${resetsAt.toISOString().slice(0, 10)} (UTC)`,
    );
  }
}

/** Every attempt at every available provider failed with a timeout, 5xx, 429 or connection error. */
export class ProvidersUnavailableError extends LlmGatewayError {
  override readonly name = 'ProvidersUnavailableError';
  readonly code = 'providers_unavailable';
  readonly recoverable = true;

  constructor(readonly failures: readonly ProviderCallError[]) {
    super(`The AI providers did not answer: ${failures.map((failure) => failure.message).join('; ')}`);
  }
}

/** The provider refused the request itself (bad key, unknown model, invalid request): retrying cannot help. */
export class ProviderRequestError extends LlmGatewayError {
  override readonly name = 'ProviderRequestError';
  readonly code = 'provider_rejected_request';
  readonly recoverable = false;

  constructor(readonly failure: ProviderCallError) {
    super(`The AI provider rejected the request: ${failure.message}`);
  }
}

/** The stream failed after text had reached the caller, so switching model would splice two answers. */
export class StreamInterruptedError extends LlmGatewayError {
  override readonly name = 'StreamInterruptedError';
  readonly code = 'stream_interrupted';
  readonly recoverable = true;

  constructor(readonly failure: ProviderCallError) {
    super(`The AI reply broke off midway: ${failure.message}`);
  }
}

/** The caller's AbortSignal fired; the upstream request was cancelled. */
export class LlmCallAbortedError extends LlmGatewayError {
  override readonly name = 'LlmCallAbortedError';
  readonly code = 'aborted';
  readonly recoverable = true;

  constructor() {
    super('The AI call was cancelled');
  }
}

/** The model's reply was not valid JSON for the schema, even after one repair round-trip. */
export class StructuredOutputError extends LlmGatewayError {
  override readonly name = 'StructuredOutputError';
  readonly code = 'invalid_model_output';
  readonly recoverable = true;

  constructor(
    readonly provider: HostedProvider,
    readonly model: string,
    /** What was wrong with the reply after the repair round-trip, e.g. `operations.0.due_date: Invalid ISO date`. */
    readonly problem: string,
  ) {
    super(`The AI reply was still invalid after one repair attempt (${provider} ${model}): ${problem}`);
  }
}
