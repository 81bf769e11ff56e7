import { createOAuthClient, GOOGLE_CONNECT_SCOPES, GOOGLE_SIGN_IN_SCOPES, type GoogleDeps } from '@ordo/google';
import type { RequestEvent } from '@sveltejs/kit';
import type { CodeChallengeMethod, GenerateAuthUrlOpts } from 'google-auth-library';
import { limitAuthAttempt } from '../auth/rate-limits.ts';
import { safeNext } from '../auth/safe-next.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { linkOrigin } from '../request-origin.ts';
import { GOOGLE_FLOW_COOKIE, setFlowCookie } from './oauth-cookies.ts';
import { type NewOAuthState, storeOAuthState } from './oauth-states.ts';

export const CALLBACK_PATH = '/auth/google/callback';

export type StartOutcome = { ok: true; location: string } | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/**
 * Where Google sends the browser back: PUBLIC_APP_URL when set, else the address this request
 * used when it names this machine (the same rule as links in mail). Each must be registered as a
 * redirect URI of the OAuth client; it is stored with the flow, so the code exchange names the same.
 */
function redirectUri(event: RequestEvent): string {
  return new URL(CALLBACK_PATH, linkOrigin(event)).href;
}

async function authorizationUrl(
  deps: GoogleDeps,
  event: RequestEvent,
  flow: Pick<NewOAuthState, 'purpose' | 'userId' | 'sessionId' | 'browserHash' | 'nextPath'>,
  options: GenerateAuthUrlOpts,
): Promise<StartOutcome> {
  const retryAfterSeconds = await limitAuthAttempt('google_oauth', { address: event.getClientAddress() });
  if (retryAfterSeconds !== null) return { ok: false, reason: 'rate_limited', retryAfterSeconds };
  const uri = redirectUri(event);
  const client = await createOAuthClient(deps.config, uri);
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const nonce = newToken();
  const state = await storeOAuthState(deps, { ...flow, codeVerifier, nonce, redirectUri: uri });
  const location = client.generateAuthUrl({
    ...options,
    state,
    nonce,
    code_challenge: codeChallenge as string,
    code_challenge_method: 'S256' as CodeChallengeMethod,
  } as GenerateAuthUrlOpts);
  return { ok: true, location };
}

/** "Sign in with Google": binds the flow to this browser with a cookie, then goes to Google. */
export async function startGoogleSignIn(deps: GoogleDeps, event: RequestEvent, next: string | null): Promise<StartOutcome> {
  const browserToken = newToken();
  const outcome = await authorizationUrl(
    deps,
    event,
    { purpose: 'sign_in', browserHash: hashToken(browserToken), nextPath: safeNext(next, event.url.origin) },
    { scope: [...GOOGLE_SIGN_IN_SCOPES], access_type: 'online', prompt: 'select_account' },
  );
  if (outcome.ok) setFlowCookie(event.cookies, GOOGLE_FLOW_COOKIE, browserToken);
  return outcome;
}

/**
 * "Connect Google Calendar": bound to the signed-in session. Offline access with consent asked
 * every time, so Google always returns a refresh token, and earlier grants (sign-in) are kept.
 */
export async function startGoogleConnect(deps: GoogleDeps, event: RequestEvent, user: SessionUser, sessionId: string): Promise<StartOutcome> {
  return authorizationUrl(
    deps,
    event,
    { purpose: 'connect', userId: user.id, sessionId, nextPath: '/settings' },
    { scope: [...GOOGLE_CONNECT_SCOPES], access_type: 'offline', prompt: 'consent', include_granted_scopes: true },
  );
}
