// Routes whose next path segment is a secret (a live link sent by mail, a calendar feed's URL).
const SECRET_AFTER = new Set(['reset-password', 'verify-email', 'unsubscribe', 'feed']);
// Also any segment shaped like one of our tokens (newToken: 43 base64url characters), so a
// route added later with a token in its path is covered too. UUIDs are ids, not secrets.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,}$/;
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const REDACTED = '[redacted]';

/** A request path fit for logs: token segments replaced by `[redacted]`. */
export function redactPath(pathname: string): string {
  const segments = pathname.split('/');
  return segments
    .map((segment, index) => {
      const afterSecretRoute = index > 0 && SECRET_AFTER.has(segments[index - 1] ?? '');
      const tokenShaped = TOKEN_SHAPE.test(segment) && !UUID_SHAPE.test(segment);
      return segment !== '' && (afterSecretRoute || tokenShaped) ? REDACTED : segment;
    })
    .join('/');
}
