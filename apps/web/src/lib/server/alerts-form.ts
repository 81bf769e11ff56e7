import { type NotificationPreferences, notificationPreferencesSchema } from '@ordo/shared-types';
import type { AlertsFormValues } from '../forms/alerts-form-values.ts';
import { fieldErrors } from './zod-fields.ts';

export type AlertsFormResult =
  | { ok: true; input: NotificationPreferences }
  | { ok: false; values: AlertsFormValues; errors: Record<string, string> };

// What the quiet-hours times show while quiet hours are off: a night, ready to tick.
const SUGGESTED_QUIET_HOURS = { start: '22:00', end: '07:00' };

/** The form's values for saved preferences. */
export function alertsFormValues(preferences: NotificationPreferences): AlertsFormValues {
  const { quiet_hours, due_soon_minutes, event_soon_minutes, daily_sms_cap, ...switches } = preferences;
  return {
    ...switches,
    due_soon_minutes: String(due_soon_minutes),
    event_soon_minutes: String(event_soon_minutes),
    daily_sms_cap: String(daily_sms_cap),
    quiet_hours: quiet_hours !== null,
    quiet_start: (quiet_hours ?? SUGGESTED_QUIET_HOURS).start,
    quiet_end: (quiet_hours ?? SUGGESTED_QUIET_HOURS).end,
  };
}

// An empty number field is a missing number, not 0 (which Number('') would make it).
const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

// The schema's nested quiet_hours fields are flat inputs on the form.
const INPUT_OF: Record<string, string> = { 'quiet_hours.start': 'quiet_start', 'quiet_hours.end': 'quiet_end', quiet_hours: 'quiet_start' };

/**
 * The "Alerts" form: a checkbox per switch, minutes and times as text, quiet hours as a checkbox
 * with two times (ignored while it is unchecked). Validated by the same schema as
 * PUT /api/me/notifications; errors are keyed by input name.
 */
export function parseAlertsForm(data: FormData): AlertsFormResult {
  const text = (name: string) => String(data.get(name) ?? '');
  const checked = (name: string) => data.get(name) === 'on';
  const values: AlertsFormValues = {
    sms_enabled: checked('sms_enabled'),
    push_enabled: checked('push_enabled'),
    brief_ready: checked('brief_ready'),
    task_due_soon: checked('task_due_soon'),
    due_soon_minutes: text('due_soon_minutes'),
    event_soon: checked('event_soon'),
    event_soon_minutes: text('event_soon_minutes'),
    overdue_digest: checked('overdue_digest'),
    overdue_digest_time: text('overdue_digest_time'),
    quiet_hours: checked('quiet_hours'),
    quiet_start: text('quiet_start'),
    quiet_end: text('quiet_end'),
    daily_sms_cap: text('daily_sms_cap'),
  };
  const { quiet_hours, quiet_start, quiet_end, ...rest } = values;
  const parsed = notificationPreferencesSchema.safeParse({
    ...rest,
    due_soon_minutes: numberOrUndefined(values.due_soon_minutes),
    event_soon_minutes: numberOrUndefined(values.event_soon_minutes),
    daily_sms_cap: numberOrUndefined(values.daily_sms_cap),
    quiet_hours: quiet_hours ? { start: quiet_start, end: quiet_end } : null,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(parsed.error))) errors[INPUT_OF[path] ?? path] ??= message;
  return { ok: false, values, errors };
}
