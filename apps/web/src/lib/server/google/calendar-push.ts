import { createHash, timingSafeEqual } from 'node:crypto';
import { calendarSyncDedupKey } from '@ordo/shared-types';
import { enqueue } from '@ordo/supabase-client';
import { z } from 'zod';
import { database } from '../db.ts';
import { log } from '../logger.ts';
import { rateLimiter } from '../rate-limit/app-rate-limiter.ts';

export const CALENDAR_PUSH_PATH = '/webhooks/google/calendar';

/**
 * Google's calendar push posts from Google's servers with no session, no Origin and no body: the
 * channel id and token are its whole protection, checked by the route before anything else.
 */
export const isCalendarPush = (pathname: string) => pathname === CALENDAR_PUSH_PATH;

// A live channel hears of each change once; Google does not send hundreds a minute for one
// calendar, and a sync is enqueued at most once while one waits anyway.
const PUSHES_PER_MINUTE = 120;

const headersSchema = z.object({
  channelId: z.uuid(),
  token: z.string().min(1).max(256),
  state: z.string().max(32),
});

export type CalendarPushOutcome = 'refused' | 'limited' | 'acknowledged' | 'enqueued';

interface LiveChannel {
  calendar_id: string;
  user_id: string | null;
  token_hash: Buffer;
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/**
 * Answers one push: refused unless X-Goog-Channel-ID names a live channel (not stopped, not
 * expired) whose token digest matches X-Goog-Channel-Token (constant-time); `sync` (the channel's
 * confirmation) is only acknowledged; `exists` / `not_exists` enqueue the calendar's sync under its
 * dedup key (so a burst of pushes is one sync). One indexed read, then at most one insert.
 */
export async function handleCalendarPush(headers: Headers, requestId: string): Promise<CalendarPushOutcome> {
  const parsed = headersSchema.safeParse({
    channelId: headers.get('x-goog-channel-id') ?? undefined,
    token: headers.get('x-goog-channel-token') ?? undefined,
    state: headers.get('x-goog-resource-state') ?? '',
  });
  if (!parsed.success) {
    log().warn({ requestId, reason: 'missing or malformed X-Goog-Channel-ID / X-Goog-Channel-Token' }, 'calendar push refused');
    return 'refused';
  }
  const { channelId, token, state } = parsed.data;
  const limit = await rateLimiter().hit(`google_push:channel:${channelId}`, PUSHES_PER_MINUTE, 60_000);
  if (!limit.allowed) return 'limited';
  return database().asService(async (tx) => {
    const [channel] = await tx<LiveChannel[]>`
      select calendar_id, user_id, token_hash from public.calendar_channels
      where id = ${channelId} and stopped_at is null and expires_at > now() and calendar_id is not null`;
    const expected = channel?.token_hash;
    if (!channel || !expected || expected.length !== 32 || !timingSafeEqual(expected, digest(token))) {
      log().warn({ requestId, channelId, reason: channel ? 'wrong token' : 'no live channel with this id' }, 'calendar push refused');
      return 'refused';
    }
    if (state === 'sync') return 'acknowledged';
    await enqueue(
      tx,
      'calendar.sync',
      { calendar_id: channel.calendar_id, reason: 'push' },
      { userId: channel.user_id, dedupKey: calendarSyncDedupKey(channel.calendar_id) },
    );
    return 'enqueued';
  });
}
