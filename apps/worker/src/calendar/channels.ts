import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { googleChannelSchema } from '@ordo/google';
import type { Db } from '@ordo/supabase-client';
import type { calendar_v3 } from 'googleapis';
import { googleStatus } from './google-errors.ts';

/** Where Google posts push notifications; null when push cannot be used (no https PUBLIC_APP_URL). */
export interface CalendarWebhook {
  address: string;
}

export const CALENDAR_WEBHOOK_PATH = '/webhooks/google/calendar';
/** A channel this close to its end is replaced (Google's channels last about a week). */
export const CHANNEL_RENEW_BEFORE_MS = 24 * 3_600_000;
// Until Google answers with the channel's real end; Google's default lifetime.
const PROVISIONAL_LIFETIME_MS = 7 * 24 * 3_600_000;

/**
 * The webhook address push channels use: only an https PUBLIC_APP_URL the operator set, since
 * Google delivers to https only and a guessed local address is unreachable from Google.
 */
export function calendarWebhook(env: { PUBLIC_APP_URL: string; PUBLIC_APP_URL_IS_SET: boolean }): CalendarWebhook | null {
  if (!env.PUBLIC_APP_URL_IS_SET) return null;
  const url = new URL(env.PUBLIC_APP_URL);
  if (url.protocol !== 'https:') return null;
  return { address: `${url.origin}${url.pathname.replace(/\/$/, '')}${CALENDAR_WEBHOOK_PATH}` };
}

/** SHA-256 of a channel token: all the database keeps of it. */
export const channelTokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest();

export interface ChannelCalendar {
  id: string;
  user_id: string;
  google_calendar_id: string;
}

export type ChannelOutcome = 'live' | 'created' | 'renewed';

interface LiveChannel {
  id: string;
  resource_id: string | null;
  expires_at: Date;
}

/**
 * Makes sure a calendar has a live push channel that lasts beyond the renewal margin. A new one
 * is recorded (token digest) before events.watch is called, so the confirmation Google posts at
 * once finds it; the channels it replaces are stopped only after it exists, so no change goes
 * unannounced in between.
 */
export async function ensureCalendarChannel(
  api: calendar_v3.Calendar,
  db: Db,
  calendar: ChannelCalendar,
  webhook: CalendarWebhook,
  now: Date,
): Promise<ChannelOutcome> {
  const live = await db.asService(
    (tx) => tx<LiveChannel[]>`
      select id, resource_id, expires_at from public.calendar_channels
      where calendar_id = ${calendar.id} and stopped_at is null and expires_at > ${now}
      order by expires_at desc`,
  );
  if (live[0] && live[0].expires_at.getTime() - now.getTime() > CHANNEL_RENEW_BEFORE_MS) return 'live';

  const id = randomUUID();
  const token = randomBytes(32).toString('base64url');
  await db.asService(
    (tx) => tx`
      insert into public.calendar_channels (id, user_id, calendar_id, token_hash, expires_at)
      values (${id}, ${calendar.user_id}, ${calendar.id}, ${channelTokenHash(token)}, ${new Date(now.getTime() + PROVISIONAL_LIFETIME_MS)})`,
  );
  try {
    const response = await api.events.watch(
      { calendarId: calendar.google_calendar_id, requestBody: { id, type: 'web_hook', address: webhook.address, token } },
      { retry: false },
    );
    const channel = googleChannelSchema.parse(response.data);
    await db.asService(
      (tx) => tx`
        update public.calendar_channels set resource_id = ${channel.resourceId}, expires_at = ${new Date(channel.expiration)}
        where id = ${id}`,
    );
  } catch (error) {
    await db.asService((tx) => tx`delete from public.calendar_channels where id = ${id}`);
    throw error;
  }
  for (const old of live) await stopChannel(api, db, old);
  return live.length > 0 ? 'renewed' : 'created';
}

/**
 * Stops a channel at Google (one Google no longer knows counts as stopped) and marks it stopped.
 * `api` null: the connection is gone, so only the mark is made; the channel ends at its expiry.
 */
export async function stopChannel(api: calendar_v3.Calendar | null, db: Db, channel: { id: string; resource_id: string | null }): Promise<void> {
  if (api && channel.resource_id) {
    try {
      await api.channels.stop({ requestBody: { id: channel.id, resourceId: channel.resource_id } }, { retry: false });
    } catch (error) {
      if (googleStatus(error) !== 404) throw error;
    }
  }
  await db.asService((tx) => tx`update public.calendar_channels set stopped_at = now() where id = ${channel.id} and stopped_at is null`);
}
