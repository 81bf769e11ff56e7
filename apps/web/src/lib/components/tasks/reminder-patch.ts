import { instantOfLocalDateTime, type TaskReminderPatch } from '@ordo/shared-types';
import { OFFSET_UNITS, type ReminderEditValues } from './reminder-edit-values.ts';

export type ReminderPatchResult = { ok: true; patch: TaskReminderPatch } | { ok: false; errors: Record<string, string> };

/**
 * The PATCH body for the edit form's values: the chosen anchor with its own fields and the
 * channels, so a changed anchor drops the old one's. Only what the browser must read itself is
 * refused here (a number, a date and time on the person's clock); the API checks the rest.
 */
export function reminderPatch(values: ReminderEditValues, zone: string): ReminderPatchResult {
  const { anchor, channels } = values;
  if (anchor === 'start' || anchor === 'due') {
    const { amount } = values;
    if (amount === null || !Number.isFinite(amount)) return { ok: false, errors: { amount: 'Enter a number' } };
    return { ok: true, patch: { anchor, offset_minutes: amount * OFFSET_UNITS[values.unit], channels } };
  }
  if (anchor === 'due_day') {
    const days = values.days_before;
    if (days === null || !Number.isFinite(days)) return { ok: false, errors: { days_before: 'Enter a number of days' } };
    return { ok: true, patch: { anchor, local_time: values.local_time, days_before: days, channels } };
  }
  const at = instantOfLocalDateTime(values.at_local, zone);
  if (!at) return { ok: false, errors: { at_local: 'Enter a date and time' } };
  return { ok: true, patch: { anchor, at, channels } };
}

/** The edit form's field for a field the API named ("offset_minutes", "channels.1", …). */
export function editFieldOf(apiField: string): string {
  const field = apiField.split('.')[0] ?? apiField;
  if (field === 'offset_minutes') return 'amount';
  if (field === 'at') return 'at_local';
  return field;
}
