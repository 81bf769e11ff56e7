import { instantOfLocalDateTime, type TaskReminderInput, taskReminderInputSchema } from '@ordo/shared-types';
import { fieldErrors } from './zod-fields.ts';

/** The choices of the task page's "Add a reminder" form, and the reminder each stands for. */
export const REMINDER_PRESETS = {
  at_start: { label: 'At start', input: { anchor: 'start', offset_minutes: 0 } },
  before_start_30: { label: '30 min before start', input: { anchor: 'start', offset_minutes: 30 } },
  due_day_0900: { label: 'At 9:00 on the due day', input: { anchor: 'due_day', local_time: '09:00' } },
  day_before_due: { label: '1 day before due (at 9:00)', input: { anchor: 'due_day', local_time: '09:00', days_before: 1 } },
  custom: { label: 'At a date and time…', input: { anchor: 'absolute' } },
} as const;
export type ReminderPreset = keyof typeof REMINDER_PRESETS;

export interface ReminderFormValues {
  preset: string;
  at_local: string;
  channels: string[];
}

export type ReminderFormResult =
  | { ok: true; input: TaskReminderInput; values: ReminderFormValues }
  | { ok: false; values: ReminderFormValues; errors: Record<string, string> };

/**
 * The "Add a reminder" form: preset (one of REMINDER_PRESETS), at_local ('YYYY-MM-DDTHH:MM' on the
 * person's clock, for the custom preset), channels (checkboxes). Validated by the API's schema;
 * an error on one channel checkbox is the group's.
 */
export function parseReminderForm(data: FormData, zone: string): ReminderFormResult {
  const values: ReminderFormValues = {
    preset: String(data.get('preset') ?? ''),
    at_local: String(data.get('at_local') ?? '').trim(),
    channels: data.getAll('channels').map(String),
  };
  const preset = REMINDER_PRESETS[values.preset as ReminderPreset] as (typeof REMINDER_PRESETS)[ReminderPreset] | undefined;
  if (!preset) return { ok: false, values, errors: { preset: 'Choose when to be reminded' } };
  let at: Date | undefined;
  if (preset.input.anchor === 'absolute') {
    at = instantOfLocalDateTime(values.at_local, zone) ?? undefined;
    if (!at) return { ok: false, values, errors: { at_local: 'Enter a date and time' } };
  }
  const parsed = taskReminderInputSchema.safeParse({
    ...preset.input,
    ...(at ? { at } : {}),
    channels: values.channels,
  });
  if (parsed.success) return { ok: true, input: parsed.data, values };
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(parsed.error))) {
    const field = path.split('.')[0] ?? path;
    errors[field === 'at' ? 'at_local' : field] ??= message;
  }
  return { ok: false, values, errors };
}
