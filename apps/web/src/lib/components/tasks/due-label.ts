export type DueTone = 'overdue' | 'today' | 'soon' | 'later';

export interface DueLabel {
  text: string;
  tone: DueTone;
}

const DAY_MS = 86_400_000;
const weekday = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function utcDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year as number, (month as number) - 1, day as number);
}

/** How a due date ('YYYY-MM-DD') reads relative to today ('YYYY-MM-DD' in the user's time zone). */
export function describeDue(due: string, today: string): DueLabel {
  const dueAt = utcDay(due);
  const days = Math.round((dueAt - utcDay(today)) / DAY_MS);
  const sameYear = due.slice(0, 4) === today.slice(0, 4);
  const date = new Date(dueAt);
  const absolute = sameYear ? dayMonth.format(date) : dayMonthYear.format(date);
  if (days < 0) return { text: days === -1 ? 'Yesterday' : absolute, tone: 'overdue' };
  if (days === 0) return { text: 'Today', tone: 'today' };
  if (days === 1) return { text: 'Tomorrow', tone: 'soon' };
  if (days < 7) return { text: `${weekday.format(date)} ${absolute}`, tone: 'soon' };
  return { text: absolute, tone: 'later' };
}
