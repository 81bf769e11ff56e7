import { type CalendarChoices, type CalendarSyncMode, calendarIsWritable, calendarSyncDedupKey } from '@ordo/shared-types';
import { enqueueMany } from '@ordo/supabase-client';
import { database } from '../db.ts';
import { FieldError } from '../field-error.ts';

export interface GoogleConnectionView {
  google_email: string | null;
  status: 'active' | 'disconnected';
  disconnected_reason: string | null;
  disconnected_at: Date | null;
}

export interface CalendarView {
  id: string;
  summary: string | null;
  color: string | null;
  access_role: string | null;
  is_primary: boolean;
  sync_mode: CalendarSyncMode;
  is_task_target: boolean;
  writable: boolean;
  last_synced_at: Date | null;
  last_sync_error: string | null;
}

/** The person's connection and calendars, as they may read them (no tokens, no sync state). */
export async function googleCalendarSettings(userId: string): Promise<{ connection: GoogleConnectionView | null; calendars: CalendarView[] }> {
  const [connections, calendars] = await database().readAsUser(userId, (tx) => [
    tx<GoogleConnectionView[]>`select google_email, status, disconnected_reason, disconnected_at from public.google_connections`,
    tx<Omit<CalendarView, 'writable'>[]>`
      select id, summary, color, access_role, is_primary, sync_mode, is_task_target, last_synced_at, last_sync_error
      from public.calendars
      order by is_primary desc, lower(coalesce(summary, '')), id`,
  ] as const);
  return {
    connection: connections[0] ?? null,
    calendars: calendars.map((calendar) => ({ ...calendar, writable: calendarIsWritable(calendar.access_role) })),
  };
}

/** Whether the person's Google connection stopped working (for the banner on every page). */
export async function googleConnectionBroken(userId: string): Promise<boolean> {
  const [row] = await database().asUser(userId, (tx) => tx`select 1 from public.google_connections where status = 'disconnected'`);
  return row !== undefined;
}

/**
 * Applies the settings form in one transaction, as the person: each calendar's mode, and which
 * calendar receives scheduled tasks (one Ordo may write to, or none). A calendar turned to show or
 * busy gets a full sync queued; one turned off loses its copied events (a trigger does that, since
 * people may not delete events themselves). Returns how many calendars changed.
 */
export async function saveCalendarChoices(userId: string, choices: CalendarChoices): Promise<number> {
  return database().asUser(userId, async (tx) => {
    const calendars = await tx<{ id: string; sync_mode: CalendarSyncMode; is_task_target: boolean; access_role: string | null }[]>`
      select id, sync_mode, is_task_target, access_role from public.calendars for update`;
    const byId = new Map(calendars.map((calendar) => [calendar.id, calendar]));
    for (const id of Object.keys(choices.modes)) {
      if (!byId.has(id)) throw new FieldError('modes', 'one of these calendars is no longer connected; reload the page');
    }
    const target = choices.task_target === null ? null : byId.get(choices.task_target);
    if (choices.task_target !== null && !target) throw new FieldError('task_target', 'that calendar is no longer connected; reload the page');
    if (target && !calendarIsWritable(target.access_role)) {
      throw new FieldError('task_target', 'Ordo may only read that calendar: choose one you can edit');
    }

    let changed = 0;
    const toSync: string[] = [];
    for (const [id, mode] of Object.entries(choices.modes)) {
      if (byId.get(id)?.sync_mode === mode) continue;
      await tx`update public.calendars set sync_mode = ${mode} where id = ${id}`;
      changed += 1;
      if (mode !== 'off') toSync.push(id);
    }
    const currentTarget = calendars.find((calendar) => calendar.is_task_target);
    if (currentTarget?.id !== target?.id) {
      // One target per person (a unique index): the old one lets go first.
      if (currentTarget) await tx`update public.calendars set is_task_target = false where id = ${currentTarget.id}`;
      if (target) await tx`update public.calendars set is_task_target = true where id = ${target.id}`;
      changed += 1;
    }
    await enqueueMany(
      tx,
      toSync.map((calendarId) => ({
        type: 'calendar.sync' as const,
        payload: { calendar_id: calendarId, full: true, reason: 'settings' as const },
        userId,
        dedupKey: calendarSyncDedupKey(calendarId),
      })),
    );
    return changed;
  });
}
