import { type BriefPreferences, briefPreferencesSchema } from '@ordo/shared-types';
import { fieldErrors } from './zod-fields.ts';

/** What the settings page's "Daily brief" form posts, as text, to show again beside its errors. */
export interface BriefFormValues {
  enabled: boolean;
  send_time: string;
  weekdays: number[];
  sections: string[];
  weekly_day: string;
  max_lateness_minutes: string;
}

export type BriefFormResult =
  | { ok: true; input: BriefPreferences }
  | { ok: false; values: BriefFormValues; errors: Record<string, string> };

// An empty number field is a missing number, not 0 (which Number('') would make it).
const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

/**
 * The "Daily brief" form: enabled (checkbox), send_time, weekdays (checkboxes 1–7), sections
 * (checkboxes), weekly_day ('' for none, else 1–7), max_lateness_minutes. Validated by the same
 * schema as PUT /api/me/brief; an error on one checkbox of a group is the group's.
 */
export function parseBriefForm(data: FormData): BriefFormResult {
  const values: BriefFormValues = {
    enabled: data.get('enabled') === 'on',
    send_time: String(data.get('send_time') ?? ''),
    weekdays: data.getAll('weekdays').map(Number),
    sections: data.getAll('sections').map(String),
    weekly_day: String(data.get('weekly_day') ?? ''),
    max_lateness_minutes: String(data.get('max_lateness_minutes') ?? ''),
  };
  const parsed = briefPreferencesSchema.safeParse({
    ...values,
    weekly_day: values.weekly_day === '' ? null : numberOrUndefined(values.weekly_day),
    max_lateness_minutes: numberOrUndefined(values.max_lateness_minutes),
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(parsed.error))) errors[path.split('.')[0] ?? path] ??= message;
  return { ok: false, values, errors };
}
