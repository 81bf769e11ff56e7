import { openGoogleTokens, tokenKeyring } from '@ordo/google';
import { type GoogleFake, startGoogleFake } from '@ordo/google/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleEnv, OAuthBrowser, TEST_ENCRYPTION_KEY } from './google-oauth.ts';
import { signedUpClient } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

let fake: GoogleFake;
let server: WebServer;
const keyring = tokenKeyring({ ENCRYPTION_KEY: TEST_ENCRYPTION_KEY });

beforeAll(async () => {
  fake = await startGoogleFake();
  fake.addCalendar({ id: 'person@gmail.test', summary: 'Person', timeZone: 'Europe/Paris', primary: true, accessRole: 'owner' });
  fake.addCalendar({ id: 'work@group.calendar.test', summary: 'Work', timeZone: 'Europe/Paris', accessRole: 'writer' });
  fake.addCalendar({ id: 'holidays@group.calendar.test', summary: 'Holidays', timeZone: 'Europe/Paris', accessRole: 'reader' });
  // Debug level: every line the app logs during the flows is searched for tokens below.
  server = await startWebServer({ ...PER_CLIENT_ADDRESS, ...googleEnv(fake), LOG_LEVEL: 'debug' });
});

afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

async function connectedBrowser() {
  const browser = new OAuthBrowser(await signedUpClient(server.origin));
  const [me] = await server.database.db.sql<{ id: string }[]>`select id from users where email = ${(browser.client as { email?: string }).email ?? ''}`;
  return { browser, userId: me?.id as string };
}

const connections = (userId: string) =>
  server.database.db.sql<{ id: string; status: string; google_email: string; scopes: string[]; tokens_sealed: string; token_key_id: string }[]>`
    select id, status, google_email, scopes, tokens_sealed, token_key_id from google_connections where user_id = ${userId}`;

const calendars = (userId: string) =>
  server.database.db.sql<{ id: string; google_calendar_id: string; sync_mode: string; is_task_target: boolean; access_role: string }[]>`
    select id, google_calendar_id, sync_mode, is_task_target, access_role from calendars where user_id = ${userId} order by google_calendar_id`;

const syncJobs = (userId: string) =>
  server.database.db.sql<{ payload: { calendar_id: string; full: boolean; reason: string }; dedup_key: string }[]>`
    select payload, dedup_key from queue_jobs where user_id = ${userId} and job_type = 'calendar.sync' order by created_at, id`;

const issuedSecrets: string[] = [];

