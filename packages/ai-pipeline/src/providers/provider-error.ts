import type { HostedProvider } from './provider.ts';

/**
 * Why a provider call failed, in the terms the gateway decides on: `rate_limit`, `server`,
 * `timeout` and `connection` are worth another attempt (here or at the other provider);
 * `request` (400, 401, 403, 404, 422 …) would fail the same way again.
 */
export type ProviderFailure = 'rate_limit' | 'server' | 'timeout' | 'connection' | 'request';

export class ProviderCallError extends Error {
  override readonly name = 'ProviderCallError';

  constructor(
    readonly provider: HostedProvider,
    readonly failure: ProviderFailure,
    message: string,
    readonly status: number | null = null,
    /** What the provider asked for in retry-after / retry-after-ms, when it did. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }

  get retryable(): boolean {
    return this.failure !== 'request';
  }
}

/** Reads retry-after-ms, or retry-after as seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | null {
  const milliseconds = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers?.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** The shape both SDKs' APIError share, so one function classifies either. */
interface SdkError {
  status?: number | undefined;
  headers?: Headers | undefined;
  message: string;
}

export function classifySdkError(
  provider: HostedProvider,
  error: SdkError,
  kind: { timeout: boolean; connection: boolean },
): ProviderCallError {
  const status = error.status ?? null;
  const message = `${provider}: ${error.message}`;
  if (kind.timeout) return new ProviderCallError(provider, 'timeout', message);
  if (kind.connection || status === null) return new ProviderCallError(provider, 'connection', message);
  if (status === 429) return new ProviderCallError(provider, 'rate_limit', message, status, retryAfterMs(error.headers));
  // 408 (request timeout) and 409 (lock conflict) are transient too, as both SDKs treat them.
  if (status >= 500 || status === 408 || status === 409) {
    return new ProviderCallError(provider, 'server', message, status, retryAfterMs(error.headers));
  }
  return new ProviderCallError(provider, 'request', message, status);
}
