import type { ConfigProblem } from './config-error.ts';

/**
 * Problems with where a web server takes client addresses from (rate limits key on them).
 * Behind a reverse proxy every request arrives from the proxy's address, so without
 * ADDRESS_HEADER all clients would count as one; a public (https) deployment must therefore
 * say which it is. Works on the raw environment, so it can report alongside schema errors.
 */
export function clientAddressProblems(input: Record<string, unknown>): ConfigProblem[] {
  const { PUBLIC_APP_URL, TRUSTED_PROXY, ADDRESS_HEADER } = input;
  if (TRUSTED_PROXY === 'header' && ADDRESS_HEADER === undefined) {
    return [{ key: 'ADDRESS_HEADER', message: 'is required when TRUSTED_PROXY=header (e.g. x-forwarded-for)' }];
  }
  if (TRUSTED_PROXY === 'none' && ADDRESS_HEADER !== undefined) {
    return [{ key: 'ADDRESS_HEADER', message: 'must be unset when TRUSTED_PROXY=none (clients connect directly)' }];
  }
  const https = typeof PUBLIC_APP_URL === 'string' && PUBLIC_APP_URL.startsWith('https:');
  if (https && TRUSTED_PROXY === undefined && ADDRESS_HEADER === undefined) {
    return [
      {
        key: 'TRUSTED_PROXY',
        message:
          'is required when PUBLIC_APP_URL is https: behind a reverse proxy set TRUSTED_PROXY=header and ADDRESS_HEADER (e.g. x-forwarded-for, with XFF_DEPTH); without one set TRUSTED_PROXY=none',
      },
    ];
  }
  return [];
}
