import { createOAuthClient, type GoogleConfig, type GoogleDeps, googleConfig, saveGoogleConnection, tokenKeyring } from '@ordo/google';
import type { GoogleFake } from '@ordo/google/testing';
import type { Db } from '@ordo/supabase-client';
import { createTestUser } from '@ordo/supabase-client/testing';

const REDIRECT = 'http://127.0.0.1/google/callback';
const ENCRYPTION_KEY = 'ab'.repeat(32);

/** Google deps pointed at the loopback fake. */
export function fakeGoogleDeps(db: Db, fake: GoogleFake): GoogleDeps {
  const config = googleConfig({ PUBLIC_GOOGLE_CLIENT_ID: fake.clientId, GOOGLE_CLIENT_SECRET: fake.clientSecret, GOOGLE_API_BASE_URL: fake.url });
  return { db, config: config as GoogleConfig, keyring: tokenKeyring({ ENCRYPTION_KEY }) };
}

/** The env a worker needs for Google to point at the fake (createJobDeps builds the same deps from it). */
export const fakeGoogleEnv = (fake: GoogleFake) => ({
  PUBLIC_GOOGLE_CLIENT_ID: fake.clientId,
  GOOGLE_CLIENT_SECRET: fake.clientSecret,
  GOOGLE_API_BASE_URL: fake.url,
  ENCRYPTION_KEY,
});

export interface SeededCalendar {
  userId: string;
  connectionId: string;
  calendarId: string;
  googleCalendarId: string;
}

let calendarCount = 0;

/**
 * A person connected to the fake as a real sign-in would leave them (tokens from a consent code
 * exchanged by google-auth-library, sealed by saveGoogleConnection), with one calendar in the
 * fake and its row in Ordo, synced as `syncMode`.
 */
export async function seedGoogleCalendar(
  google: GoogleDeps,
  fake: GoogleFake,
  options: { timeZone?: string; syncMode?: 'show' | 'busy' | 'off'; userId?: string } = {},
): Promise<SeededCalendar> {
  const userId = options.userId ?? (await createTestUser(google.db));
  const auth = await createOAuthClient(google.config, REDIRECT);
  const { codeVerifier, codeChallenge } = await auth.generateCodeVerifierAsync();
  const scope = 'openid email https://www.googleapis.com/auth/calendar';
  const code = fake.authorize({ redirectUri: REDIRECT, scope, codeChallenge: codeChallenge as string });
  const { tokens } = await auth.getToken({ code, codeVerifier });
  const connectionId = await saveGoogleConnection(google, {
    userId,
    googleSubject: fake.account.sub,
    googleEmail: fake.account.email,
    scopes: scope.split(' '),
    tokens: { access_token: tokens.access_token, refresh_token: tokens.refresh_token, expiry_date: tokens.expiry_date, scope: tokens.scope, token_type: tokens.token_type },
  });
  calendarCount += 1;
  const googleCalendarId = `calendar-${calendarCount}-${userId.slice(0, 8)}@group.calendar.google.test`;
  const timeZone = options.timeZone ?? 'Europe/Berlin';
  fake.addCalendar({ id: googleCalendarId, summary: `Calendar ${calendarCount}`, timeZone });
  const [row] = await google.db.asService(
    (tx) => tx<{ id: string }[]>`
      insert into public.calendars (user_id, connection_id, google_calendar_id, summary, time_zone, access_role, sync_mode)
      values (${userId}, ${connectionId}, ${googleCalendarId}, ${`Calendar ${calendarCount}`}, ${timeZone}, 'owner', ${options.syncMode ?? 'show'})
      returning id`,
  );
  return { userId, connectionId, calendarId: (row as { id: string }).id, googleCalendarId };
}

export interface StoredEvent {
  google_event_id: string;
  recurring_event_id: string | null;
  status: string;
  title: string | null;
  location: string | null;
  ical_uid: string | null;
  all_day: boolean;
  start_at: Date | null;
  end_at: Date | null;
  start_date: string | null;
  end_date: string | null;
  time_zone: string | null;
  busy: boolean;
  task_id: string | null;
  etag: string | null;
  html_link: string | null;
  google_updated_at: Date | null;
}

/** The stored copy of a calendar, by Google's event id. */
export async function storedEvents(db: Db, calendarId: string): Promise<Map<string, StoredEvent>> {
  const rows = await db.asService(
    (tx) => tx<StoredEvent[]>`
      select google_event_id, recurring_event_id, status, title, location, ical_uid, all_day, start_at, end_at, start_date::text as start_date,
        end_date::text as end_date, time_zone, busy, task_id, etag, html_link, google_updated_at
      from public.calendar_events where calendar_id = ${calendarId} order by google_event_id`,
  );
  return new Map(rows.map((row) => [row.google_event_id, row]));
}
