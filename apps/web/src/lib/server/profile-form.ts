import { type OnboardingInput, onboardingInputSchema } from '@ordo/shared-types';
import { timeZoneList } from '../time-zones.ts';
import { fieldErrors } from './zod-fields.ts';

export interface ProfileFormValues {
  name: string;
  timezone: string;
  start: string;
  end: string;
  days: number[];
}

export type ProfileFormResult =
  | { ok: true; input: OnboardingInput }
  | { ok: false; values: ProfileFormValues; errors: Record<string, string> };

// Working-hours errors arrive as working_hours.start/.end/.days; the form names its inputs start/end/days.
function formFieldName(path: string): string {
  return path.startsWith('working_hours.') ? (path.slice('working_hours.'.length).split('.')[0] ?? path) : path;
}

/** The onboarding / profile form (name, timezone, working hours with weekday checkboxes). */
export function parseProfileForm(data: FormData): ProfileFormResult {
  const values: ProfileFormValues = {
    name: String(data.get('name') ?? ''),
    timezone: String(data.get('timezone') ?? ''),
    start: String(data.get('start') ?? ''),
    end: String(data.get('end') ?? ''),
    days: data.getAll('days').map(Number),
  };
  const parsed = onboardingInputSchema.safeParse({
    name: values.name,
    timezone: values.timezone,
    working_hours: { start: values.start, end: values.end, days: values.days },
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(parsed.error))) errors[formFieldName(path)] ??= message;
  return { ok: false, values, errors };
}

export const timeZones: readonly string[] = timeZoneList(Intl.supportedValuesOf('timeZone'));
