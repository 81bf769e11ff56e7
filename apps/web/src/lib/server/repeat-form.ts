import { describeRecurrence, parseDate, type Task, weekdayOf } from '@ordo/shared-types';

/**
 * The task page's repeat picker: presets worded for the task's due date ("Weekly on Tuesday",
 * "Monthly on the 2nd Tuesday"), every N days/weeks/months, or custom RRULE text; a "from
 * completion" box. It yields the RRULE text the API takes, so the API's schema validates both.
 */

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NTH = ['1st', '2nd', '3rd', '4th', 'last'];
const UNITS = { days: 'DAILY', weeks: 'WEEKLY', months: 'MONTHLY' } as const;

export interface RepeatOption {
  value: string;
  label: string;
}

// Which week of its month a day is in: the 5th one is called the last.
function weekOfMonth(day: string): { byDay: string; label: string } {
  const { day: dayOfMonth } = parseDate(day);
  const index = Math.min(Math.floor((dayOfMonth - 1) / 7), 4);
  const weekday = weekdayOf(day);
  return { byDay: `${index === 4 ? -1 : index + 1}${BYDAY[weekday]}`, label: `${NTH[index]} ${WEEKDAYS[weekday]}` };
}

function presetRules(day: string): Record<string, { label: string; rrule: string }> {
  const weekday = weekdayOf(day);
  const nth = weekOfMonth(day);
  const { month, day: dayOfMonth } = parseDate(day);
  return {
    daily: { label: 'Daily', rrule: 'FREQ=DAILY' },
    weekdays: { label: 'Every weekday (Mon–Fri)', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' },
    weekly: { label: `Weekly on ${WEEKDAYS[weekday]}`, rrule: `FREQ=WEEKLY;BYDAY=${BYDAY[weekday]}` },
    monthly_nth: { label: `Monthly on the ${nth.label}`, rrule: `FREQ=MONTHLY;BYDAY=${nth.byDay}` },
    monthly_day: { label: `Monthly on day ${dayOfMonth}`, rrule: `FREQ=MONTHLY;BYMONTHDAY=${dayOfMonth}` },
    monthly_last_day: { label: 'Monthly on the last day', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' },
    yearly: { label: 'Yearly', rrule: `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${dayOfMonth}` },
  };
}

/** The picker's choices for a task planned on `day` ('YYYY-MM-DD'); 'keep' when it repeats already. */
export function repeatOptions(task: Pick<Task, 'recurrence_rule' | 'recurrence_from_completion'>, day: string): RepeatOption[] {
  const current =
    task.recurrence_rule === null
      ? []
      : [{ value: 'keep', label: describeRecurrence({ rrule: task.recurrence_rule, from_completion: task.recurrence_from_completion === true }) }];
  return [
    ...current,
    { value: 'none', label: 'Does not repeat' },
    ...Object.entries(presetRules(day)).map(([value, preset]) => ({ value, label: preset.label })),
    { value: 'every', label: 'Every N days, weeks or months…' },
    { value: 'custom', label: 'Custom rule (RRULE)…' },
  ];
}

export type RepeatChoice =
  | { ok: true; recurrence: { rrule: string; from_completion: boolean } | null | undefined }
  | { ok: false; errors: Record<string, string> };

/**
 * What the picker's fields ask for: undefined to leave the repeat alone, null to stop it, or a
 * rule (validated later with the rest of the patch). `day` is the date the presets are for.
 */
export function parseRepeatChoice(data: FormData, day: string): RepeatChoice {
  const choice = String(data.get('repeat') ?? 'keep');
  const fromCompletion = data.get('repeat_from_completion') === 'on';
  if (choice === 'keep') return { ok: true, recurrence: undefined };
  if (choice === 'none') return { ok: true, recurrence: null };
  if (choice === 'custom') {
    const rrule = String(data.get('repeat_rule') ?? '').trim();
    if (rrule === '') return { ok: false, errors: { repeat_rule: 'Write a rule such as FREQ=WEEKLY;BYDAY=MO' } };
    return { ok: true, recurrence: { rrule, from_completion: fromCompletion } };
  }
  if (choice === 'every') {
    const interval = Number(data.get('repeat_interval'));
    const unit = UNITS[String(data.get('repeat_unit')) as keyof typeof UNITS];
    if (!Number.isInteger(interval) || interval < 1 || interval > 999) return { ok: false, errors: { repeat_interval: 'Enter a whole number from 1 to 999' } };
    if (!unit) return { ok: false, errors: { repeat_interval: 'Choose days, weeks or months' } };
    return { ok: true, recurrence: { rrule: `FREQ=${unit};INTERVAL=${interval}`, from_completion: fromCompletion } };
  }
  const preset = presetRules(day)[choice];
  if (!preset) return { ok: false, errors: { repeat: 'Choose how the task repeats' } };
  return { ok: true, recurrence: { rrule: preset.rrule, from_completion: fromCompletion } };
}
