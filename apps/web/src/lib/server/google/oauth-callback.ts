import { createOAuthClient, type GoogleDeps, type GoogleTokens, googleTokensSchema, toGoogleOAuthError } from '@ordo/google';
import type { RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { limitAuthAttempt } from '../auth/rate-limits.ts';
import { startSession } from '../auth/sign-in.ts';
import { hashToken } from '../auth/tokens.ts';
import { log } from '../logger.ts';
import { type ConnectOutcome, connectGoogleCalendar } from './google-connect.ts';
import { type GoogleIdentity, googleIdTokenClaimsSchema, toGoogleIdentity } from './google-identity.ts';
import type { ConnectMessage, SignInMessage } from './google-messages.ts';
import { resolveGoogleSignIn } from './google-sign-in.ts';
import { clearFlowCookies, GOOGLE_FLOW_COOKIE, GOOGLE_LINK_COOKIE, setFlowCookie } from './oauth-cookies.ts';
import { type OAuthState, takeOAuthState } from './oauth-states.ts';

const callbackQuerySchema = z.object({
  state: z.string().min(1).max(200).optional(),
  code: z.string().min(1).max(2000).optional(),
  error: z.string().max(200).optional(),
});

export type CallbackOutcome =
  | { ok: true; location: string }
  /** The request is not the end of a round trip this browser started: answered 400. */
  | { ok: false; status: 400; message: string }
  | { ok: false; status: 429; retryAfterSeconds: number };

const refused = (message: string): CallbackOutcome => ({ ok: false, status: 400, message });

/** Whether this request comes from the browser (sign-in) or the session (connect) that started the flow. */
function boundHere(event: RequestEvent, flow: OAuthState): boolean {
  if (flow.purpose === 'connect') {
    return event.locals.session?.via === 'cookie' && event.locals.session.id === flow.sessionId && event.locals.user?.id === flow.userId;
  }
  const browser = event.cookies.get(GOOGLE_FLOW_COOKIE);
  return browser !== undefined && flow.browserHash !== null && hashToken(browser).equals(flow.browserHash);
}

const signInPage = (message: SignInMessage) => `/login?google=${message}`;
const settingsPage = (message: ConnectMessage) => `/settings?google=${message}#google-calendar`;

/**
 * Google's redirect back: checks the state (known, unused, unexpired, and bound to this browser or
 * session; anything else is a 400 and changes nothing), exchanges the code with the PKCE verifier,
 * verifies the ID token (signature, audience, issuer, nonce), then signs in or connects.
 */
export async function finishGoogleOAuth(deps: GoogleDeps, event: RequestEvent): Promise<CallbackOutcome> {
  const retryAfterSeconds = await limitAuthAttempt('google_oauth', { address: event.getClientAddress() });
  if (retryAfterSeconds !== null) return { ok: false, status: 429, retryAfterSeconds };
  const query = callbackQuerySchema.safeParse(Object.fromEntries(event.url.searchParams));
  if (!query.success) return refused('The answer from Google is malformed.');
  const { state, code, error } = query.data;
  if (!state) return refused('The answer from Google has no state: start again from Ordo.');
  const flow = await takeOAuthState(deps, state);
  if (!flow) return refused('This sign-in link is unknown or was already used: start again from Ordo.');
  if (flow.expired) return refused('This sign-in took too long (more than 10 minutes): start again from Ordo.');
  if (!boundHere(event, flow)) return refused('This answer from Google belongs to a sign-in started in another browser or session: start again from Ordo.');

  const failed = (message: SignInMessage & ConnectMessage): CallbackOutcome => {
    if (flow.purpose === 'sign_in') clearFlowCookies(event.cookies);
    return { ok: true, location: flow.purpose === 'sign_in' ? signInPage(message) : settingsPage(message) };
  };
  if (error !== undefined) return failed(error === 'access_denied' ? 'access_denied' : 'failed');
  if (!code) return refused('The answer from Google has no authorization code.');

  const granted = await exchangeCode(deps, flow, code);
  if (!granted) return failed('failed');
  if (flow.purpose === 'connect') {
    const outcome = await connect(deps, flow.userId as string, granted.tokens, granted.identity);
    return { ok: true, location: settingsPage(outcome) };
  }
  return signIn(event, flow, granted.identity);
}

async function exchangeCode(deps: GoogleDeps, flow: OAuthState, code: string): Promise<{ tokens: GoogleTokens; identity: GoogleIdentity } | null> {
  const client = await createOAuthClient(deps.config, flow.redirectUri);
  let tokens: GoogleTokens;
  try {
    tokens = googleTokensSchema.parse((await client.getToken({ code, codeVerifier: flow.codeVerifier })).tokens);
  } catch (error) {
    const failure = toGoogleOAuthError('exchange', error);
    log().warn({ purpose: flow.purpose, status: failure.status, code: failure.code }, 'Google code exchange failed');
    return null;
  }
  try {
    if (!tokens.id_token) throw new Error('no ID token');
    const ticket = await client.verifyIdToken({ idToken: tokens.id_token, audience: deps.config.clientId });
    const claims = googleIdTokenClaimsSchema.parse(ticket.getPayload());
    if (claims.nonce !== flow.nonce) throw new Error('nonce mismatch');
    return { tokens, identity: toGoogleIdentity(claims) };
  } catch (error) {
    // The library's messages name the check that failed; they carry no token.
    log().warn({ purpose: flow.purpose, reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown' }, 'Google ID token refused');
    return null;
  }
}

async function connect(deps: GoogleDeps, userId: string, tokens: GoogleTokens, identity: GoogleIdentity): Promise<ConnectOutcome | 'failed'> {
  try {
    return await connectGoogleCalendar(deps, userId, tokens, identity);
  } catch (error) {
    log().warn({ err: loggable(error) }, 'Google Calendar connect failed');
    return 'failed';
  }
}

// A library error keeps the request it made; only its status and Google's code are logged.
function loggable(error: unknown): unknown {
  const fromLibrary = typeof error === 'object' && error !== null && 'config' in error;
  if (!fromLibrary) return error;
  const failure = toGoogleOAuthError('exchange', error);
  return { type: 'GoogleApiError', status: failure.status, code: failure.code };
}

async function signIn(event: RequestEvent, flow: OAuthState, identity: GoogleIdentity): Promise<CallbackOutcome> {
  const resolution = await resolveGoogleSignIn(identity, { browserHash: flow.browserHash as Buffer, nextPath: flow.nextPath });
  if (resolution.kind === 'refused') {
    clearFlowCookies(event.cookies);
    return { ok: true, location: signInPage(resolution.reason) };
  }
  if (resolution.kind === 'link') {
    setFlowCookie(event.cookies, GOOGLE_LINK_COOKIE, resolution.linkToken);
    return { ok: true, location: '/login/google' };
  }
  await startSession(event, resolution.userId);
  clearFlowCookies(event.cookies);
  return { ok: true, location: flow.nextPath };
}
