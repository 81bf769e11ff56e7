/**
 * What Ordo asks Google for. Signing in needs only who the person is. Connecting a calendar asks
 * for the narrowest scopes that cover what Ordo does: read the calendar list
 * (`calendar.calendarlist.readonly`: which calendars exist and whether Ordo may write to them) and
 * read and write events on those calendars (`calendar.events`: events list, insert, patch, delete
 * and events.watch for push). Neither lets Ordo create, share or delete calendars or change their
 * settings. `calendar.events.owned` would be narrower still but leaves out calendars shared with
 * the person, which still count for their free/busy time.
 */
export const GOOGLE_SIGN_IN_SCOPES = ['openid', 'email', 'profile'] as const;

export const GOOGLE_CALENDAR_SCOPES = [
  'https://www.googleapis.com/auth/calendar.calendarlist.readonly',
  'https://www.googleapis.com/auth/calendar.events',
] as const;

export const GOOGLE_CONNECT_SCOPES = ['openid', 'email', ...GOOGLE_CALENDAR_SCOPES] as const;

/** The calendar scopes a grant lacks (the consent screen lets people untick them), from its space-separated `scope`. */
export function missingCalendarScopes(granted: string | null | undefined): string[] {
  const scopes = new Set((granted ?? '').split(/\s+/).filter(Boolean));
  return GOOGLE_CALENDAR_SCOPES.filter((scope) => !scopes.has(scope));
}
