import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { calendarApi, createOAuthClient, type GoogleConfig, type GoogleDeps, googleConfig, saveGoogleConnection, tokenKeyring } from '@ordo/google';
import { type GoogleFake, startGoogleFake } from '@ordo/google/testing';
import { createTestUser } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PER_CLIENT_ADDRESS, useWebServer } from './web-server.ts';

const PATH = '/webhooks/google/calendar';
const REDIRECT = 'http://127.0.0.1/google/callback';

const server = useWebServer(PER_CLIENT_ADDRESS);
let fake: GoogleFake;
let google: GoogleDeps;

beforeAll(async () => {
  fake = await startGoogleFake();
  const config = googleConfig({ PUBLIC_GOOGLE_CLIENT_ID: fake.clientId, GOOGLE_CLIENT_SECRET: fake.clientSecret, GOOGLE_API_BASE_URL: fake.url }) as GoogleConfig;
  google = { db: server.database.db, config, keyring: tokenKeyring({ ENCRYPTION_KEY: randomBytes(32).toString('hex') }) };
});

afterAll(async () => {
  await fake?.close();
});

interface Watched {
  calendarId: string;
  googleCalendarId: string;
  channelId: string;
  token: string;
}

/**
 * A connected person's calendar with a push channel opened at the fake Google, pointed at the
 * test server; the channel is recorded (token digest) before events.watch, as the worker does.
 */
async function watchedCalendar(): Promise<Watched> {
  const db = server.database.db;
  const userId = await createTestUser(db);
  const auth = await createOAuthClient(google.config, REDIRECT);
  const { codeVerifier, codeChallenge } = await auth.generateCodeVerifierAsync();
  const code = fake.authorize({ redirectUri: REDIRECT, scope: 'openid email https://www.googleapis.com/auth/calendar', codeChallenge: codeChallenge as string });
  const { tokens } = await auth.getToken({ code, codeVerifier });
  const connectionId = await saveGoogleConnection(google, {
    userId,
    googleSubject: fake.account.sub,
    googleEmail: fake.account.email,
    scopes: ['openid', 'email'],
    tokens: { access_token: tokens.access_token, refresh_token: tokens.refresh_token, expiry_date: tokens.expiry_date },
  });
  const googleCalendarId = `${randomUUID()}@group.calendar.google.test`;
  fake.addCalendar({ id: googleCalendarId, summary: 'Work', timeZone: 'Europe/Berlin' });
  const [calendar] = await db.asService(
    (tx) => tx<{ id: string }[]>`
      insert into public.calendars (user_id, connection_id, google_calendar_id, sync_mode)
      values (${userId}, ${connectionId}, ${googleCalendarId}, 'show') returning id`,
  );
  const calendarId = (calendar as { id: string }).id;
  const channelId = randomUUID();
  const token = randomBytes(32).toString('base64url');
  await db.asService(
    (tx) => tx`
      insert into public.calendar_channels (id, user_id, calendar_id, token_hash, expires_at)
      values (${channelId}, ${userId}, ${calendarId}, ${createHash('sha256').update(token).digest()}, now() + interval '7 days')`,
  );
  auth.setCredentials(tokens);
  const api = await calendarApi(google.config, auth);
  await api.events.watch({ calendarId: googleCalendarId, requestBody: { id: channelId, type: 'web_hook', address: `${server.origin}${PATH}`, token } });
  return { calendarId, googleCalendarId, channelId, token };
}

/** Posts as Google's push does: no body, the X-Goog-* headers. */
function push(headers: Record<string, string>): Promise<Response> {
  return fetch(`${server.origin}${PATH}`, {
    method: 'POST',
    headers: { 'x-forwarded-for': '172.16.0.9', 'content-length': '0', 'x-goog-message-number': '2', 'x-goog-resource-state': 'exists', ...headers },
  });
}

const pushAs = (watched: Watched, headers: Record<string, string> = {}) =>
  push({ 'x-goog-channel-id': watched.channelId, 'x-goog-channel-token': watched.token, ...headers });

async function syncJobs(calendarId: string) {
  return server.database.db.sql<{ id: string; payload: { reason: string }; dedup_key: string; status: string }[]>`
    select id, payload, dedup_key, status from public.queue_jobs where job_type = 'calendar.sync' and payload->>'calendar_id' = ${calendarId}`;
}

describe('POST /webhooks/google/calendar', () => {
  it('refuses an unknown channel, a wrong token or malformed headers with 403 and enqueues nothing', async () => {
    const watched = await watchedCalendar();
    const unknown = await push({ 'x-goog-channel-id': randomUUID(), 'x-goog-channel-token': watched.token });
    expect(unknown.status).toBe(403);
    const wrong = await pushAs(watched, { 'x-goog-channel-token': randomBytes(32).toString('base64url') });
    expect(wrong.status).toBe(403);
    expect((await push({ 'x-goog-channel-id': 'not-a-uuid', 'x-goog-channel-token': watched.token })).status).toBe(403);
    expect((await push({ 'x-goog-channel-id': watched.channelId })).status).toBe(403);
    expect(await syncJobs(watched.calendarId)).toEqual([]);
  });

  it('acknowledges the channel’s sync message without enqueueing', async () => {
    const watched = await watchedCalendar();
    const response = await pushAs(watched, { 'x-goog-resource-state': 'sync', 'x-goog-message-number': '1' });
    expect(response.status).toBe(200);
    expect(await syncJobs(watched.calendarId)).toEqual([]);
  });

  it('enqueues one sync for a valid notification however many times it is posted, and one for Google’s own delivery', async () => {
    const watched = await watchedCalendar();
    const statuses = await Promise.all(Array.from({ length: 5 }, () => pushAs(watched).then((response) => response.status)));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const [job, ...others] = await syncJobs(watched.calendarId);
    expect(others).toEqual([]);
    expect(job).toMatchObject({ payload: { reason: 'push' }, dedup_key: `calendar-sync:${watched.calendarId}`, status: 'pending' });

    // The fake Google delivering a change to the channel the way Google does.
    expect(await fake.notify(watched.googleCalendarId)).toEqual([200]);
    expect((await syncJobs(watched.calendarId)).map((row) => row.id)).toEqual([job?.id]);
  });

  it('refuses a stopped or expired channel', async () => {
    const stopped = await watchedCalendar();
    const expired = await watchedCalendar();
    await server.database.db.asService(async (tx) => {
      await tx`update public.calendar_channels set stopped_at = now() where id = ${stopped.channelId}`;
      await tx`update public.calendar_channels set expires_at = now() - interval '1 second' where id = ${expired.channelId}`;
    });
    expect((await pushAs(stopped)).status).toBe(403);
    expect((await pushAs(expired)).status).toBe(403);
    expect([...(await syncJobs(stopped.calendarId)), ...(await syncJobs(expired.calendarId))]).toEqual([]);
  });
});
