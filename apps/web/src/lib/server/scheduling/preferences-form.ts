import { type SchedulingPreferences, schedulingPreferencesSchema } from '@ordo/shared-types';
import type { SchedulingFormValues } from '../../forms/scheduling-form-values.ts';
import { fieldErrors } from '../zod-fields.ts';

export type SchedulingFormResult =
  | { ok: true; input: SchedulingPreferences }
  | { ok: false; values: SchedulingFormValues; errors: Record<string, string> };

/** The form's values for saved preferences. */
export function schedulingFormValues(preferences: SchedulingPreferences): SchedulingFormValues {
  return {
    buffer_minutes: String(preferences.buffer_minutes),
    min_chunk_minutes: String(preferences.min_chunk_minutes),
    allow_split: preferences.allow_split,
    default_duration_minutes: String(preferences.default_duration_minutes),
  };
}

// An empty number field is a missing number, not 0 (which Number('') would make it).
const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** The settings page's "Planning" form: three minute fields and a checkbox, errors keyed by input name. */
export function parseSchedulingForm(data: FormData): SchedulingFormResult {
  const text = (name: string) => String(data.get(name) ?? '');
  const values: SchedulingFormValues = {
    buffer_minutes: text('buffer_minutes'),
    min_chunk_minutes: text('min_chunk_minutes'),
    allow_split: data.get('allow_split') === 'on',
    default_duration_minutes: text('default_duration_minutes'),
  };
  const parsed = schedulingPreferencesSchema.safeParse({
    buffer_minutes: numberOrUndefined(values.buffer_minutes),
    min_chunk_minutes: numberOrUndefined(values.min_chunk_minutes),
    allow_split: values.allow_split,
    default_duration_minutes: numberOrUndefined(values.default_duration_minutes),
  });
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, values, errors: fieldErrors(parsed.error) };
}
