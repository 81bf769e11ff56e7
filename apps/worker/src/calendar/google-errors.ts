/**
 * How a failed Calendar call should be treated. googleapis throws GaxiosError: `status` and
 * Google's JSON error (`response.data.error`, with `errors[0].reason`) tell what happened; a
 * failed token refresh carries OAuth's `{ error: 'invalid_grant' }` instead.
 */

interface ErrorLike {
  status?: unknown;
  code?: unknown;
  message?: unknown;
  response?: { status?: unknown; data?: unknown };
}

export function googleStatus(error: unknown): number | undefined {
  const candidate = error as ErrorLike | null;
  const status = candidate?.status ?? candidate?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

export function googleReason(error: unknown): string | undefined {
  const data = (error as ErrorLike | null)?.response?.data as { error?: { errors?: { reason?: unknown }[] } | string } | undefined;
  if (typeof data?.error === 'string') return data.error;
  const reason = data?.error?.errors?.[0]?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** Google no longer accepts the sync token: list the whole window again. */
export const isSyncTokenGone = (error: unknown) => googleStatus(error) === 410;

/** The grant was revoked or expired: nothing works until the person connects again. */
export const isGrantGone = (error: unknown) => googleReason(error) === 'invalid_grant';

// Google answers "slow down" with 403 as well as 429.
const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded']);

/** Worth retrying later: rate limits, Google's own failures, and no answer at all. */
export function isTransient(error: unknown): boolean {
  const status = googleStatus(error);
  if (status === undefined) return !isGrantGone(error);
  if (status === 429 || status >= 500) return true;
  return status === 403 && RATE_REASONS.has(googleReason(error) ?? '');
}

/** A short description for logs and last_sync_error: status and reason, never tokens or bodies. */
export function describeGoogleError(error: unknown): string {
  const status = googleStatus(error);
  const reason = googleReason(error);
  if (status !== undefined) return `Google answered ${status}${reason ? ` (${reason})` : ''}`;
  if (reason) return `Google refused the credentials (${reason})`;
  const code = (error as ErrorLike | null)?.code;
  return typeof code === 'string' ? `could not reach Google (${code})` : 'could not reach Google';
}
