import { type Env, type Logger, redactSecrets } from '@ordo/config';
import type { Db } from '@ordo/supabase-client';
import type { z } from 'zod';
import type { Purpose } from '../models.ts';
import { costUsd } from '../prices.ts';
import { createAnthropicProvider } from '../providers/anthropic.ts';
import { httpFetch } from '../providers/http-fetch.ts';
import { createOpenAiProvider } from '../providers/openai.ts';
import type { ChatMessage, HostedProvider, ProviderClient } from '../providers/provider.ts';
import { ProviderCallError } from '../providers/provider-error.ts';
import { databaseLedger, type CallLedger } from './call-ledger.ts';
import type { CallOutcome } from './call-record.ts';
import {
  LlmCallAbortedError,
  NoProviderConfiguredError,
  ProviderRequestError,
  ProvidersUnavailableError,
  StreamInterruptedError,
} from './errors.ts';
import { modelFor } from './model-tiers.ts';
import { type StructuredRequest, type StructuredResult, structuredCall } from './structured.ts';
import type { MonthlyTokenBudget } from './token-budget.ts';
import { estimateRequestTokens, tokensForBytes } from './token-estimate.ts';

export interface GatewayRequest {
  purpose: Purpose;
  system?: string;
  messages: ChatMessage[];
  /** Tried first (it must be configured); the other one, when configured, is the fallback. Default: Anthropic, then OpenAI. */
  provider?: HostedProvider;
  /** Whose call this is: recorded, and its tokens reserved against their monthly budget. */
  userId?: string | null;
  /** Aborting it cancels the upstream request and ends the call with LlmCallAbortedError. */
  signal?: AbortSignal;
  /** Longest one attempt may take (default AI_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Longest an attempt may go without a chunk, from the request on (default AI_STALL_TIMEOUT_MS). */
  stallTimeoutMs?: number;
  maxOutputTokens?: number;
}

export interface CallUsage {
  provider: HostedProvider;
  model: string;
  inputTokens: number;
  outputTokens: number;
  /** null when the model is not in the price table. */
  costUsd: number | null;
  latencyMs: number;
  attempts: number;
  /** `fallback` when the first provider failed and the other one answered. */
  outcome: Extract<CallOutcome, 'ok' | 'fallback'>;
}

/** Text as it arrives, then exactly one `usage` event when the reply is complete. */
export type GatewayEvent = { type: 'text'; text: string } | { type: 'usage'; usage: CallUsage };

export interface Gateway {
  /** Providers with credentials, in the default order. */
  readonly providers: readonly HostedProvider[];
  stream(request: GatewayRequest): AsyncIterable<GatewayEvent>;
  /** A reply parsed as JSON and validated by `schema`, with one repair round-trip. */
  structured<S extends z.ZodType>(request: StructuredRequest<S>): Promise<StructuredResult<S>>;
}

export interface GatewayOptions {
  env: Env;
  /** Where calls are recorded and budgets checked; without it (or a ledger), neither happens (e.g. the operator CLI). */
  db?: Db | null | undefined;
  /** Checks budgets and records calls instead of `db` (a drafting thread asks its parent). */
  ledger?: CallLedger | null | undefined;
  /** The budget `db` checks calls against; default AI_MONTHLY_TOKEN_BUDGET for everyone. */
  monthlyTokenBudget?: MonthlyTokenBudget | undefined;
  /** First retry delay; doubles per round, with jitter (default 250 ms). */
  backoffMs?: number;
  /** Failed attempts (and the fallbacks they cause) are logged here at warn. */
  logger?: Logger | undefined;
}

const DEFAULT_MAX_OUTPUT_TOKENS = 8192;
const BACKOFF_CAP_MS = 8000;
// Added to the longest a call can take before its reservation counts as abandoned.
const RESERVATION_MARGIN_MS = 60_000;

