/**
 * A failed call to Google's OAuth endpoints, carrying only what is safe to log and show: the
 * HTTP status (0 when Google could not be reached) and Google's error code. The library's own
 * error keeps the request it sent (for a refresh, the refresh token in the form body), so it is
 * never passed on, not even as a `cause`.
 */
export class GoogleOAuthError extends Error {
  override name = 'GoogleOAuthError';
  constructor(
    readonly operation: 'refresh' | 'exchange' | 'revoke' | 'verify',
    readonly status: number,
    readonly code: string,
  ) {
    super(`Google ${operation} failed: ${status === 0 ? 'Google could not be reached' : `${status} ${code}`}`);
  }

  /** Google refused the grant for good (revoked, expired, password changed): only a new consent helps. */
  get invalidGrant(): boolean {
    return this.code === 'invalid_grant';
  }

  /** Google did not answer, or answered 5xx or 429: worth trying again later. */
  get transient(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

interface GaxiosLike {
  status?: unknown;
  response?: { status?: unknown; data?: unknown };
}

function errorCode(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const error = (data as { error?: unknown }).error;
  if (typeof error === 'string') return error;
  // Google's JSON API errors: { error: { status: 'UNAUTHENTICATED', errors: [{ reason }] } }.
  if (typeof error === 'object' && error !== null) {
    const reason = (error as { errors?: { reason?: unknown }[] }).errors?.[0]?.reason;
    if (typeof reason === 'string') return reason;
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'string') return status;
  }
  return undefined;
}

/** Turns whatever google-auth-library threw into a GoogleOAuthError (the original is dropped). */
export function toGoogleOAuthError(operation: GoogleOAuthError['operation'], error: unknown): GoogleOAuthError {
  if (error instanceof GoogleOAuthError) return error;
  const gaxios = (typeof error === 'object' && error !== null ? error : {}) as GaxiosLike;
  const status = typeof gaxios.response?.status === 'number' ? gaxios.response.status : typeof gaxios.status === 'number' ? gaxios.status : 0;
  const code = errorCode(gaxios.response?.data) ?? (status === 0 ? 'unreachable' : 'http_error');
  return new GoogleOAuthError(operation, status, code);
}

/** The connection cannot be used until the person connects again (revoked, `invalid_grant`). */
export class GoogleDisconnectedError extends Error {
  override name = 'GoogleDisconnectedError';
  constructor(
    readonly connectionId: string,
    readonly reason: string,
  ) {
    super(`Google connection ${connectionId} is disconnected (${reason})`);
  }
}
