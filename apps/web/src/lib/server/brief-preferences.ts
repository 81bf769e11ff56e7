import { BRIEF_SECTIONS, type BriefPreferences, briefPreferencesSchema, formatZonedIso, nextBrief } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { database } from './db.ts';

/** Why the brief's email channel is off: repeated hard bounces, or the person's unsubscribe. */
export type EmailDisabledReason = 'bounced' | 'unsubscribed';

export interface BriefSettings {
  preferences: BriefPreferences;
  email: { enabled: boolean; disabled_reason: EmailDisabledReason | null; disabled_at: Date | null };
}

interface PreferencesRow extends BriefPreferences {
  email_enabled: boolean;
  email_disabled_reason: EmailDisabledReason | null;
  email_disabled_at: Date | null;
}

function toSettings(row: PreferencesRow): BriefSettings {
  const { email_enabled, email_disabled_reason, email_disabled_at, ...preferences } = row;
  return {
    preferences: briefPreferencesSchema.parse(preferences),
    email: { enabled: email_enabled, disabled_reason: email_disabled_reason, disabled_at: email_disabled_at },
  };
}

const columns = (tx: Tx) =>
  tx`enabled, send_time, weekdays, sections, weekly_day, max_lateness_minutes, email_enabled, email_disabled_reason, email_disabled_at`;

/** The person's brief settings and email channel state (every account has a row from sign-up on), through RLS. */
export async function getBriefSettings(userId: string): Promise<BriefSettings | null> {
  const [row] = await database().asUser(
    userId,
    (tx) => tx<PreferencesRow[]>`select ${columns(tx)} from public.brief_preferences where user_id = ${userId}`,
  );
  return row ? toSettings(row) : null;
}

/** Replaces the person's brief settings; weekdays are stored in order, sections in the brief's order. */
export async function saveBriefPreferences(userId: string, input: BriefPreferences): Promise<BriefSettings | null> {
  const weekdays = input.weekdays.toSorted((a, b) => a - b);
  const sections = BRIEF_SECTIONS.filter((section) => input.sections.includes(section));
  const [row] = await database().asUser(
    userId,
    (tx) => tx<PreferencesRow[]>`
      update public.brief_preferences
      set enabled = ${input.enabled}, send_time = ${input.send_time}, weekdays = ${weekdays}::smallint[],
          sections = ${sections}::text[], weekly_day = ${input.weekly_day}, max_lateness_minutes = ${input.max_lateness_minutes}
      where user_id = ${userId}
      returning ${columns(tx)}`,
  );
  return row ? toSettings(row) : null;
}

/** Turns the email channel back on after a bounce or an unsubscribe; the schedule and everything else stay as they are. */
export async function turnBriefEmailBackOn(userId: string): Promise<boolean> {
  const rows = await database().asUser(
    userId,
    (tx) => tx`
      update public.brief_preferences
      set email_enabled = true, email_disabled_reason = null, email_disabled_at = null
      where user_id = ${userId}
      returning user_id`,
  );
  return rows.length > 0;
}

/** When the next brief goes out, for the settings page: its kind and instant, also as the zone's wall clock. */
export function nextBriefAfter(preferences: BriefPreferences, timezone: string, now: Date): { kind: string; at: string; local: string } | null {
  const next = nextBrief({ user_id: '', email: '', timezone, preferences }, now);
  if (!next) return null;
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(next.send_at);
  return { kind: next.kind, at: formatZonedIso(next.send_at, timezone), local };
}
