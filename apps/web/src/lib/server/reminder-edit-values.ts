import { localDateTimeAt, type TaskReminder } from '@ordo/shared-types';
import type { OffsetUnit, ReminderEditValues } from '../components/tasks/reminder-edit-values.ts';

/** An offset in the largest unit it is a whole number of: 2880 → 2 days, 90 → 90 minutes. */
function offsetInUnits(minutes: number): { amount: number; unit: OffsetUnit } {
  if (minutes > 0 && minutes % 1440 === 0) return { amount: minutes / 1440, unit: 'days' };
  if (minutes > 0 && minutes % 60 === 0) return { amount: minutes / 60, unit: 'hours' };
  return { amount: minutes, unit: 'minutes' };
}

/**
 * A stored reminder as the edit form starts: its own anchor's fields as stored (an absolute time
 * on the person's clock), the other anchors' fields at the add form's defaults.
 */
export function reminderEditValues(
  reminder: Pick<TaskReminder, 'anchor' | 'offset_minutes' | 'days_before' | 'local_time' | 'at' | 'channels'>,
  zone: string,
): ReminderEditValues {
  const relative = reminder.anchor === 'start' || reminder.anchor === 'due';
  return {
    anchor: reminder.anchor,
    ...(relative ? offsetInUnits(reminder.offset_minutes) : { amount: 30, unit: 'minutes' }),
    local_time: reminder.local_time ?? '09:00',
    days_before: reminder.anchor === 'due_day' ? reminder.days_before : 0,
    at_local: reminder.at ? localDateTimeAt(reminder.at, zone) : '',
    channels: [...reminder.channels],
  };
}
