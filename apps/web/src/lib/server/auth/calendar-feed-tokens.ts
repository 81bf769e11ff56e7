import { database } from '../db.ts';
import { hashToken, newToken } from './tokens.ts';

/** The person's live feed as settings show it; the URL itself is only known when it is created. */
export interface CalendarFeedState {
  id: string;
  created_at: Date;
  last_fetched_at: Date | null;
}

// Fetches are recorded at most this often: calendar apps poll every few minutes to hours, and a
// write per poll would buy nothing.
const FETCH_RECORD_INTERVAL = '1 hour';

export async function getCalendarFeed(userId: string): Promise<CalendarFeedState | null> {
  const [feed] = await database().asUser(
    userId,
    (tx) => tx<CalendarFeedState[]>`select id, created_at, last_fetched_at from public.ics_feeds where revoked_at is null`,
  );
  return feed ?? null;
}

/**
 * A new feed URL's token, returned this once (only its SHA-256 digest is stored). Any live feed
 * is revoked in the same transaction, so creating and regenerating are one operation and a
 * person never has two live URLs.
 */
export async function createCalendarFeed(userId: string): Promise<{ token: string; feed: CalendarFeedState }> {
  const token = newToken();
  const feed = await database().asUser(userId, async (tx) => {
    await tx`update public.ics_feeds set revoked_at = now() where revoked_at is null`;
    const [created] = await tx<CalendarFeedState[]>`
      insert into public.ics_feeds (user_id, token_hash) values (${userId}, ${hashToken(token)})
      returning id, created_at, last_fetched_at
    `;
    if (!created) throw new Error('ics feed insert returned no row');
    return created;
  });
  return { token, feed };
}

/** false when there was no live feed. Its URL answers 404 from now on. */
export async function revokeCalendarFeed(userId: string): Promise<boolean> {
  const rows = await database().asUser(userId, (tx) => tx`update public.ics_feeds set revoked_at = now() where revoked_at is null returning id`);
  return rows.length > 0;
}

/**
 * The owner of the live feed whose URL carries `token`, or null. Runs as the service role: the
 * request has no session, and the digest is the credential. The owner's tasks are then read as
 * the owner, under RLS.
 */
export async function calendarFeedOwner(token: string): Promise<string | null> {
  const [feed] = await database().asService(
    (tx) => tx<{ user_id: string }[]>`
      with found as (
        select id, user_id, last_fetched_at from public.ics_feeds
        where token_hash = ${hashToken(token)} and revoked_at is null
      ), recorded as (
        update public.ics_feeds f set last_fetched_at = now()
        from found
        where f.id = found.id and (found.last_fetched_at is null or found.last_fetched_at < now() - ${FETCH_RECORD_INTERVAL}::interval)
      )
      select user_id from found
    `,
  );
  return feed?.user_id ?? null;
}
