import { randomBytes } from 'node:crypto';
import { createDb } from '@ordo/supabase-client';
import { createTestDatabase, createTestUser, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarApi, createOAuthClient, type GoogleConfig, googleConfig } from './google-clients.ts';
import { connectionAuth, disconnectGoogle, type GoogleDeps, GoogleDisconnectedError, saveGoogleConnection } from './google-connections.ts';
import { GoogleOAuthError } from './google-errors.ts';
import { type GoogleTokens, openGoogleTokens } from './google-tokens.ts';
import { type GoogleFake, startGoogleFake } from './testing/google-fake.ts';
import { tokenKeyring } from './token-keyring.ts';

const REDIRECT_URI = 'http://127.0.0.1/auth/google/callback';
const KEY = randomBytes(32).toString('hex');

let database: TestDatabase;
let fake: GoogleFake;
let deps: GoogleDeps;

function configFor(google: GoogleFake): GoogleConfig {
  return googleConfig({ PUBLIC_GOOGLE_CLIENT_ID: google.clientId, GOOGLE_CLIENT_SECRET: google.clientSecret, GOOGLE_API_BASE_URL: google.url }) as GoogleConfig;
}

beforeAll(async () => {
  [database, fake] = await Promise.all([createTestDatabase(), startGoogleFake({ tokenDelayMs: 150 })]);
  fake.addCalendar({ id: 'me@example.test', summary: 'Me', timeZone: 'Europe/Paris', primary: true });
  deps = { db: database.db, config: configFor(fake), keyring: tokenKeyring({ ENCRYPTION_KEY: KEY }) };
});

afterAll(async () => {
  await fake?.close();
  await database?.drop();
});

/** Real tokens from the fake's code exchange (with PKCE), as the connect flow gets them. */
async function grantedTokens(google: GoogleFake, config: GoogleConfig): Promise<GoogleTokens> {
  const client = await createOAuthClient(config, REDIRECT_URI);
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const code = google.authorize({ redirectUri: REDIRECT_URI, scope: 'openid email', codeChallenge: codeChallenge as string });
  const { tokens } = await client.getToken({ code, codeVerifier });
  return tokens as GoogleTokens;
}

/** A person with a connection whose access token is stored as expiring in `expiresInMs`. */
async function connected(expiresInMs: number, using: GoogleDeps = deps, google: GoogleFake = fake) {
  const userId = await createTestUser(using.db);
  const tokens = await grantedTokens(google, using.config);
  const connectionId = await saveGoogleConnection(using, {
    userId,
    googleSubject: google.account.sub,
    googleEmail: google.account.email,
    scopes: ['openid', 'email'],
    tokens: { ...tokens, expiry_date: Date.now() + expiresInMs },
  });
  return { userId, connectionId, tokens };
}

async function storedRow(connectionId: string) {
  const [row] = await database.db.sql<
    { user_id: string; tokens_sealed: string; token_key_id: string; status: string; disconnected_reason: string | null; disconnected_at: Date | null }[]
  >`select user_id, tokens_sealed, token_key_id, status, disconnected_reason, disconnected_at from google_connections where id = ${connectionId}`;
  return row;
}

