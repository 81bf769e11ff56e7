import { SHORT_MONTHS, SHORT_WEEKDAYS, type TaskHistoryEntry, type TaskHistoryVersion, wallTimeAt, weekdayOf, formatDate } from '@ordo/shared-types';

const clock = (instant: Date, zone: string) => {
  const wall = wallTimeAt(instant, zone);
  return `${wall.hour}:${String(wall.minute).padStart(2, '0')}`;
};

/** "Tue 8 Dec" on the person's calendar. */
function day(instant: Date, zone: string): string {
  const wall = wallTimeAt(instant, zone);
  return `${SHORT_WEEKDAYS[weekdayOf(formatDate(wall))]} ${wall.day} ${SHORT_MONTHS[wall.month - 1]}`;
}

/** "Tue 8 Dec 10:04". */
export function formatMoment(instant: Date, zone: string): string {
  return `${day(instant, zone)} ${clock(instant, zone)}`;
}

/** "Mon 7 Dec 9:00–9:30" (the end's day too when it is another day); "no time" when unscheduled. */
export function formatPlacement(version: TaskHistoryVersion, zone: string): string {
  if (!version.start_at) return 'no time';
  const start = new Date(version.start_at);
  const end = version.end_at ? new Date(version.end_at) : null;
  if (version.all_day) return `all day ${day(start, zone)}`;
  if (!end) return formatMoment(start, zone);
  const endText = day(end, zone) === day(start, zone) ? clock(end, zone) : formatMoment(end, zone);
  return `${formatMoment(start, zone)}–${endText}`;
}

/** One history entry in plain words, on the person's clock. */
export function historyLabel(entry: Pick<TaskHistoryEntry, 'at' | 'source' | 'kind' | 'version'>, zone: string): string {
  const when = formatMoment(entry.at, zone);
  const was = formatPlacement(entry.version, zone);
  switch (entry.kind) {
    case 'moved_in_google':
      return `Moved in Google Calendar on ${when} — was ${was}`;
    case 'unscheduled_in_google':
      return `Deleted from Google Calendar on ${when}, so the task has no time now — was ${was}`;
    case 'conflict_lost':
      if (entry.source === 'ordo') return `Changed in Ordo and in Google Calendar; Google’s change on ${when} was newer and was kept — Ordo had ${was}`;
      if (entry.version.deleted) return `Deleted from Google Calendar on ${when}, but the task had changed in Ordo since: the event was put back — it was ${was}`;
      return `Changed in Google Calendar on ${when}, but the change in Ordo was newer and was kept — Google had ${was}`;
  }
}
