import type { Logger } from '@ordo/config';
import { calendarApi, connectionAuth, type GoogleDeps, GoogleDisconnectedError } from '@ordo/google';
import type { Sql, Tx } from '@ordo/supabase-client';
import type { calendar_v3 } from 'googleapis';
import { stopChannel } from './channels.ts';
import { describeGoogleError } from './google-errors.ts';

/** Stopped channels are kept this long (for looking into a webhook's 403s), then deleted. */
export const STOPPED_CHANNELS_KEPT_MS = 7 * 86_400_000;
/** Channels one run stops at most; the next tick takes the rest. */
const ORPHANS_PER_RUN = 500;

interface OrphanChannel {
  id: string;
  resource_id: string | null;
  user_id: string | null;
  /** The person's connection, when it exists and is active: the channel can be stopped at Google with it. */
  connection_id: string | null;
  /** Past its expiry: Google has forgotten it already. */
  expired: boolean;
}

/**
 * Live channels nothing needs: the calendar was removed or turned off, the connection is
 * disconnected or gone, the channel has expired, or a newer channel of the same calendar replaced
 * it (a renewal whose stop failed).
 */
function orphanChannels(sql: Sql | Tx, now: Date, limit: number) {
  return sql<OrphanChannel[]>`
    select ch.id, ch.resource_id, ch.user_id, case when gc.status = 'active' then gc.id end as connection_id,
      ch.expires_at <= ${now} as expired
    from public.calendar_channels ch
    left join public.calendars c on c.id = ch.calendar_id
    left join public.google_connections gc on gc.user_id = ch.user_id
    where ch.stopped_at is null
      and (c.id is null or c.sync_mode = 'off' or gc.id is null or gc.status <> 'active' or ch.expires_at <= ${now}
        or exists (
          select 1 from public.calendar_channels newer
          where newer.calendar_id = ch.calendar_id and newer.stopped_at is null and newer.expires_at > ch.expires_at))
    order by ch.expires_at
    limit ${limit}`;
}

/** Whether the channel schedule has anything for calendar.stop_channels to do. */
export async function channelsToStopOrForget(tx: Tx, now: Date): Promise<boolean> {
  const [orphan] = await orphanChannels(tx, now, 1);
  if (orphan) return true;
  const [old] = await tx`
    select 1 from public.calendar_channels where stopped_at < ${new Date(now.getTime() - STOPPED_CHANNELS_KEPT_MS)} limit 1`;
  return old !== undefined;
}

export interface StoppedChannels {
  stopped: number;
  failed: number;
  forgotten: number;
}

/**
 * Stops orphan channels at Google (with the person's connection while it works; otherwise only
 * marked stopped, and Google ends them at their expiry), then deletes channels stopped more than
 * STOPPED_CHANNELS_KEPT_MS ago. A channel that cannot be stopped now is left for the next run.
 */
export async function stopOrphanChannels(google: GoogleDeps, now: Date, log: Logger): Promise<StoppedChannels> {
  const orphans = await google.db.asService((tx) => orphanChannels(tx, now, ORPHANS_PER_RUN));
  const apis = new Map<string, Promise<calendar_v3.Calendar | null>>();
  const apiFor = (connectionId: string) => {
    let api = apis.get(connectionId);
    if (!api) {
      api = connectionAuth(google, connectionId).then(
        ({ auth }) => calendarApi(google.config, auth),
        (error: unknown) => {
          if (error instanceof GoogleDisconnectedError) return null;
          throw error;
        },
      );
      apis.set(connectionId, api);
    }
    return api;
  };
  let stopped = 0;
  let failed = 0;
  for (const orphan of orphans) {
    try {
      const api = orphan.expired || !orphan.connection_id ? null : await apiFor(orphan.connection_id);
      await stopChannel(api, google.db, orphan);
      stopped += 1;
    } catch (error) {
      failed += 1;
      log.warn({ channel_id: orphan.id, reason: describeGoogleError(error) }, 'could not stop a calendar push channel; the next run tries again');
    }
  }
  const forgotten = await google.db.asService(
    (tx) => tx`delete from public.calendar_channels where stopped_at < ${new Date(now.getTime() - STOPPED_CHANNELS_KEPT_MS)}`,
  );
  return { stopped, failed, forgotten: forgotten.count };
}