describe('connectionAuth', () => {
  it('refreshes an expired token once for 10 concurrent callers, merging the new access token over the stored refresh token', async () => {
    const { connectionId, tokens } = await connected(-60_000);
    const before = fake.refreshCount;
    const clients = await Promise.all(Array.from({ length: 10 }, () => connectionAuth(deps, connectionId)));
    expect(fake.refreshCount).toBe(before + 1);
    const accessTokens = new Set(clients.map(({ auth }) => auth.credentials.access_token));
    expect(accessTokens.size).toBe(1);
    expect(accessTokens.has(tokens.access_token)).toBe(false);
    // The client never holds the refresh token, so the library cannot refresh on its own.
    expect(clients.every(({ auth }) => auth.credentials.refresh_token === undefined)).toBe(true);

    const row = await storedRow(connectionId);
    const stored = openGoogleTokens(deps.keyring, row?.tokens_sealed as string, row?.user_id as string);
    expect(stored.access_token).toBe([...accessTokens][0]);
    expect(stored.refresh_token).toBe(tokens.refresh_token);
    expect(stored.expiry_date).toBeGreaterThan(Date.now() + 30 * 60_000);
  });

  it('refreshes once across two processes (two pools) that ask at the same time', async () => {
    const { connectionId } = await connected(-60_000);
    const otherProcess: GoogleDeps = { ...deps, db: createDb({ url: database.url, max: 4 }) };
    try {
      const before = fake.refreshCount;
      const clients = await Promise.all(
        Array.from({ length: 10 }, (_, i) => connectionAuth(i % 2 === 0 ? deps : otherProcess, connectionId)),
      );
      expect(fake.refreshCount).toBe(before + 1);
      expect(new Set(clients.map(({ auth }) => auth.credentials.access_token)).size).toBe(1);
    } finally {
      await otherProcess.db.close();
    }
  });

  it('does not refresh a token that has more than five minutes left', async () => {
    const { connectionId, tokens } = await connected(30 * 60_000);
    const before = fake.refreshCount;
    const { auth } = await connectionAuth(deps, connectionId);
    expect(fake.refreshCount).toBe(before);
    expect(auth.credentials.access_token).toBe(tokens.access_token);
  });

  it('refreshes ahead when the token has less than five minutes left', async () => {
    const { connectionId, tokens } = await connected(2 * 60_000);
    const before = fake.refreshCount;
    const { auth } = await connectionAuth(deps, connectionId);
    expect(fake.refreshCount).toBe(before + 1);
    expect(auth.credentials.access_token).not.toBe(tokens.access_token);
  });

  it('answers a 401 in the middle of a call with one forced refresh and one retry', async () => {
    const { connectionId } = await connected(30 * 60_000);
    const { auth } = await connectionAuth(deps, connectionId);
    const calendar = await calendarApi(deps.config, auth);
    fake.expireAccessTokens();
    const refreshes = fake.refreshCount;
    const lists = fake.count('GET', /calendarList$/);
    const { data } = await calendar.calendarList.list();
    expect(data.items?.map((item) => item.id)).toEqual(['me@example.test']);
    expect(fake.refreshCount).toBe(refreshes + 1);
    expect(fake.count('GET', /calendarList$/)).toBe(lists + 2);
  });

  it('gives up after one retry when Google keeps refusing, instead of refreshing in a loop', async () => {
    const { connectionId } = await connected(30 * 60_000);
    const { auth } = await connectionAuth(deps, connectionId);
    const calendar = await calendarApi(deps.config, auth);
    const refreshes = fake.refreshCount;
    const lists = fake.count('GET', /calendarList$/);
    fake.failNext(/calendarList$/, 2, 401, 'authError');
    const error = await calendar.calendarList.list().catch((caught: unknown) => caught);
    expect((error as { status?: number }).status).toBe(401);
    expect(fake.refreshCount).toBe(refreshes + 1);
    expect(fake.count('GET', /calendarList$/)).toBe(lists + 2);
  });

  it('marks the connection disconnected on invalid_grant and throws GoogleDisconnectedError, then stops asking Google', async () => {
    const google = await startGoogleFake();
    const using: GoogleDeps = { ...deps, config: configFor(google) };
    try {
      const { connectionId } = await connected(-60_000, using, google);
      google.revokeRefreshTokens();
      const error = await connectionAuth(using, connectionId).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GoogleDisconnectedError);
      expect((error as GoogleDisconnectedError).reason).toBe('invalid_grant');
      const row = await storedRow(connectionId);
      expect(row).toMatchObject({ status: 'disconnected', disconnected_reason: 'invalid_grant' });
      expect(row?.disconnected_at).toBeInstanceOf(Date);

      const refreshes = google.refreshCount;
      await expect(connectionAuth(using, connectionId)).rejects.toBeInstanceOf(GoogleDisconnectedError);
      expect(google.refreshCount).toBe(refreshes);
    } finally {
      await google.close();
    }
  });

  it('leaves the connection active when Google answers 5xx, throwing a transient error for the job to retry', async () => {
    const google = await startGoogleFake();
    const using: GoogleDeps = { ...deps, config: configFor(google) };
    try {
      const { connectionId } = await connected(-60_000, using, google);
      // More failures than google-auth-library's own retries of the token request.
      google.failNext(/^\/token$/, 20, 503);
      const error = await connectionAuth(using, connectionId).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GoogleOAuthError);
      expect((error as GoogleOAuthError).transient).toBe(true);
      // Nothing of the request (the refresh token is in its form body) travels with the error.
      expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('1//fake-');
      expect((error as Error).cause).toBeUndefined();
      expect(await storedRow(connectionId)).toMatchObject({ status: 'active', disconnected_reason: null });
    } finally {
      await google.close();
    }
  });

  it('opens a connection sealed under ENCRYPTION_KEY_PREVIOUS and reseals it under the current key', async () => {
    const { connectionId, tokens } = await connected(30 * 60_000);
    const rotatedKey = randomBytes(32).toString('base64');
    const rotated: GoogleDeps = { ...deps, keyring: tokenKeyring({ ENCRYPTION_KEY: rotatedKey, ENCRYPTION_KEY_PREVIOUS: KEY }) };
    expect((await storedRow(connectionId))?.token_key_id).toBe(deps.keyring.currentKeyId);

    const { auth } = await connectionAuth(rotated, connectionId);
    expect(auth.credentials.access_token).toBe(tokens.access_token);
    const row = await storedRow(connectionId);
    expect(row?.token_key_id).toBe(rotated.keyring.currentKeyId);
    // Only the new key is needed from now on.
    const newKeyOnly = tokenKeyring({ ENCRYPTION_KEY: rotatedKey });
    expect(openGoogleTokens(newKeyOnly, row?.tokens_sealed as string, row?.user_id as string).refresh_token).toBe(tokens.refresh_token);
  });

  it('throws GoogleDisconnectedError for a connection that does not exist', async () => {
    await expect(connectionAuth(deps, '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(GoogleDisconnectedError);
  });
});

