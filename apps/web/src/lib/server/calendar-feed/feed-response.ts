import { createHash } from 'node:crypto';
import { calendarFeedOwner } from '../auth/calendar-feed-tokens.ts';
import { hashToken } from '../auth/tokens.ts';
import { database } from '../db.ts';
import { writeFeedCalendar } from './feed-calendar.ts';
import { readFeedEvents } from './feed-events.ts';
import { limitFeedFetch } from './feed-rate-limit.ts';

// Feed tokens are newToken()s: 43 base64url characters.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
export const FEED_NAME = 'Ordo tasks';

// Unknown, malformed and revoked URLs all get this same answer: nothing tells them apart.
const notFound = () => new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/**
 * The answer to GET /calendar/feed/<token>.ics: the owner's tasks as iCalendar, or 404. Clients
 * revalidate every time (no-cache) with the ETag, and a revoked URL stops working at once;
 * `private` keeps shared caches from holding a copy of a secret URL's content.
 */
export async function calendarFeedResponse(
  request: Request,
  token: string,
  address: string,
  at: { uidHost: string; origin: string },
  now = new Date(),
): Promise<Response> {
  if (!TOKEN_SHAPE.test(token)) return notFound();
  const retryAfter = await limitFeedFetch(address, hashToken(token).toString('base64url'));
  if (retryAfter !== null) {
    return new Response('Too many requests\n', {
      status: 429,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(retryAfter), 'cache-control': 'no-store' },
    });
  }
  const ownerId = await calendarFeedOwner(token);
  if (!ownerId) return notFound();
  const [owner] = await database().asUser(ownerId, (tx) => tx<{ timezone: string }[]>`select timezone from public.users where id = ${ownerId}`);
  if (!owner) return notFound();

  const body = writeFeedCalendar(await readFeedEvents(database(), { id: ownerId, timezone: owner.timezone }, at, now), FEED_NAME);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = {
    'content-type': 'text/calendar; charset=utf-8',
    'cache-control': 'private, no-cache',
    etag,
    'content-disposition': 'inline; filename="ordo.ics"',
    'x-robots-tag': 'noindex',
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
