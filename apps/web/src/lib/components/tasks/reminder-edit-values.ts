import type { NotificationChannel, TaskReminderAnchor } from '@ordo/shared-types';

/** The units a relative reminder's offset is typed in, and their minutes. */
export const OFFSET_UNITS = { minutes: 1, hours: 60, days: 1440 } as const;
export type OffsetUnit = keyof typeof OFFSET_UNITS;

/**
 * What the task page's "Edit reminder" form holds (numbers null while their field is empty): `anchor` picks the fields that count
 * ('start' and 'due': amount × unit before; 'due_day': local_time, days_before days earlier;
 * 'absolute': at_local on the person's clock, 'YYYY-MM-DDTHH:MM').
 */
export interface ReminderEditValues {
  anchor: TaskReminderAnchor;
  amount: number | null;
  unit: OffsetUnit;
  local_time: string;
  days_before: number | null;
  at_local: string;
  channels: NotificationChannel[];
}
