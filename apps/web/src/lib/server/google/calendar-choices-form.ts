import { type CalendarChoices, calendarChoicesSchema } from '@ordo/shared-types';
import type { RevokeOutcome } from '@ordo/google';
import { fieldErrors } from '../zod-fields.ts';

const MODE_FIELD = 'mode:';

export type CalendarChoicesResult = { ok: true; input: CalendarChoices } | { ok: false; errors: Record<string, string> };

/**
 * The "Google Calendar" form: a `mode:<calendar id>` radio group per calendar (show, busy, off)
 * and a `task_target` radio (a calendar id, or '' for none).
 */
export function parseCalendarChoicesForm(data: FormData): CalendarChoicesResult {
  const modes: Record<string, string> = {};
  for (const [name, value] of data.entries()) {
    if (name.startsWith(MODE_FIELD)) modes[name.slice(MODE_FIELD.length)] = String(value);
  }
  const target = String(data.get('task_target') ?? '');
  const parsed = calendarChoicesSchema.safeParse({ modes, task_target: target === '' ? null : target });
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}

/** What the person reads after "Disconnect", by what Google said to the revocation. */
export function disconnectedMessage(outcome: RevokeOutcome): string {
  switch (outcome) {
    case 'revoked':
    case 'already_revoked':
      return 'Google Calendar disconnected. Ordo no longer has access, and its copy of your calendars was deleted.';
    case 'unreachable':
      return 'Google Calendar disconnected here and its copy deleted, but Google could not be reached to revoke Ordo’s access: remove Ordo under “Third-party apps” in your Google Account.';
    case 'not_connected':
      return 'Google Calendar was not connected.';
  }
}
