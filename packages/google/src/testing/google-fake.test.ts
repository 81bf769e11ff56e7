import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarApi, createOAuthClient, type GoogleConfig, googleConfig } from '../google-clients.ts';
import { type GoogleFake, startGoogleFake } from './google-fake.ts';

// The fake is only worth something if the real googleapis client works against it unchanged.
let fake: GoogleFake;
let config: GoogleConfig;

beforeAll(async () => {
  fake = await startGoogleFake();
  config = googleConfig({
    PUBLIC_GOOGLE_CLIENT_ID: fake.clientId,
    GOOGLE_CLIENT_SECRET: fake.clientSecret,
    GOOGLE_API_BASE_URL: fake.url,
  }) as GoogleConfig;
  fake.addCalendar({ id: 'primary@example.test', summary: 'Me', timeZone: 'America/New_York', primary: true });
});

afterAll(() => fake.close());

async function signedIn() {
  const auth = await createOAuthClient(config, 'http://127.0.0.1/callback');
  const { codeVerifier, codeChallenge } = await auth.generateCodeVerifierAsync();
  const code = fake.authorize({ redirectUri: 'http://127.0.0.1/callback', scope: 'openid email', codeChallenge: codeChallenge as string });
  const { tokens } = await auth.getToken({ code, codeVerifier });
  auth.setCredentials(tokens);
  return { auth, tokens };
}

describe('Google fake with the real googleapis client', () => {
  it('exchanges a code with PKCE for tokens and a verifiable ID token', async () => {
    const { auth, tokens } = await signedIn();
    expect(tokens.refresh_token).toMatch(/^1\/\/fake-/);
    const ticket = await auth.verifyIdToken({ idToken: tokens.id_token as string, audience: fake.clientId });
    expect(ticket.getPayload()?.email).toBe(fake.account.email);
  });

  it('pages a full listing, then lists only what changed since the sync token, then answers 410 once tokens expire', async () => {
    const { auth } = await signedIn();
    const calendar = await calendarApi(config, auth);
    for (let i = 0; i < 5; i++) {
      fake.putEvent('primary@example.test', {
        summary: `Event ${i}`,
        start: { dateTime: `2026-12-1${i}T15:00:00Z` },
        end: { dateTime: `2026-12-1${i}T16:00:00Z` },
      });
    }
    const ids: string[] = [];
    let pageToken: string | undefined;
    let syncToken: string | undefined;
    do {
      const { data } = await calendar.events.list({ calendarId: 'primary@example.test', singleEvents: true, maxResults: 2, ...(pageToken ? { pageToken } : {}) });
      ids.push(...(data.items ?? []).map((event) => event.id as string));
      pageToken = data.nextPageToken ?? undefined;
      syncToken = data.nextSyncToken ?? undefined;
    } while (pageToken);
    expect(ids).toHaveLength(5);
    expect(syncToken).toBeDefined();

    fake.deleteEvent('primary@example.test', ids[0] as string);
    const { data: changes } = await calendar.events.list({ calendarId: 'primary@example.test', syncToken: syncToken as string });
    expect(changes.items?.map((event) => [event.id, event.status])).toEqual([[ids[0], 'cancelled']]);

    fake.expireSyncTokens();
    const gone = await calendar.events.list({ calendarId: 'primary@example.test', syncToken: changes.nextSyncToken as string }).catch((error) => error);
    expect(gone.status).toBe(410);
    expect(gone.response.data.error.errors[0].reason).toBe('fullSyncRequired');
  });

  it('expands a weekly event at the same wall-clock time across a DST change', async () => {
    const { auth } = await signedIn();
    const calendar = await calendarApi(config, auth);
    fake.addCalendar({ id: 'weekly@example.test', summary: 'Weekly', timeZone: 'America/New_York' });
    fake.putEvent('weekly@example.test', {
      id: 'standup',
      summary: 'Standup',
      start: { dateTime: '2026-10-26T09:00:00-04:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-10-26T09:15:00-04:00', timeZone: 'America/New_York' },
      recurrence: ['RRULE:FREQ=WEEKLY;COUNT=3'],
    });
    const { data } = await calendar.events.list({ calendarId: 'weekly@example.test', singleEvents: true });
    expect(data.items?.map((event) => event.start?.dateTime)).toEqual([
      '2026-10-26T13:00:00.000Z',
      '2026-11-02T14:00:00.000Z',
      '2026-11-09T14:00:00.000Z',
    ]);
    expect(data.items?.[1]?.id).toBe('standup_20261102T140000Z');
    expect(data.items?.[1]?.recurringEventId).toBe('standup');
  });

  it('refreshes an expired access token without a new refresh token, and answers invalid_grant once revoked', async () => {
    const { auth, tokens } = await signedIn();
    const calendar = await calendarApi(config, auth);
    fake.expireAccessTokens();
    auth.setCredentials({ ...tokens, expiry_date: Date.now() - 1000 });
    const refreshed: { access_token?: string | null }[] = [];
    auth.on('tokens', (fresh) => refreshed.push(fresh));
    const refreshesBefore = fake.refreshCount;
    await calendar.events.list({ calendarId: 'primary@example.test', maxResults: 1 });
    expect(fake.refreshCount).toBe(refreshesBefore + 1);
    expect(refreshed).toHaveLength(1);
    expect(refreshed[0]?.access_token).not.toBe(tokens.access_token);

    fake.revokeRefreshTokens();
    auth.setCredentials({ refresh_token: tokens.refresh_token as string, expiry_date: Date.now() - 1000 });
    const error = await calendar.events.list({ calendarId: 'primary@example.test' }).catch((caught) => caught);
    expect(error.response?.data?.error ?? error.message).toMatch(/invalid_grant/);
  });
  it('creates an event under an id the client chose, and refuses that id again (409) even once deleted', async () => {
    const { auth } = await signedIn();
    const calendar = await calendarApi(config, auth);
    const requestBody = { id: 'ordot0123456789abcdef', start: { dateTime: '2026-12-20T09:00:00Z' }, end: { dateTime: '2026-12-20T09:30:00Z' } };
    const { data } = await calendar.events.insert({ calendarId: 'primary@example.test', requestBody });
    expect(data.id).toBe('ordot0123456789abcdef');
    const again = await calendar.events.insert({ calendarId: 'primary@example.test', requestBody }).catch((error) => error);
    expect([again.status, again.response.data.error.errors[0].reason]).toEqual([409, 'duplicate']);
    fake.deleteEvent('primary@example.test', 'ordot0123456789abcdef');
    const deleted = await calendar.events.insert({ calendarId: 'primary@example.test', requestBody }).catch((error) => error);
    expect(deleted.status).toBe(409);
    const invalid = await calendar.events.insert({ calendarId: 'primary@example.test', requestBody: { ...requestBody, id: 'Not_Base32' } }).catch((error) => error);
    expect(invalid.status).toBe(400);
  });
});
