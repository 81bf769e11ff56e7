import { createHash, createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addDays, formatDate, instantOfWallTime, parseDate, wallTimeAt } from '@ordo/shared-types';

/**
 * A loopback stand-in for Google's OAuth 2.0 endpoints and Calendar v3 REST, speaking their wire
 * format closely enough that the real `googleapis` client works against it unchanged (point it
 * here with GOOGLE_API_BASE_URL). State is in memory; tests drive "the person editing their
 * calendar in Google" through the methods below and read what Ordo did through `requests`.
 */

export interface GoogleFakeAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name?: string;
}

/** An event as Google stores it (the REST resource). */
export interface GoogleFakeEvent {
  kind: 'calendar#event';
  id: string;
  etag: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  htmlLink: string;
  created: string;
  updated: string;
  summary?: string;
  description?: string;
  location?: string;
  start: { dateTime?: string; date?: string; timeZone?: string };
  end: { dateTime?: string; date?: string; timeZone?: string };
  recurrence?: string[];
  recurringEventId?: string;
  originalStartTime?: { dateTime?: string; date?: string; timeZone?: string };
  transparency?: 'opaque' | 'transparent';
  iCalUID: string;
  sequence: number;
  extendedProperties?: { private?: Record<string, string>; shared?: Record<string, string> };
  eventType: 'default';
}

export interface GoogleFakeCalendar {
  id: string;
  summary: string;
  timeZone: string;
  primary?: boolean;
  accessRole?: 'owner' | 'writer' | 'reader' | 'freeBusyReader';
  backgroundColor?: string;
}

export interface GoogleFakeChannel {
  id: string;
  token: string | undefined;
  address: string;
  calendarId: string;
  resourceId: string;
  expiration: number;
  stopped: boolean;
  messageNumber: number;
}

/** One request the fake answered, for tests to count API calls. */
export interface GoogleFakeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  at: Date;
}

export interface GoogleFakeOptions {
  clientId?: string;
  clientSecret?: string;
  account?: GoogleFakeAccount;
  /** Access tokens live this long (seconds). */
  accessTokenSeconds?: number;
  /** Events a page holds when the client does not say (Google: 250). */
  defaultPageSize?: number;
  /** Delay before answering a token request (ms): lets tests see concurrent refreshes overlap. */
  tokenDelayMs?: number;
}

interface StoredEvent {
  calendarId: string;
  event: GoogleFakeEvent;
  /** The change sequence number of its last change (sync tokens compare against it). */
  changedAt: number;
}

interface Grant {
  code: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  codeChallenge: string | undefined;
  nonce: string | undefined;
  account: GoogleFakeAccount;
}

export interface GoogleFake {
  /** The origin to set as GOOGLE_API_BASE_URL. */
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Every request answered, in order. */
  readonly requests: readonly GoogleFakeRequest[];
  readonly channels: readonly GoogleFakeChannel[];
  /** Refresh-token grants answered (successful or not). */
  readonly refreshCount: number;
  /** The account the consent screen signs in as (change it between tests). */
  account: GoogleFakeAccount;
  addCalendar(calendar: GoogleFakeCalendar): void;
  /** Creates or replaces an event as if edited in Google; returns it as stored. */
  putEvent(calendarId: string, event: Partial<GoogleFakeEvent> & Pick<GoogleFakeEvent, 'start' | 'end'>): GoogleFakeEvent;
  /** Deletes an event as if in Google (it then lists as cancelled in incremental syncs). */
  deleteEvent(calendarId: string, eventId: string): void;
  event(calendarId: string, eventId: string): GoogleFakeEvent | undefined;
  /** Every stored event (masters, not expanded instances) of a calendar, cancelled ones included. */
  events(calendarId: string): GoogleFakeEvent[];
  /** Every sync token issued so far stops working (answers 410). */
  expireSyncTokens(): void;
  /** Every access token issued so far is refused (401) until refreshed. */
  expireAccessTokens(): void;
  /** Every refresh token issued so far answers `invalid_grant`. */
  revokeRefreshTokens(): void;
  /** Tokens revoked through the revoke endpoint. */
  readonly revokedTokens: readonly string[];
  /** Issues an authorization code directly (as the consent screen would), for tests without a browser. */
  authorize(params: { redirectUri: string; scope: string; codeChallenge?: string; nonce?: string }): string;
  /** Tells every live channel of a calendar that it changed (as Google's push does). */
  notify(calendarId: string): Promise<number[]>;
  /**
   * The next `count` requests whose path matches (and whose query `when` accepts, if given) are
   * answered with this status and Google's error body.
   */
  failNext(pathPattern: RegExp, count: number, status: number, reason?: string, when?: (query: URLSearchParams) => boolean): void;
  /** Requests whose path matches. */
  count(method: string, pathPattern: RegExp): number;
  close(): Promise<void>;
}

