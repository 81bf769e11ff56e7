import { type NotificationPreferences, notificationPreferencesSchema } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { database } from './db.ts';
import { requireSmsOnPlan } from './usage-limits/plan-limits.ts';

interface PreferencesRow extends Omit<NotificationPreferences, 'quiet_hours'> {
  quiet_start: string | null;
  quiet_end: string | null;
}

function toPreferences({ quiet_start, quiet_end, ...row }: PreferencesRow): NotificationPreferences {
  return notificationPreferencesSchema.parse({ ...row, quiet_hours: quiet_start && quiet_end ? { start: quiet_start, end: quiet_end } : null });
}

const columns = (tx: Tx) =>
  tx`sms_enabled, push_enabled, brief_ready, task_due_soon, due_soon_minutes, event_soon, event_soon_minutes,
     overdue_digest, overdue_digest_time, quiet_start, quiet_end, daily_sms_cap`;

/** The person's alert settings (every account has a row from sign-up on), through RLS. */
export async function getNotificationPreferences(userId: string): Promise<NotificationPreferences | null> {
  const [row] = await database().asUser(
    userId,
    (tx) => tx<PreferencesRow[]>`select ${columns(tx)} from public.notification_preferences where user_id = ${userId}`,
  );
  return row ? toPreferences(row) : null;
}

/**
 * Replaces the person's alert settings, through RLS and the column grants. With billing on, SMS
 * alerts cannot be turned on with a plan without text messages: 402 (ApiError) saying so, and
 * nothing saved. SMS left on from the trial does not block saving the rest (the worker sends none).
 */
export async function saveNotificationPreferences(userId: string, input: NotificationPreferences): Promise<NotificationPreferences | null> {
  const [row] = await database().asUser(userId, async (tx) => {
    if (input.sms_enabled) {
      const [current] = await tx<{ sms_enabled: boolean }[]>`
        select sms_enabled from public.notification_preferences where user_id = ${userId} for update`;
      if (current && !current.sms_enabled) await requireSmsOnPlan(userId);
    }
    return tx<PreferencesRow[]>`
      update public.notification_preferences
      set sms_enabled = ${input.sms_enabled}, push_enabled = ${input.push_enabled}, brief_ready = ${input.brief_ready},
          task_due_soon = ${input.task_due_soon}, due_soon_minutes = ${input.due_soon_minutes},
          event_soon = ${input.event_soon}, event_soon_minutes = ${input.event_soon_minutes},
          overdue_digest = ${input.overdue_digest}, overdue_digest_time = ${input.overdue_digest_time},
          quiet_start = ${input.quiet_hours?.start ?? null}, quiet_end = ${input.quiet_hours?.end ?? null},
          daily_sms_cap = ${input.daily_sms_cap}
      where user_id = ${userId}
      returning ${columns(tx)}`;
  });
  return row ? toPreferences(row) : null;
}

/** Whether SMS alerts can reach the person: a phone on file, and verified. */
export interface SmsPhoneState {
  phone: boolean;
  verified: boolean;
}

export async function getSmsPhoneState(userId: string): Promise<SmsPhoneState> {
  const [row] = await database().asUser(
    userId,
    (tx) => tx<{ verified_at: Date | null }[]>`select verified_at from public.user_phones where user_id = ${userId}`,
  );
  return { phone: row !== undefined, verified: Boolean(row?.verified_at) };
}