function configuredProviders(env: Env): Map<HostedProvider, ProviderClient> {
  const providers = new Map<HostedProvider, ProviderClient>();
  if (env.ANTHROPIC_API_KEY) {
    providers.set(
      'anthropic',
      createAnthropicProvider({
        apiKey: env.ANTHROPIC_API_KEY,
        baseUrl: env.ANTHROPIC_BASE_URL,
        timeoutMs: env.AI_TIMEOUT_MS,
        fetch: httpFetch,
      }),
    );
  }
  // A base URL alone is enough: local OpenAI-compatible servers (Ollama, vLLM, LM Studio) need no key.
  if (env.OPENAI_API_KEY || env.OPENAI_BASE_URL) {
    providers.set(
      'openai',
      createOpenAiProvider({
        apiKey: env.OPENAI_API_KEY,
        baseUrl: env.OPENAI_BASE_URL,
        timeoutMs: env.AI_TIMEOUT_MS,
        fetch: httpFetch,
      }),
    );
  }
  return providers;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new LlmCallAbortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Why the gateway itself aborted an attempt; the SDKs end streams quietly on abort, so it is kept aside. */
type AbortCause = 'caller' | 'timeout' | 'stall';

function timeoutFailure(provider: HostedProvider, model: string, cause: 'timeout' | 'stall', ms: number) {
  const what = cause === 'stall' ? `sent nothing for ${ms} ms` : `took longer than ${ms} ms`;
  return new ProviderCallError(provider, 'timeout', `${provider} ${model}: the reply ${what}`);
}

export function createGateway(options: GatewayOptions): Gateway {
  const { env } = options;
  const ledger = options.ledger ?? (options.db ? databaseLedger(options.db, options.monthlyTokenBudget ?? env.AI_MONTHLY_TOKEN_BUDGET) : null);
  const clients = configuredProviders(env);
  const providers = [...clients.keys()];
  const backoffMs = options.backoffMs ?? 250;
  const maxRetryAfterMs = env.AI_RETRY_AFTER_MAX_SECONDS * 1000;

  function attemptOrder(preferred: HostedProvider | undefined): HostedProvider[] {
    if (!preferred) return providers;
    if (!clients.has(preferred)) throw new NoProviderConfiguredError(preferred);
    return [preferred, ...providers.filter((provider) => provider !== preferred)];
  }

  // Provider messages may echo part of a key; they end up in llm_calls, logs and the browser.
  function scrubbed(failure: ProviderCallError): ProviderCallError {
    const message = redactSecrets(failure.message, env);
    if (message === failure.message) return failure;
    return new ProviderCallError(failure.provider, failure.failure, message, failure.status, failure.retryAfterMs);
  }

  async function* stream(request: GatewayRequest): AsyncGenerator<GatewayEvent> {
    const { signal } = request;
    if (signal?.aborted) throw new LlmCallAbortedError();
    const order = attemptOrder(request.provider);
    const first = order[0];
    if (first === undefined) throw new NoProviderConfiguredError();
    const userId = request.userId ?? null;
    const timeoutMs = request.timeoutMs ?? env.AI_TIMEOUT_MS;
    const stallTimeoutMs = request.stallTimeoutMs ?? env.AI_STALL_TIMEOUT_MS;
    const maxOutputTokens = request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
    const inputEstimate = estimateRequestTokens(request.system, request.messages);
    let reservationId: string | null = null;
    if (ledger && userId) {
      const reservedModel = modelFor(env, first, request.purpose);
      const attemptsAtMost = (env.AI_MAX_RETRIES + 1) * order.length;
      reservationId = await ledger.reserve({
        userId,
        purpose: request.purpose,
        provider: first,
        model: reservedModel,
        inputTokens: inputEstimate,
        outputTokens: maxOutputTokens,
        costUsd: costUsd(reservedModel, inputEstimate, maxOutputTokens),
        expiresInMs: attemptsAtMost * (timeoutMs + BACKOFF_CAP_MS + maxRetryAfterMs) + RESERVATION_MARGIN_MS,
      });
    }
    // An abort while reserving would go unseen by the attempt, whose listener is added later.
    if (signal?.aborted) {
      if (ledger && reservationId !== null) await ledger.release(reservationId).catch(() => undefined);
      throw new LlmCallAbortedError();
    }

    const started = performance.now();
    const failures: ProviderCallError[] = [];
    const retryAfterUntil = new Map<HostedProvider, number>();
    const givenUp = new Set<HostedProvider>();
    let attempts = 0;
    let provider: HostedProvider = first;
    let model = modelFor(env, first, request.purpose);
    let inputTokens = 0;
    let outputTokens = 0;
    let reported = false;
    let streamedBytes = 0;
    let delivered = false;
    let outcome: CallOutcome = 'error';
    let failure: Error | null = null;

    try {
      for (let round = 0; round <= env.AI_MAX_RETRIES; round++) {
        let firstOfRound = true;
        for (const candidate of order) {
          if (givenUp.has(candidate)) continue;
          const backoff = round > 0 && firstOfRound ? Math.min(BACKOFF_CAP_MS, backoffMs * 2 ** (round - 1)) : 0;
          const jittered = backoff * (0.5 + Math.random() / 2);
          firstOfRound = false;
          await sleep(Math.max(jittered, (retryAfterUntil.get(candidate) ?? 0) - Date.now()), signal);

          provider = candidate;
          model = modelFor(env, candidate, request.purpose);
          attempts += 1;
          const controller = new AbortController();
          let cause: AbortCause | null = null;
          const abort = (why: AbortCause) => {
            cause ??= why;
            controller.abort();
          };
          const onCallerAbort = () => abort('caller');
          signal?.addEventListener('abort', onCallerAbort, { once: true });
          const deadline = setTimeout(() => abort('timeout'), timeoutMs);
          const stall = setTimeout(() => abort('stall'), stallTimeoutMs);
          try {
            const client = clients.get(candidate);
            if (!client) continue;
            const chunks = client.stream({
              model,
              system: request.system,
              messages: request.messages,
              maxOutputTokens,
              signal: controller.signal,
            });
            for await (const chunk of chunks) {
              // Re-arms the same timer: no new timer and closure for each of thousands of chunks.
              stall.refresh();
              if (chunk.usage) {
                reported = true;
                inputTokens = chunk.usage.inputTokens;
                outputTokens = chunk.usage.outputTokens;
              }
              if (chunk.text !== '') {
                delivered = true;
                streamedBytes += Buffer.byteLength(chunk.text, 'utf8');
                yield { type: 'text', text: chunk.text };
              }
            }
            if (cause !== null) throw new Error('aborted');
            outcome = candidate === first ? 'ok' : 'fallback';
            break;
          } catch (error) {
            if (cause === 'caller' || signal?.aborted) throw new LlmCallAbortedError();
            const problem = scrubbed(
              cause === 'timeout' || cause === 'stall'
                ? timeoutFailure(candidate, model, cause, cause === 'stall' ? stallTimeoutMs : timeoutMs)
                : error instanceof ProviderCallError
                  ? error
                  : new ProviderCallError(candidate, 'connection', `${candidate}: ${String(error)}`),
            );
            options.logger?.warn(
              { provider: candidate, model, failure: problem.failure, status: problem.status, attempt: attempts },
              `AI call attempt failed: ${problem.message}`,
            );
            if (!problem.retryable) throw new ProviderRequestError(problem);
            if (delivered) throw new StreamInterruptedError(problem);
            if (problem.retryAfterMs !== null && problem.retryAfterMs > maxRetryAfterMs) {
              givenUp.add(candidate);
              const seconds = Math.ceil(problem.retryAfterMs / 1000);
              failures.push(
                new ProviderCallError(
                  candidate,
                  problem.failure,
                  `${problem.message} (asked to retry after ${seconds} s, longer than AI_RETRY_AFTER_MAX_SECONDS=${env.AI_RETRY_AFTER_MAX_SECONDS})`,
                  problem.status,
                  problem.retryAfterMs,
                ),
              );
              continue;
            }
            failures.push(problem);
            if (problem.retryAfterMs !== null) retryAfterUntil.set(candidate, Date.now() + problem.retryAfterMs);
          } finally {
            clearTimeout(deadline);
            clearTimeout(stall);
            signal?.removeEventListener('abort', onCallerAbort);
            // Stops the upstream request when the caller stopped reading midway.
            controller.abort();
          }
        }
        if (outcome !== 'error') break;
      }
      if (outcome === 'error') throw new ProvidersUnavailableError(failures);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      if (error instanceof LlmCallAbortedError) outcome = 'aborted';
      throw error;
    } finally {
      // A caller that stops iterating midway ends here with neither success nor an error.
      if (outcome === 'error' && failure === null) outcome = 'aborted';
      // The provider reports usage only at the end of a reply. A call cut short after its request
      // went out is charged the input it sent and the output streamed so far, both estimated;
      // attempts the provider refused outright (an error status) cost nothing.
      if (!reported && (outcome === 'aborted' || delivered)) {
        inputTokens = inputEstimate;
        outputTokens = tokensForBytes(streamedBytes);
      }
      if (ledger && attempts > 0) {
        const record = ledger.record({
          userId,
          purpose: request.purpose,
          provider,
          model,
          inputTokens,
          outputTokens,
          costUsd: costUsd(model, inputTokens, outputTokens),
          latencyMs: performance.now() - started,
          outcome,
          attempts,
          error: failure?.message ?? (failures.length > 0 ? failures.map((item) => item.message).join('; ') : null),
          reservationId,
        });
        // A failed call reports its own error; a record that cannot be written must not hide it.
        if (failure === null) await record;
        else await record.catch(() => undefined);
      }
    }

    const latencyMs = performance.now() - started;
    yield {
      type: 'usage',
      usage: {
        provider,
        model,
        inputTokens,
        outputTokens,
        costUsd: costUsd(model, inputTokens, outputTokens),
        latencyMs,
        attempts,
        outcome: outcome === 'fallback' ? 'fallback' : 'ok',
      },
    };
  }

  const gateway: Gateway = {
    providers,
    stream,
    structured: (request) => structuredCall(gateway, request),
  };
  return gateway;
}
