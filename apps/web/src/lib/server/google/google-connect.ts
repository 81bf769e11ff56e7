import {
  type CalendarListEntry,
  calendarApi,
  connectionAuth,
  type GoogleDeps,
  type GoogleTokens,
  listCalendars,
  missingCalendarScopes,
  saveGoogleConnection,
} from '@ordo/google';
import { calendarIsWritable, calendarSyncDedupKey } from '@ordo/shared-types';
import { enqueueMany, type Tx } from '@ordo/supabase-client';
import { database } from '../db.ts';
import type { GoogleIdentity } from './google-identity.ts';

export type ConnectOutcome = 'connected' | 'scopes_missing' | 'no_refresh_token';

/**
 * Saves a new calendar grant as the person's connection (tokens sealed), reads their calendar
 * list and stores it, and queues a sync of every calendar they use. A grant whose calendar
 * permissions were unticked on the consent screen is not saved.
 */
export async function connectGoogleCalendar(deps: GoogleDeps, userId: string, tokens: GoogleTokens, identity: GoogleIdentity): Promise<ConnectOutcome> {
  if (missingCalendarScopes(tokens.scope).length > 0) return 'scopes_missing';
  const [existing] = await database().asService(
    (tx) => tx`select 1 from public.google_connections where user_id = ${userId} and google_subject = ${identity.subject}`,
  );
  // Without a refresh token (and none stored for this Google account) the grant dies within the hour.
  if (!tokens.refresh_token && !existing) return 'no_refresh_token';
  const connectionId = await saveGoogleConnection(deps, {
    userId,
    googleSubject: identity.subject,
    googleEmail: identity.email,
    scopes: (tokens.scope ?? '').split(/\s+/).filter(Boolean),
    tokens,
  });
  const { auth } = await connectionAuth(deps, connectionId);
  const entries = await listCalendars(await calendarApi(deps.config, auth));
  await database().asService((tx) => storeCalendarList(tx, userId, connectionId, entries));
  return 'connected';
}

/**
 * Brings the stored calendars in line with Google's list: new ones arrive shown when primary and
 * off otherwise (the primary one, when Ordo may write to it, receives scheduled tasks unless another
 * calendar does already), known ones keep the person's choices, gone ones are removed with their
 * events. Every calendar in use gets a sync queued (deduplicated per calendar).
 */
async function storeCalendarList(tx: Tx, userId: string, connectionId: string, entries: readonly CalendarListEntry[]): Promise<void> {
  await tx`
    delete from public.calendars
    where connection_id = ${connectionId} and google_calendar_id <> all(${entries.map((entry) => entry.id)}::text[])`;
  const [target] = await tx<{ exists: boolean }[]>`
    select exists (select 1 from public.calendars where user_id = ${userId} and is_task_target)`;
  let hasTarget = target?.exists === true;
  const used: string[] = [];
  for (const entry of entries) {
    const primary = entry.primary === true;
    const becomesTarget = primary && !hasTarget && calendarIsWritable(entry.accessRole);
    hasTarget ||= becomesTarget;
    const [row] = await tx<{ id: string; sync_mode: string }[]>`
      insert into public.calendars (user_id, connection_id, google_calendar_id, summary, time_zone, color, access_role, is_primary,
        sync_mode, is_task_target)
      values (${userId}, ${connectionId}, ${entry.id}, ${(entry.summaryOverride ?? entry.summary ?? null)?.slice(0, 1000) ?? null},
        ${entry.timeZone ?? null}, ${entry.backgroundColor ?? null}, ${entry.accessRole}, ${primary},
        ${primary ? 'show' : 'off'}, ${becomesTarget})
      on conflict (connection_id, google_calendar_id) do update set
        summary = excluded.summary, time_zone = excluded.time_zone, color = excluded.color, access_role = excluded.access_role,
        is_primary = excluded.is_primary,
        is_task_target = public.calendars.is_task_target and excluded.access_role in ('owner', 'writer')
      returning id, sync_mode`;
    if (row && row.sync_mode !== 'off') used.push(row.id);
  }
  await enqueueMany(
    tx,
    used.map((calendarId) => ({
      type: 'calendar.sync' as const,
      payload: { calendar_id: calendarId, full: false, reason: 'connected' as const },
      userId,
      dedupKey: calendarSyncDedupKey(calendarId),
    })),
  );
}
