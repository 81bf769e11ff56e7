import type { TaskReminder } from '@ordo/shared-types';

/** "45 min", "1 h", "1 h 30 min", "2 d". */
function span(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours > 0 ? `${hours} h` : '', rest > 0 ? `${rest} min` : ''].filter(Boolean).join(' ');
}

const dayWord = (days: number) => (days === 1 ? '1 day' : `${days} days`);

/** What a reminder is set to, in words: "30 min before start", "At 09:00 on the due day". */
export function reminderLabel(reminder: Pick<TaskReminder, 'anchor' | 'offset_minutes' | 'days_before' | 'local_time' | 'at'>, zone: string): string {
  switch (reminder.anchor) {
    case 'start':
      return reminder.offset_minutes === 0 ? 'At start' : `${span(reminder.offset_minutes)} before start`;
    case 'due':
      return reminder.offset_minutes === 0 ? 'At the end of the due day' : `${span(reminder.offset_minutes)} before the end of the due day`;
    case 'due_day':
      return reminder.days_before === 0
        ? `At ${reminder.local_time} on the due day`
        : `At ${reminder.local_time}, ${dayWord(reminder.days_before)} before the due day`;
    case 'absolute':
      return reminder.at ? `At ${formatInstant(reminder.at, zone)}` : 'At a set time';
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** "Wed 10 Jun 2026, 11:30" on the person's clock. */
export function formatInstant(instant: Date, zone: string): string {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    });
    formats.set(zone, format);
  }
  return format.format(instant);
}

/** Where the reminder stands, for the list: when it fires next, or why it will not. */
export function reminderStatus(reminder: Pick<TaskReminder, 'anchor' | 'state' | 'fire_at' | 'fired_at'>, zone: string): string {
  switch (reminder.state) {
    case 'scheduled':
      return reminder.fire_at ? `Next: ${formatInstant(reminder.fire_at, zone)}` : 'Scheduled';
    case 'notified':
      return reminder.fired_at ? `Sent ${formatInstant(reminder.fired_at, zone)}` : 'Sent';
    case 'missed':
      return reminder.fire_at ? `Not sent: ${formatInstant(reminder.fire_at, zone)} had passed` : 'Not sent';
    case 'inactive':
      if (reminder.anchor === 'start') return 'Off: the task is finished or has no start time';
      if (reminder.anchor === 'absolute') return 'Off: the task is finished';
      return 'Off: the task is finished or has no due date';
  }
}