describe('Connect Google Calendar', () => {
  it('runs the round trip: PKCE and nonce sent, tokens sealed, calendars stored, a sync queued for the shown calendar', async () => {
    const { browser, userId } = await connectedBrowser();
    const authorizationUrl = new URL(await browser.start('/auth/google/connect'));
    expect(authorizationUrl.origin).toBe(fake.url);
    expect(Object.fromEntries(authorizationUrl.searchParams)).toMatchObject({
      client_id: fake.clientId,
      redirect_uri: `${server.origin}/auth/google/callback`,
      response_type: 'code',
      access_type: 'offline',
      prompt: 'consent',
      include_granted_scopes: 'true',
      code_challenge_method: 'S256',
    });
    expect(authorizationUrl.searchParams.get('scope')?.split(' ')).toEqual([
      'openid',
      'email',
      'https://www.googleapis.com/auth/calendar.calendarlist.readonly',
      'https://www.googleapis.com/auth/calendar.events',
    ]);
    expect(authorizationUrl.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorizationUrl.searchParams.get('nonce')).toBeTruthy();

    const callbackUrl = await OAuthBrowser.consent(authorizationUrl.href);
    issuedSecrets.push(new URL(callbackUrl).searchParams.get('code') as string);
    const back = await browser.callback(callbackUrl);
    expect(back.status).toBe(303);
    expect(back.location).toBe('/settings?google=connected#google-calendar');

    const [connection] = await connections(userId);
    expect(connection).toMatchObject({ status: 'active', google_email: fake.account.email, token_key_id: keyring.currentKeyId });
    expect(connection?.scopes).toContain('https://www.googleapis.com/auth/calendar.events');
    const tokens = openGoogleTokens(keyring, connection?.tokens_sealed as string, userId);
    expect(tokens.refresh_token).toMatch(/^1\/\/fake-/);
    expect(tokens.access_token).toMatch(/^ya29\.fake-/);
    issuedSecrets.push(tokens.refresh_token as string, tokens.access_token as string);
    // Sealed: neither token appears in the database as text.
    const [dump] = await server.database.db.sql<{ text: string }[]>`select row_to_json(c)::text as text from google_connections c where user_id = ${userId}`;
    expect(dump?.text).not.toContain(tokens.refresh_token);
    expect(dump?.text).not.toContain(tokens.access_token);

    const stored = await calendars(userId);
    expect(stored.map(({ id: _id, ...calendar }) => calendar)).toEqual([
      { google_calendar_id: 'holidays@group.calendar.test', sync_mode: 'off', is_task_target: false, access_role: 'reader' },
      { google_calendar_id: 'person@gmail.test', sync_mode: 'show', is_task_target: true, access_role: 'owner' },
      { google_calendar_id: 'work@group.calendar.test', sync_mode: 'off', is_task_target: false, access_role: 'writer' },
    ]);
    const primary = stored.find((calendar) => calendar.google_calendar_id === 'person@gmail.test');
    expect(await syncJobs(userId)).toEqual([
      { payload: { calendar_id: primary?.id, full: false, reason: 'connected' }, dedup_key: `calendar-sync:${primary?.id}` },
    ]);

    const settingsPage = await fetch(`${server.origin}/settings`, { headers: { cookie: browser.client.cookie as string } });
    // The button's redirect to Google's consent screen must pass the page's CSP.
    expect(settingsPage.headers.get('content-security-policy')).toContain(`form-action 'self' ${fake.url}`);
    const settings = await browser.request('GET', '/settings?google=connected');
    expect(settings.body).toContain('Google Calendar connected.');
    expect(settings.body).toContain(fake.account.email);
    for (const name of ['Person', 'Work', 'Holidays']) expect(settings.body).toContain(name);
  });

  it('applies calendar choices: a full sync for a calendar turned on, its events dropped when turned off, tasks only in a writable calendar', async () => {
    const { browser, userId } = await connectedBrowser();
    expect((await browser.roundTrip('/auth/google/connect')).status).toBe(303);
    const byGoogleId = Object.fromEntries((await calendars(userId)).map((calendar) => [calendar.google_calendar_id, calendar.id]));
    const person = byGoogleId['person@gmail.test'] as string;
    const work = byGoogleId['work@group.calendar.test'] as string;
    const holidays = byGoogleId['holidays@group.calendar.test'] as string;
    const modes = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([id, mode]) => [`mode:${id}`, mode]));

    const readOnlyTarget = await browser.request('POST', '/settings?/calendars', { ...modes({ [work]: 'busy' }), task_target: holidays });
    expect(readOnlyTarget.status).toBe(400);
    expect(readOnlyTarget.body).toContain('Ordo may only read that calendar');
    expect((await calendars(userId)).find((calendar) => calendar.id === work)?.sync_mode).toBe('off');

    const saved = await browser.request('POST', '/settings?/calendars', { ...modes({ [person]: 'show', [work]: 'busy', [holidays]: 'off' }), task_target: work });
    expect(saved.status).toBe(200);
    const after = Object.fromEntries((await calendars(userId)).map((calendar) => [calendar.id, calendar]));
    expect(after[work]).toMatchObject({ sync_mode: 'busy', is_task_target: true });
    expect(after[person]).toMatchObject({ sync_mode: 'show', is_task_target: false });
    expect((await syncJobs(userId)).map((job) => job.payload)).toContainEqual({ calendar_id: work, full: true, reason: 'settings' });

    await server.database.db.sql`update calendars set sync_token = 'token-1' where id = ${work}`;
    await server.database.db.sql`
      insert into calendar_events (user_id, calendar_id, google_event_id, all_day, start_at, end_at)
      values (${userId}, ${work}, 'evt-1', false, now(), now() + interval '1 hour')`;
    const off = await browser.request('POST', '/settings?/calendars', { ...modes({ [work]: 'off' }), task_target: work });
    expect(off.status).toBe(200);
    expect(await server.database.db.sql`select 1 from calendar_events where calendar_id = ${work}`).toHaveLength(0);
    const [workRow] = await server.database.db.sql<{ sync_token: string | null }[]>`select sync_token from calendars where id = ${work}`;
    expect(workRow?.sync_token).toBeNull();

    const unknown = await browser.request('POST', '/settings?/calendars', { 'mode:not-a-calendar': 'show', task_target: '' });
    expect(unknown.status).toBe(400);
  });

  it('shows a disconnected connection in settings with a Reconnect button, and a banner on other pages', async () => {
    const { browser, userId } = await connectedBrowser();
    expect((await browser.roundTrip('/auth/google/connect')).status).toBe(303);
    expect((await browser.request('GET', '/dashboard')).body).not.toContain('data-testid="google-disconnected-banner"');
    await server.database.db.sql`
      update google_connections set status = 'disconnected', disconnected_reason = 'invalid_grant', disconnected_at = now()
      where user_id = ${userId}`;
    const dashboard = await browser.request('GET', '/dashboard');
    expect(dashboard.body).toContain('data-testid="google-disconnected-banner"');
    const settings = await browser.request('GET', '/settings');
    expect(settings.body).toContain('data-testid="google-disconnected"');
    expect(settings.body).toContain('Reconnect');

    // Reconnecting makes it active again, keeping the calendars and the person's choices.
    const before = await calendars(userId);
    expect((await browser.roundTrip('/auth/google/connect')).location).toBe('/settings?google=connected#google-calendar');
    expect((await connections(userId))[0]?.status).toBe('active');
    expect((await calendars(userId)).map((calendar) => calendar.id).sort()).toEqual(before.map((calendar) => calendar.id).sort());
  });

  it('disconnects: revokes the refresh token at Google, deletes the connection, its calendars and events', async () => {
    const { browser, userId } = await connectedBrowser();
    expect((await browser.roundTrip('/auth/google/connect')).status).toBe(303);
    const [connection] = await connections(userId);
    const refreshToken = openGoogleTokens(keyring, connection?.tokens_sealed as string, userId).refresh_token as string;
    issuedSecrets.push(refreshToken);

    const answer = await browser.request('POST', '/settings?/googleDisconnect', {});
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Google Calendar disconnected.');
    expect(fake.revokedTokens).toContain(refreshToken);
    expect(await connections(userId)).toHaveLength(0);
    expect(await calendars(userId)).toHaveLength(0);
    expect((await browser.request('GET', '/settings')).body).toContain('Connect Google Calendar');
  });

  it('goes back to settings with a clear message when the person refuses, storing nothing', async () => {
    const { browser, userId } = await connectedBrowser();
    const authorizationUrl = new URL(await browser.start('/auth/google/connect'));
    const state = authorizationUrl.searchParams.get('state') as string;
    const refused = await browser.request('GET', `/auth/google/callback?error=access_denied&state=${encodeURIComponent(state)}`);
    expect(refused).toMatchObject({ status: 303, location: '/settings?google=access_denied#google-calendar' });
    expect((await browser.request('GET', '/settings?google=access_denied')).body).toContain(
      'You did not allow Ordo to use your Google Calendar, so nothing was connected.',
    );
    expect(await connections(userId)).toHaveLength(0);
  });

  it('refuses a callback without its state, with an unknown one, from another session, once expired or used: 400 and nothing stored', async () => {
    const { browser, userId } = await connectedBrowser();
    const other = await connectedBrowser();

    expect((await browser.request('GET', '/auth/google/callback?code=4/anything')).status).toBe(400);
    expect((await browser.request('GET', '/auth/google/callback?code=4/anything&state=made-up')).status).toBe(400);

    // Another person's browser arriving with this flow's state.
    const stolen = await OAuthBrowser.consent(await browser.start('/auth/google/connect'));
    const elsewhere = await other.browser.callback(stolen);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body).toContain('another browser or session');
    // The state was spent by that attempt: its owner cannot use it either.
    expect((await browser.callback(stolen)).status).toBe(400);

    const late = await OAuthBrowser.consent(await browser.start('/auth/google/connect'));
    await server.database.db.sql`update oauth_states set expires_at = now() - interval '1 second' where user_id = ${userId}`;
    const expired = await browser.callback(late);
    expect(expired.status).toBe(400);
    expect(expired.body).toContain('more than 10 minutes');

    expect(await connections(userId)).toHaveLength(0);
    expect(await connections(other.userId)).toHaveLength(0);

    const done = await browser.roundTrip('/auth/google/connect');
    expect(done.status).toBe(303);
    const [first] = await connections(userId);
    const replayed = await browser.callback(done.callbackUrl);
    expect(replayed.status).toBe(400);
    expect(replayed.body).toContain('already used');
    expect((await connections(userId))[0]?.tokens_sealed).toBe(first?.tokens_sealed);
  });

  it('sends the PKCE verifier of its own flow: a code issued for another challenge is refused by Google and nothing is stored', async () => {
    const { browser, userId } = await connectedBrowser();
    const first = new URL(await browser.start('/auth/google/connect'));
    const second = new URL(await browser.start('/auth/google/connect'));
    // Consent to the first flow's state, but under the second flow's challenge.
    first.searchParams.set('code_challenge', second.searchParams.get('code_challenge') as string);
    const exchangesBefore = fake.count('POST', /^\/token$/);
    const answer = await browser.callback(await OAuthBrowser.consent(first.href));
    expect(answer).toMatchObject({ status: 303, location: '/settings?google=failed#google-calendar' });
    expect(fake.count('POST', /^\/token$/)).toBe(exchangesBefore + 1);
    expect(fake.requests.filter((request) => request.path === '/token').at(-1)?.status).toBe(400);
    expect(await connections(userId)).toHaveLength(0);
  });

  it('rate-limits the start and callback endpoints', async () => {
    const { browser } = await connectedBrowser();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await browser.request('GET', '/auth/google/callback?state=x')).status);
    // 30 a window per client, then refused before the state is even looked up.
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
    const start = await browser.request('POST', '/auth/google/connect', {});
    expect(start).toMatchObject({ status: 303, location: '/settings?google=rate_limited#google-calendar' });
  });

  it('logs no token, code or secret of any of these flows', () => {
    expect(issuedSecrets.length).toBeGreaterThan(3);
    const output = server.output();
    // The flows above logged (at debug level), including the refused code exchange.
    expect(output).toContain('Google code exchange failed');
    for (const secret of [...issuedSecrets, fake.clientSecret, TEST_ENCRYPTION_KEY]) expect(output).not.toContain(secret);
    expect(output).not.toMatch(/ya29\.fake-|1\/\/fake-|4\/fake-/);
  });
});