const CALENDAR_PREFIX = '/calendar/v3';

export async function startGoogleFake(options: GoogleFakeOptions = {}): Promise<GoogleFake> {
  const clientId = options.clientId ?? 'ordo-test.apps.googleusercontent.com';
  const clientSecret = options.clientSecret ?? 'fake-client-secret';
  const accessSeconds = options.accessTokenSeconds ?? 3600;
  const defaultPageSize = options.defaultPageSize ?? 250;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyId = randomBytes(8).toString('hex');

  const calendars = new Map<string, GoogleFakeCalendar>();
  const events = new Map<string, StoredEvent>();
  const accessTokens = new Map<string, { expiresAt: number; scope: string }>();
  const refreshTokens = new Map<string, { scope: string; account: GoogleFakeAccount }>();
  const grants = new Map<string, Grant>();
  const revokedTokens: string[] = [];
  const requests: GoogleFakeRequest[] = [];
  const channels: GoogleFakeChannel[] = [];
  const failures: { pattern: RegExp; status: number; reason: string; when?: (query: URLSearchParams) => boolean }[] = [];
  let changeSeq = 0;
  let syncEpoch = 1;
  let refreshCount = 0;
  let origin = '';
  const fake = { account: options.account ?? { sub: '1000000001', email: 'person@gmail.test', email_verified: true } };

  const eventKey = (calendarId: string, eventId: string) => `${calendarId}\u0000${eventId}`;
  const nowIso = () => new Date().toISOString();
  const newEtag = () => `"${Date.now()}${String(changeSeq).padStart(6, '0')}"`;

  function storeEvent(calendarId: string, input: Partial<GoogleFakeEvent> & Pick<GoogleFakeEvent, 'start' | 'end'>): GoogleFakeEvent {
    changeSeq += 1;
    const id = input.id ?? randomBytes(13).toString('hex');
    const previous = events.get(eventKey(calendarId, id))?.event;
    const event: GoogleFakeEvent = {
      ...previous,
      ...input,
      kind: 'calendar#event',
      id,
      etag: newEtag(),
      status: input.status ?? previous?.status ?? 'confirmed',
      htmlLink: `${origin}/calendar/event?eid=${id}`,
      created: previous?.created ?? nowIso(),
      updated: nowIso(),
      iCalUID: previous?.iCalUID ?? input.iCalUID ?? `${id}@google.com`,
      sequence: previous ? previous.sequence + 1 : 0,
      eventType: 'default',
    };
    events.set(eventKey(calendarId, id), { calendarId, event, changedAt: changeSeq });
    return event;
  }

  function idToken(account: GoogleFakeAccount, aud: string, nonce: string | undefined): string {
    const header = { alg: 'RS256', kid: keyId, typ: 'JWT' };
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: origin,
      aud,
      azp: aud,
      sub: account.sub,
      email: account.email,
      email_verified: account.email_verified,
      ...(account.name ? { name: account.name } : {}),
      ...(nonce ? { nonce } : {}),
      iat: now,
      exp: now + 3600,
    };
    const body = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    const signature = createSign('RSA-SHA256').update(body).sign(privateKey).toString('base64url');
    return `${body}.${signature}`;
  }

  function issueAccessToken(scope: string): { access_token: string; expires_in: number } {
    const token = `ya29.fake-${randomBytes(18).toString('base64url')}`;
    accessTokens.set(token, { expiresAt: Date.now() + accessSeconds * 1000, scope });
    return { access_token: token, expires_in: accessSeconds };
  }

  // --- OAuth -------------------------------------------------------------------------------

  function authorize(params: { redirectUri: string; scope: string; codeChallenge?: string; nonce?: string }): string {
    const code = `4/fake-${randomBytes(16).toString('base64url')}`;
    grants.set(code, {
      code,
      clientId,
      redirectUri: params.redirectUri,
      scope: params.scope,
      codeChallenge: params.codeChallenge,
      nonce: params.nonce,
      account: { ...fake.account },
    });
    return code;
  }

  function consent(url: URL, response: ServerResponse): number {
    const redirectUri = url.searchParams.get('redirect_uri');
    if (url.searchParams.get('client_id') !== clientId || !redirectUri) {
      return send(response, 400, { error: 'invalid_request', error_description: 'unknown client_id or missing redirect_uri' });
    }
    const challenge = url.searchParams.get('code_challenge') ?? undefined;
    if (challenge && url.searchParams.get('code_challenge_method') !== 'S256') {
      return send(response, 400, { error: 'invalid_request', error_description: 'code_challenge_method must be S256' });
    }
    const scope = url.searchParams.get('scope') ?? '';
    const code = authorize({
      redirectUri,
      scope,
      ...(challenge ? { codeChallenge: challenge } : {}),
      ...(url.searchParams.get('nonce') ? { nonce: url.searchParams.get('nonce') as string } : {}),
    });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    const state = url.searchParams.get('state');
    if (state !== null) back.searchParams.set('state', state);
    back.searchParams.set('scope', scope);
    response.writeHead(302, { location: back.toString() }).end();
    return 302;
  }

  async function token(form: URLSearchParams, response: ServerResponse): Promise<number> {
    if (options.tokenDelayMs) await new Promise((resolve) => setTimeout(resolve, options.tokenDelayMs));
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
      return send(response, 401, { error: 'invalid_client', error_description: 'The OAuth client was not found.' });
    }
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') {
      const grant = grants.get(form.get('code') ?? '');
      if (!grant) return send(response, 400, { error: 'invalid_grant', error_description: 'Malformed auth code.' });
      grants.delete(grant.code);
      if (grant.redirectUri !== form.get('redirect_uri')) {
        return send(response, 400, { error: 'redirect_uri_mismatch', error_description: 'Bad Request' });
      }
      if (grant.codeChallenge !== undefined) {
        const verifier = form.get('code_verifier') ?? '';
        if (createHash('sha256').update(verifier).digest('base64url') !== grant.codeChallenge) {
          return send(response, 400, { error: 'invalid_grant', error_description: 'Invalid code verifier.' });
        }
      }
      const refresh = `1//fake-${randomBytes(24).toString('base64url')}`;
      refreshTokens.set(refresh, { scope: grant.scope, account: grant.account });
      return send(response, 200, {
        ...issueAccessToken(grant.scope),
        refresh_token: refresh,
        scope: grant.scope,
        token_type: 'Bearer',
        id_token: idToken(grant.account, clientId, grant.nonce),
      });
    }
    if (grantType === 'refresh_token') {
      refreshCount += 1;
      const stored = refreshTokens.get(form.get('refresh_token') ?? '');
      if (!stored) return send(response, 400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
      // Google omits refresh_token on refresh.
      return send(response, 200, { ...issueAccessToken(stored.scope), scope: stored.scope, token_type: 'Bearer' });
    }
    return send(response, 400, { error: 'unsupported_grant_type', error_description: `Invalid grant_type: ${grantType}` });
  }

  function revoke(tokenValue: string | null, response: ServerResponse): number {
    if (!tokenValue || (!accessTokens.has(tokenValue) && !refreshTokens.has(tokenValue))) {
      return send(response, 400, { error: 'invalid_token', error_description: 'Token expired or revoked' });
    }
    revokedTokens.push(tokenValue);
    // Revoking either token of a grant ends the grant.
    accessTokens.delete(tokenValue);
    refreshTokens.delete(tokenValue);
    return send(response, 200, {});
  }

  function certs(response: ServerResponse, form: 'pem' | 'jwk'): number {
    if (form === 'pem') return send(response, 200, { [keyId]: publicKey.export({ type: 'spki', format: 'pem' }).toString() });
    const jwk = publicKey.export({ format: 'jwk' });
    return send(response, 200, { keys: [{ ...jwk, kid: keyId, alg: 'RS256', use: 'sig' }] });
  }

  // --- Calendar ----------------------------------------------------------------------------

  function authorized(request: IncomingMessage): boolean {
    const header = request.headers.authorization ?? '';
    const bearer = /^Bearer (.+)$/.exec(header)?.[1];
    const stored = bearer ? accessTokens.get(bearer) : undefined;
    return stored !== undefined && stored.expiresAt > Date.now();
  }

  function calendarList(response: ServerResponse): number {
    return send(response, 200, {
      kind: 'calendar#calendarList',
      etag: `"${changeSeq}"`,
      items: [...calendars.values()].map((calendar) => ({
        kind: 'calendar#calendarListEntry',
        id: calendar.id,
        summary: calendar.summary,
        timeZone: calendar.timeZone,
        accessRole: calendar.accessRole ?? 'owner',
        backgroundColor: calendar.backgroundColor ?? '#4285f4',
        ...(calendar.primary ? { primary: true } : {}),
      })),
    });
  }

  function listEvents(calendarId: string, query: URLSearchParams, response: ServerResponse): number {
    const calendar = calendars.get(calendarId);
    if (!calendar) return googleError(response, 404, 'notFound', 'Not Found');
    const syncToken = query.get('syncToken');
    const pageToken = query.get('pageToken');
    const singleEvents = query.get('singleEvents') === 'true';
    const maxResults = Math.min(Number(query.get('maxResults') ?? defaultPageSize), 2500);
    if (syncToken && (query.has('timeMin') || query.has('timeMax') || query.has('q') || query.has('orderBy'))) {
      return googleError(response, 400, 'invalid', 'Sync token cannot be used with other request restrictions.');
    }
    // A page token carries the listing it continues: its filter, its sync point and its offset.
    let state: { since: number | null; upTo: number; offset: number; timeMin: string | null; timeMax: string | null; showDeleted: boolean };
    if (pageToken) {
      try {
        state = JSON.parse(Buffer.from(pageToken, 'base64url').toString('utf8'));
      } catch {
        return googleError(response, 400, 'invalid', 'Invalid page token value.');
      }
    } else if (syncToken) {
      const parsed = parseSyncToken(syncToken, calendarId);
      if (parsed === undefined) {
        return googleError(response, 410, 'fullSyncRequired', 'Sync token is no longer valid, a full sync is required.');
      }
      state = { since: parsed, upTo: changeSeq, offset: 0, timeMin: null, timeMax: null, showDeleted: true };
    } else {
      state = {
        since: null,
        upTo: changeSeq,
        offset: 0,
        timeMin: query.get('timeMin'),
        timeMax: query.get('timeMax'),
        showDeleted: query.get('showDeleted') === 'true',
      };
    }
    const since = state.since;
    // An instance edited or cancelled on its own is an exception event of its own (id
    // `<master>_<start>`, recurringEventId set): it replaces what the master expands to there.
    const exceptions = new Set(
      [...events.values()].filter((stored) => stored.calendarId === calendarId && stored.event.recurringEventId).map((stored) => stored.event.id),
    );
    const instancesOf = (event: GoogleFakeEvent) =>
      expand(event, calendar.timeZone, state.timeMin, state.timeMax, since !== null).filter(
        (instance) => instance === event || !exceptions.has(instance.id),
      );
    const matching = [...events.values()]
      .filter((stored) => stored.calendarId === calendarId && stored.changedAt <= state.upTo)
      .filter((stored) => (since === null ? true : stored.changedAt > since))
      .filter((stored) => since !== null || state.showDeleted || stored.event.status !== 'cancelled')
      .sort((a, b) => a.changedAt - b.changedAt)
      .flatMap((stored) => (singleEvents ? instancesOf(stored.event) : [stored.event]))
      .filter((event) => since !== null || overlaps(event, state.timeMin, state.timeMax));
    const page = matching.slice(state.offset, state.offset + maxResults);
    const more = state.offset + maxResults < matching.length;
    const body: Record<string, unknown> = {
      kind: 'calendar#events',
      etag: `"${changeSeq}"`,
      summary: calendar.summary,
      updated: nowIso(),
      timeZone: calendar.timeZone,
      accessRole: calendar.accessRole ?? 'owner',
      defaultReminders: [],
      items: page,
    };
    if (more) {
      body.nextPageToken = Buffer.from(JSON.stringify({ ...state, offset: state.offset + maxResults })).toString('base64url');
    } else {
      body.nextSyncToken = Buffer.from(`${syncEpoch}:${calendarId}:${state.upTo}`).toString('base64url');
    }
    return send(response, 200, body);
  }

  function parseSyncToken(tokenValue: string, calendarId: string): number | undefined {
    const [epoch, calendar, seq] = Buffer.from(tokenValue, 'base64url').toString('utf8').split(':');
    if (Number(epoch) !== syncEpoch || calendar !== calendarId || seq === undefined || !/^\d+$/.test(seq)) return undefined;
    return Number(seq);
  }

  function insertEvent(calendarId: string, body: unknown, response: ServerResponse): number {
    if (!calendars.has(calendarId)) return googleError(response, 404, 'notFound', 'Not Found');
    const input = body as Partial<GoogleFakeEvent>;
    if (!input?.start || !input.end) return googleError(response, 400, 'required', 'Missing end time.');
    const { id, etag: _etag, ...rest } = input;
    // A client may choose the id (base32hex, 5-1024 characters); Google refuses one it has used in
    // this calendar, deleted events included (they can be restored by an update instead).
    if (id !== undefined) {
      if (typeof id !== 'string' || !/^[0-9a-v]{5,1024}$/.test(id)) return googleError(response, 400, 'invalid', 'Invalid resource id value.');
      if (events.has(eventKey(calendarId, id))) return googleError(response, 409, 'duplicate', 'The requested identifier already exists.');
    }
    return send(response, 200, storeEvent(calendarId, { ...rest, ...(id === undefined ? {} : { id }), start: input.start, end: input.end }));
  }

  function patchEvent(calendarId: string, eventId: string, body: unknown, response: ServerResponse, replace: boolean): number {
    const stored = events.get(eventKey(calendarId, eventId));
    if (!stored) return googleError(response, 404, 'notFound', 'Not Found');
    const input = body as Partial<GoogleFakeEvent>;
    const base = replace ? { start: stored.event.start, end: stored.event.end } : stored.event;
    const merged = {
      ...base,
      ...input,
      extendedProperties: replace ? input.extendedProperties : mergeProperties(stored.event.extendedProperties, input.extendedProperties),
      id: eventId,
    } as GoogleFakeEvent;
    return send(response, 200, storeEvent(calendarId, merged));
  }

  function removeEvent(calendarId: string, eventId: string, response: ServerResponse): number {
    const stored = events.get(eventKey(calendarId, eventId));
    if (!stored || stored.event.status === 'cancelled') {
      return googleError(response, stored ? 410 : 404, stored ? 'deleted' : 'notFound', stored ? 'Resource has been deleted' : 'Not Found');
    }
    storeEvent(calendarId, { ...stored.event, status: 'cancelled' });
    response.writeHead(204).end();
    return 204;
  }

  function watch(calendarId: string, body: unknown, response: ServerResponse): number {
    const input = body as { id?: string; type?: string; address?: string; token?: string; expiration?: string | number; params?: { ttl?: string } };
    if (!input?.id || input.type !== 'web_hook' || !input.address) {
      return googleError(response, 400, 'required', 'Required: id, type=web_hook and address.');
    }
    if (!input.address.startsWith('https://') && !input.address.startsWith('http://127.0.0.1') && !input.address.startsWith('http://localhost')) {
      return googleError(response, 400, 'push.webhookUrlNotHttps', `WebHook callback must be HTTPS: ${input.address}`);
    }
    if (channels.some((channel) => channel.id === input.id && !channel.stopped)) {
      return googleError(response, 400, 'channelIdNotUnique', `Channel id ${input.id} not unique`);
    }
    const ttlSeconds = input.params?.ttl ? Number(input.params.ttl) : 7 * 24 * 3600;
    const requested = input.expiration ? Number(input.expiration) : Number.POSITIVE_INFINITY;
    const expiration = Math.min(requested, Date.now() + ttlSeconds * 1000);
    const channel: GoogleFakeChannel = {
      id: input.id,
      token: input.token,
      address: input.address,
      calendarId,
      resourceId: `res-${createHash('sha256').update(calendarId).digest('hex').slice(0, 20)}`,
      expiration,
      stopped: false,
      messageNumber: 1,
    };
    channels.push(channel);
    // Google confirms a new channel with a "sync" message.
    void deliver(channel, 'sync');
    return send(response, 200, {
      kind: 'api#channel',
      id: channel.id,
      resourceId: channel.resourceId,
      resourceUri: `${origin}${CALENDAR_PREFIX}/calendars/${encodeURIComponent(calendarId)}/events?alt=json`,
      ...(channel.token === undefined ? {} : { token: channel.token }),
      expiration: String(channel.expiration),
    });
  }

  function stopChannel(body: unknown, response: ServerResponse): number {
    const input = body as { id?: string; resourceId?: string };
    const channel = channels.find((candidate) => candidate.id === input?.id && candidate.resourceId === input?.resourceId && !candidate.stopped);
    if (!channel) return googleError(response, 404, 'notFound', `Channel '${input?.id}' not found for project`);
    channel.stopped = true;
    response.writeHead(204).end();
    return 204;
  }

  async function deliver(channel: GoogleFakeChannel, state: 'sync' | 'exists'): Promise<number> {
    const headers: Record<string, string> = {
      'x-goog-channel-id': channel.id,
      'x-goog-message-number': String(channel.messageNumber++),
      'x-goog-resource-id': channel.resourceId,
      'x-goog-resource-state': state,
      'x-goog-resource-uri': `${origin}${CALENDAR_PREFIX}/calendars/${encodeURIComponent(channel.calendarId)}/events?alt=json`,
      'x-goog-channel-expiration': new Date(channel.expiration).toUTCString(),
      'content-length': '0',
    };
    if (channel.token !== undefined) headers['x-goog-channel-token'] = channel.token;
    try {
      const answer = await fetch(channel.address, { method: 'POST', headers, signal: AbortSignal.timeout(10_000) });
      await answer.arrayBuffer();
      return answer.status;
    } catch {
      return 0;
    }
  }

  // --- HTTP --------------------------------------------------------------------------------

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<number> {
    const url = new URL(request.url ?? '/', origin);
    const path = url.pathname;
    const failure = failures.findIndex((candidate) => candidate.pattern.test(path) && (candidate.when?.(url.searchParams) ?? true));
    if (failure >= 0) {
      const { status, reason } = failures.splice(failure, 1)[0] as { status: number; reason: string };
      await readBody(request);
      return googleError(response, status, reason, `Injected failure ${status}`);
    }
    if (request.method === 'GET' && path === '/o/oauth2/v2/auth') return consent(url, response);
    if (request.method === 'POST' && path === '/token') return token(new URLSearchParams(await readBody(request)), response);
    if (request.method === 'POST' && path === '/revoke') {
      const form = new URLSearchParams(await readBody(request));
      return revoke(url.searchParams.get('token') ?? form.get('token'), response);
    }
    if (request.method === 'GET' && path === '/oauth2/v1/certs') return certs(response, 'pem');
    if (request.method === 'GET' && path === '/oauth2/v3/certs') return certs(response, 'jwk');
    if (!path.startsWith(`${CALENDAR_PREFIX}/`)) return googleError(response, 404, 'notFound', 'Not Found');

    const raw = await readBody(request);
    if (!authorized(request)) {
      return send(response, 401, {
        error: {
          code: 401,
          message: 'Request had invalid authentication credentials. Expected OAuth 2 access token.',
          errors: [{ message: 'Invalid Credentials', domain: 'global', reason: 'authError', location: 'Authorization', locationType: 'header' }],
          status: 'UNAUTHENTICATED',
        },
      });
    }
    let body: unknown = null;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return googleError(response, 400, 'parseError', 'Parse Error');
      }
    }
    const rest = path.slice(CALENDAR_PREFIX.length);
    if (request.method === 'GET' && rest === '/users/me/calendarList') return calendarList(response);
    if (request.method === 'POST' && rest === '/channels/stop') return stopChannel(body, response);
    const match = /^\/calendars\/([^/]+)\/events(?:\/([^/]+))?$/.exec(rest);
    if (!match) return googleError(response, 404, 'notFound', 'Not Found');
    const calendarId = decodeURIComponent(match[1] as string);
    const eventId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    if (eventId === 'watch' && request.method === 'POST') return watch(calendarId, body, response);
    if (eventId === undefined) {
      if (request.method === 'GET') return listEvents(calendarId, url.searchParams, response);
      if (request.method === 'POST') return insertEvent(calendarId, body, response);
    } else {
      if (request.method === 'GET') {
        const stored = events.get(eventKey(calendarId, eventId));
        return stored ? send(response, 200, stored.event) : googleError(response, 404, 'notFound', 'Not Found');
      }
      if (request.method === 'PATCH') return patchEvent(calendarId, eventId, body, response, false);
      if (request.method === 'PUT') return patchEvent(calendarId, eventId, body, response, true);
      if (request.method === 'DELETE') return removeEvent(calendarId, eventId, response);
    }
    return googleError(response, 405, 'methodNotAllowed', 'Method Not Allowed');
  }

  const server = createServer((request, response) => {
    const at = new Date();
    const url = new URL(request.url ?? '/', 'http://fake');
    handle(request, response)
      .catch((error: unknown) => (response.headersSent ? 500 : googleError(response, 500, 'backendError', String(error))))
      .then((status) => {
        requests.push({ method: request.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), status, at });
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    clientId,
    clientSecret,
    requests,
    channels,
    revokedTokens,
    get refreshCount() {
      return refreshCount;
    },
    get account() {
      return fake.account;
    },
    set account(account: GoogleFakeAccount) {
      fake.account = account;
    },
    addCalendar(calendar) {
      calendars.set(calendar.id, calendar);
    },
    putEvent(calendarId, event) {
      if (!calendars.has(calendarId)) throw new Error(`no calendar ${calendarId}`);
      return storeEvent(calendarId, event);
    },
    deleteEvent(calendarId, eventId) {
      const stored = events.get(eventKey(calendarId, eventId));
      if (!stored) throw new Error(`no event ${eventId}`);
      storeEvent(calendarId, { ...stored.event, status: 'cancelled' });
    },
    event(calendarId, eventId) {
      return events.get(eventKey(calendarId, eventId))?.event;
    },
    events(calendarId) {
      return [...events.values()].filter((stored) => stored.calendarId === calendarId).map((stored) => stored.event);
    },
    expireSyncTokens() {
      syncEpoch += 1;
    },
    expireAccessTokens() {
      for (const stored of accessTokens.values()) stored.expiresAt = 0;
    },
    revokeRefreshTokens() {
      refreshTokens.clear();
    },
    authorize,
    notify(calendarId) {
      const live = channels.filter((channel) => channel.calendarId === calendarId && !channel.stopped && channel.expiration > Date.now());
      return Promise.all(live.map((channel) => deliver(channel, 'exists')));
    },
    failNext(pathPattern, count, status, reason = status === 429 ? 'rateLimitExceeded' : 'backendError', when) {
      for (let i = 0; i < count; i++) failures.push({ pattern: pathPattern, status, reason, when });
    },
    count(method, pathPattern) {
      return requests.filter((request) => request.method === method && pathPattern.test(request.path)).length;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): number {
  response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body));
  return status;
}

/** Google's JSON error shape (what GaxiosError exposes as `response.data.error`). */
function googleError(response: ServerResponse, status: number, reason: string, message: string): number {
  return send(response, status, { error: { errors: [{ domain: 'global', reason, message }], code: status, message } });
}

function mergeProperties(
  previous: GoogleFakeEvent['extendedProperties'],
  next: GoogleFakeEvent['extendedProperties'],
): GoogleFakeEvent['extendedProperties'] {
  if (!next) return previous;
  return {
    private: { ...previous?.private, ...next.private },
    shared: { ...previous?.shared, ...next.shared },
  };
}

// --- Time helpers for expansion and window filtering ----------------------------------------

function eventStartMs(event: GoogleFakeEvent): number {
  return event.start.dateTime ? Date.parse(event.start.dateTime) : Date.parse(`${event.start.date}T00:00:00Z`);
}

function eventEndMs(event: GoogleFakeEvent): number {
  return event.end.dateTime ? Date.parse(event.end.dateTime) : Date.parse(`${event.end.date}T00:00:00Z`);
}

function overlaps(event: GoogleFakeEvent, timeMin: string | null, timeMax: string | null): boolean {
  if (event.status === 'cancelled') return true;
  if (timeMin && eventEndMs(event) <= Date.parse(timeMin)) return false;
  if (timeMax && eventStartMs(event) >= Date.parse(timeMax)) return false;
  return true;
}

/**
 * Instances of a recurring event, as `singleEvents=true` returns them. Supports what tests need:
 * RRULE FREQ=DAILY or WEEKLY with INTERVAL and COUNT or UNTIL, stepping the wall clock in the
 * event's zone (so a 09:00 meeting stays 09:00 across DST). Instance ids follow Google's
 * `<id>_<YYYYMMDDTHHMMSSZ>` (timed) or `<id>_<YYYYMMDD>` (all-day) pattern.
 */
function expand(
  event: GoogleFakeEvent,
  calendarZone: string,
  timeMin: string | null,
  timeMax: string | null,
  incremental: boolean,
): GoogleFakeEvent[] {
  const rule = event.recurrence?.find((line) => line.startsWith('RRULE:'));
  if (!rule) return [event];
  const parts = Object.fromEntries(
    rule
      .slice('RRULE:'.length)
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
  const stepDays = (parts.FREQ === 'WEEKLY' ? 7 : parts.FREQ === 'DAILY' ? 1 : Number.NaN) * Number(parts.INTERVAL ?? 1);
  if (Number.isNaN(stepDays)) throw new Error(`google fake: unsupported RRULE ${rule}`);
  const count = parts.COUNT ? Number(parts.COUNT) : 366;
  const until = parts.UNTIL ? Date.parse(parts.UNTIL.replace(/^(\d{4})(\d{2})(\d{2})(T(\d{2})(\d{2})(\d{2})Z)?$/, '$1-$2-$3T$5:$6:$7Z').replace('T::Z', 'T23:59:59Z')) : Number.POSITIVE_INFINITY;
  const zone = event.start.timeZone ?? calendarZone;
  const durationMs = eventEndMs(event) - eventStartMs(event);
  const instances: GoogleFakeEvent[] = [];
  const { recurrence: _recurrence, ...base } = event;
  for (let n = 0; n < count; n++) {
    let start: GoogleFakeEvent['start'];
    let end: GoogleFakeEvent['end'];
    let suffix: string;
    let startMs: number;
    if (event.start.date) {
      const day = addDays(event.start.date, n * stepDays);
      const endDay = addDays(day, Math.round(durationMs / 86_400_000));
      start = { date: day };
      end = { date: endDay };
      suffix = day.replaceAll('-', '');
      startMs = Date.parse(`${day}T00:00:00Z`);
    } else {
      const first = wallTimeAt(new Date(eventStartMs(event)), zone);
      const day = addDays(formatDate(first), n * stepDays);
      const instant = instantOfWallTime({ ...parseDate(day), hour: first.hour, minute: first.minute }, zone);
      startMs = instant.getTime();
      start = { dateTime: instant.toISOString(), timeZone: zone };
      end = { dateTime: new Date(startMs + durationMs).toISOString(), timeZone: zone };
      suffix = instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    }
    if (startMs > until) break;
    const instance: GoogleFakeEvent = {
      ...base,
      id: `${event.id}_${suffix}`,
      recurringEventId: event.id,
      originalStartTime: start,
      start,
      end,
    };
    if (!incremental && !overlaps(instance, timeMin, timeMax)) continue;
    instances.push(instance);
  }
  return instances;
}