describe('saveGoogleConnection', () => {
  it('keeps the stored refresh token when a new grant comes without one', async () => {
    const { userId, connectionId, tokens } = await connected(30 * 60_000);
    const again = await saveGoogleConnection(deps, {
      userId,
      googleSubject: fake.account.sub,
      googleEmail: fake.account.email,
      scopes: ['openid'],
      tokens: { access_token: 'ya29.new-access', expiry_date: Date.now() + 3_600_000 },
    });
    expect(again).toBe(connectionId);
    const row = await storedRow(connectionId);
    const stored = openGoogleTokens(deps.keyring, row?.tokens_sealed as string, userId);
    expect(stored).toMatchObject({ access_token: 'ya29.new-access', refresh_token: tokens.refresh_token });
  });

  it('replaces the connection, its calendars with it, when another Google account is connected', async () => {
    const { userId, connectionId } = await connected(30 * 60_000);
    await database.db.sql`insert into calendars (user_id, connection_id, google_calendar_id) values (${userId}, ${connectionId}, 'old@example.test')`;
    const replaced = await saveGoogleConnection(deps, {
      userId,
      googleSubject: 'another-account',
      googleEmail: 'other@example.test',
      scopes: ['openid'],
      tokens: { access_token: 'ya29.other', refresh_token: '1//other', expiry_date: Date.now() + 3_600_000 },
    });
    expect(replaced).not.toBe(connectionId);
    const calendars = await database.db.sql`select 1 from calendars where user_id = ${userId}`;
    expect(calendars).toHaveLength(0);
    const row = await storedRow(replaced);
    expect(openGoogleTokens(deps.keyring, row?.tokens_sealed as string, userId).refresh_token).toBe('1//other');
  });
});

describe('disconnectGoogle', () => {
  it('revokes the refresh token at Google and deletes the connection with its calendars', async () => {
    const { userId, connectionId, tokens } = await connected(30 * 60_000);
    await database.db.sql`insert into calendars (user_id, connection_id, google_calendar_id) values (${userId}, ${connectionId}, 'me@example.test')`;
    expect(await disconnectGoogle(deps, userId)).toBe('revoked');
    expect(fake.revokedTokens).toContain(tokens.refresh_token);
    expect(await storedRow(connectionId)).toBeUndefined();
    expect(await database.db.sql`select 1 from calendars where user_id = ${userId}`).toHaveLength(0);
    expect(await disconnectGoogle(deps, userId)).toBe('not_connected');
  });

  it('still deletes locally when Google cannot be reached, and says so', async () => {
    const google = await startGoogleFake();
    const using: GoogleDeps = { ...deps, config: configFor(google) };
    try {
      const { userId, connectionId } = await connected(30 * 60_000, using, google);
      google.failNext(/^\/revoke$/, 20, 503);
      expect(await disconnectGoogle(using, userId)).toBe('unreachable');
      expect(google.revokedTokens).toHaveLength(0);
      expect(await storedRow(connectionId)).toBeUndefined();
    } finally {
      await google.close();
    }
  });
});
