import type { RequestEvent } from '@sveltejs/kit';
import { isOwnOrigin } from '../request-origin.ts';
import { declaredTooLarge, JSON_BODY_MAX_BYTES } from './body.ts';
import { ApiError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function crossSite(event: RequestEvent): boolean {
  const origin = event.request.headers.get('origin');
  if (origin !== null) return !isOwnOrigin(event, origin);
  const site = event.request.headers.get('sec-fetch-site');
  return site !== null && site !== 'same-origin' && site !== 'none';
}

/**
 * Checks for /api requests before they reach an endpoint. A state-changing call that a
 * browser could send with the session cookie must come from this origin (CSRF); calls
 * with a bearer token are exempt, as no browser attaches one by itself. Sign-in and
 * sign-up carry no cookie yet, but a cross-site Origin is refused for them too (login CSRF).
 * A declared body over the JSON limit is refused before it is read.
 */
export function apiRequestProblem(event: RequestEvent): ApiError | null {
  if (Number(event.request.headers.get('content-length') ?? '0') > JSON_BODY_MAX_BYTES) return declaredTooLarge(event.request);
  if (SAFE_METHODS.has(event.request.method) || event.locals.session?.via === 'token') return null;
  if (crossSite(event)) return new ApiError(403, 'forbidden', 'cross-site request refused');
  if (event.locals.session?.via === 'cookie') {
    const origin = event.request.headers.get('origin');
    const site = event.request.headers.get('sec-fetch-site');
    if (origin === null && site === null) {
      return new ApiError(403, 'forbidden', 'cookie-authenticated requests must send Origin; API clients use a bearer token');
    }
  }
  return null;
}
