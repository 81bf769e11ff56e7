import type { Recurrence } from './rrule-text.ts';

/**
 * A short English description of a repeat, for list rows and the task page: "Every weekday",
 * "Every 2 weeks on Mon, Thu", "Every month on the last Friday", "3 days after completion".
 * Reads the text itself (no rule library), so it is cheap in the browser; rules it has no words
 * for are described as custom.
 */

const WEEKDAY_NAMES: Record<string, [short: string, long: string]> = {
  MO: ['Mon', 'Monday'],
  TU: ['Tue', 'Tuesday'],
  WE: ['Wed', 'Wednesday'],
  TH: ['Thu', 'Thursday'],
  FR: ['Fri', 'Friday'],
  SA: ['Sat', 'Saturday'],
  SU: ['Sun', 'Sunday'],
};
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS: Record<string, string> = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' };

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const nth = (n: number) => (n === -1 ? 'last' : n < 0 ? `${ordinal(-n)} to last` : ordinal(n));

function every(unit: string, interval: number): string {
  return interval === 1 ? `Every ${unit}` : `Every ${interval} ${unit}s`;
}

function ending(parts: Map<string, string>): string {
  const count = parts.get('COUNT');
  if (count) return `, ${count} ${count === '1' ? 'time' : 'times'}`;
  const until = parts.get('UNTIL');
  if (until) return `, until ${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`;
  return '';
}

// "2TU" → "2nd Tuesday"; with BYSETPOS=n and one weekday, the same.
function monthlyWeekday(byDay: string, setPos: string | undefined): string | null {
  const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay);
  if (!match?.[2]) return null;
  const position = match[1] ? Number(match[1]) : setPos ? Number(setPos) : null;
  if (position === null || !Number.isInteger(position) || position === 0) return null;
  return `the ${nth(position)} ${WEEKDAY_NAMES[match[2]]?.[1]}`;
}

function describeCalendar(parts: Map<string, string>): string | null {
  const freq = parts.get('FREQ') ?? '';
  const unit = UNITS[freq];
  if (!unit) return null;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const known = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'WKST']);
  const byKeys = [...parts.keys()].filter((key) => !known.has(key)).toSorted().join(';');
  const byDay = parts.get('BYDAY');
  if (byKeys === '') return every(unit, interval);
  if (freq === 'WEEKLY' && byKeys === 'BYDAY' && byDay) {
    const days = byDay.split(',');
    if (!days.every((day) => day in WEEKDAY_NAMES)) return null;
    if (interval === 1 && days.toSorted().join(',') === 'FR,MO,TH,TU,WE') return 'Every weekday';
    return `${every(unit, interval)} on ${days.map((day) => WEEKDAY_NAMES[day]?.[0]).join(', ')}`;
  }
  if (freq === 'DAILY' && byKeys === 'BYDAY' && interval === 1 && byDay?.split(',').toSorted().join(',') === 'FR,MO,TH,TU,WE') {
    return 'Every weekday';
  }
  if (freq === 'MONTHLY' && byKeys === 'BYMONTHDAY') {
    const days = (parts.get('BYMONTHDAY') ?? '').split(',').map(Number);
    if (days.some((day) => !Number.isInteger(day) || day === 0)) return null;
    return `${every(unit, interval)} on the ${days.map((day) => (day === -1 ? 'last day' : nth(day))).join(' and ')}`;
  }
  if (freq === 'MONTHLY' && (byKeys === 'BYDAY' || byKeys === 'BYDAY;BYSETPOS') && byDay) {
    const weekday = monthlyWeekday(byDay, parts.get('BYSETPOS'));
    return weekday ? `${every(unit, interval)} on ${weekday}` : null;
  }
  if (freq === 'YEARLY' && byKeys === 'BYMONTH;BYMONTHDAY') {
    const month = MONTH_NAMES[Number(parts.get('BYMONTH')) - 1];
    const day = Number(parts.get('BYMONTHDAY'));
    if (!month || !Number.isInteger(day) || day === 0) return null;
    return `${every(unit, interval)} on ${day === -1 ? `the last day of ${month}` : `${month} ${day}`}`;
  }
  return null;
}

export function describeRecurrence(recurrence: Recurrence): string {
  const parts = new Map(
    recurrence.rrule.split(';').map((part) => {
      const [key = '', value = ''] = part.split('=');
      return [key, value] as const;
    }),
  );
  if (recurrence.from_completion) {
    const unit = UNITS[parts.get('FREQ') ?? ''] ?? 'day';
    const interval = Number(parts.get('INTERVAL') ?? '1');
    return `${interval} ${unit}${interval === 1 ? '' : 's'} after completion${ending(parts)}`;
  }
  const described = describeCalendar(parts);
  return described ? `${described}${ending(parts)}` : `Custom repeat (${recurrence.rrule})`;
}
