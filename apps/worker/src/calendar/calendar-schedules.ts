import { type CalendarSyncPayload, calendarSyncDedupKey } from '@ordo/shared-types';
import { type EnqueueRequest, enqueueMany, type Tx } from '@ordo/supabase-client';
import type { Schedule, ScheduleTick } from '../queue/scheduler.ts';
import { CHANNEL_RENEW_BEFORE_MS } from './channels.ts';
import { channelsToStopOrForget } from './orphan-channels.ts';

export const CALENDAR_CHANNELS_SCHEDULE_NAME = 'calendar.channels';
export const CALENDAR_POLL_SCHEDULE_NAME = 'calendar.poll';
export const CALENDAR_BACKSTOP_SCHEDULE_NAME = 'calendar.backstop';

interface SyncedCalendar {
  id: string;
  user_id: string;
}

/**
 * Enqueues calendar.sync for each calendar under its own dedup key, in the tick's transaction. It
 * goes straight to the queue rather than through the tick's job list: the schedule's key memory
 * would refuse a calendar's key for a week, whereas the queue's dedup only merges it with a sync
 * already waiting or running (a push, the other schedule), which is what is wanted here.
 */
async function enqueueCalendarSyncs(tx: Tx, calendars: readonly SyncedCalendar[], reason: CalendarSyncPayload['reason']): Promise<[]> {
  const requests: EnqueueRequest<'calendar.sync'>[] = calendars.map((calendar) => ({
    type: 'calendar.sync',
    payload: { calendar_id: calendar.id, reason },
    userId: calendar.user_id,
    dedupKey: calendarSyncDedupKey(calendar.id),
  }));
  await enqueueMany(tx, requests);
  return [];
}

// Calendars Ordo keeps a copy of: shown or busy-only, on a connection that works.
const synced = (tx: Tx) => tx`
  c.sync_mode in ('show', 'busy')
  and exists (select 1 from public.google_connections gc where gc.id = c.connection_id and gc.status = 'active')`;

const liveChannelUntil = (tx: Tx, after: Date) => tx`
  exists (select 1 from public.calendar_channels ch where ch.calendar_id = c.id and ch.stopped_at is null and ch.expires_at > ${after})`;

/**
 * Channel upkeep, hourly. A calendar whose newest live channel ends within CHANNEL_RENEW_BEFORE_MS
 * gets a sync (reason 'renewal'): after it, the sync opens a new channel and then stops the old
 * one. When some channel is an orphan, or was stopped over a week ago, one calendar.stop_channels
 * job deals with them.
 */
export async function calendarChannelJobs({ at, tx }: ScheduleTick): Promise<EnqueueRequest[]> {
  const expiring = await tx<SyncedCalendar[]>`
    select c.id, c.user_id from public.calendars c
    where ${synced(tx)} and ${liveChannelUntil(tx, at)}
      and not ${liveChannelUntil(tx, new Date(at.getTime() + CHANNEL_RENEW_BEFORE_MS))}`;
  await enqueueCalendarSyncs(tx, expiring, 'renewal');
  return (await channelsToStopOrForget(tx, at)) ? [{ type: 'calendar.stop_channels', payload: {} }] : [];
}

/**
 * After downtime the catch-up tick renews what is due; a channel that expired meanwhile leaves
 * its calendar to polling until its next sync opens a new one.
 */
export const calendarChannelSchedule: Schedule = {
  name: CALENDAR_CHANNELS_SCHEDULE_NAME,
  cron: '7 * * * *',
  jobs: calendarChannelJobs,
  missed: 'latest',
};

/** Polling, for calendars without a live push channel (no public https address, or a channel that failed). */
export async function calendarPollJobs({ at, tx }: ScheduleTick): Promise<[]> {
  const unwatched = await tx<SyncedCalendar[]>`
    select c.id, c.user_id from public.calendars c where ${synced(tx)} and not ${liveChannelUntil(tx, at)}`;
  return enqueueCalendarSyncs(tx, unwatched, 'poll');
}

/** Every `minutes` (GOOGLE_SYNC_POLL_MINUTES); a missed tick is skipped, the next one polls the same. */
export function calendarPollSchedule(minutes: number): Schedule {
  return { name: CALENDAR_POLL_SCHEDULE_NAME, cron: minutes >= 60 ? '0 * * * *' : `*/${minutes} * * * *`, jobs: calendarPollJobs, missed: 'skip' };
}

/** Every synced calendar, channel or not: a push Google never delivered is caught within 6 hours. */
export async function calendarBackstopJobs({ tx }: ScheduleTick): Promise<[]> {
  const calendars = await tx<SyncedCalendar[]>`select c.id, c.user_id from public.calendars c where ${synced(tx)}`;
  return enqueueCalendarSyncs(tx, calendars, 'poll');
}

/** Every 6 hours; a missed tick is skipped (the next one, or polling, covers it). */
export const calendarBackstopSchedule: Schedule = {
  name: CALENDAR_BACKSTOP_SCHEDULE_NAME,
  cron: '23 */6 * * *',
  jobs: calendarBackstopJobs,
  missed: 'skip',
};
