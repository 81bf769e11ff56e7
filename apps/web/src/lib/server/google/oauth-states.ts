import { type GoogleDeps, open, seal } from '@ordo/google';
import type { Tx } from '@ordo/supabase-client';
import { database } from '../db.ts';
import { hashToken, newToken } from '../auth/tokens.ts';

/** How long a Google round trip (or a sign-in waiting for its password) may take. */
export const OAUTH_STATE_MINUTES = 10;

export type OAuthPurpose = 'sign_in' | 'connect';

export interface NewOAuthState {
  purpose: OAuthPurpose;
  /** connect: the person and the session the callback must come back in. */
  userId?: string;
  sessionId?: string;
  /** sign_in: the digest of the browser's flow cookie. */
  browserHash?: Buffer;
  codeVerifier: string;
  nonce: string;
  redirectUri: string;
  nextPath: string;
}

export interface OAuthState {
  purpose: OAuthPurpose;
  userId: string | null;
  sessionId: string | null;
  browserHash: Buffer | null;
  codeVerifier: string;
  nonce: string;
  redirectUri: string;
  nextPath: string;
  expired: boolean;
}

// The verifier is bound to its state: a sealed verifier copied to another row does not open.
const verifierBinding = (stateHash: Buffer) => `oauth-state:${stateHash.toString('hex')}`;

/** Records a flow about to be sent to Google; returns the `state` value for the authorization URL. */
export async function storeOAuthState(deps: GoogleDeps, input: NewOAuthState): Promise<string> {
  const state = newToken();
  const stateHash = hashToken(state);
  const { sealed } = seal(deps.keyring, input.codeVerifier, verifierBinding(stateHash));
  await database().asService(async (tx) => {
    // Abandoned flows go as new ones start.
    await tx`delete from public.oauth_states where expires_at < now()`;
    await tx`
      insert into public.oauth_states (state_hash, purpose, user_id, session_id, browser_hash, code_verifier_sealed, nonce,
        redirect_uri, next_path, expires_at)
      values (${stateHash}, ${input.purpose}, ${input.userId ?? null}, ${input.sessionId ?? null}, ${input.browserHash ?? null},
        ${sealed}, ${input.nonce}, ${input.redirectUri}, ${input.nextPath}, now() + make_interval(mins => ${OAUTH_STATE_MINUTES}))`;
  });
  return state;
}

/**
 * Takes a flow's state out of the store (single use: a second callback with it finds nothing),
 * expired or not; null when it is unknown, already used, or not a Google round trip.
 */
export async function takeOAuthState(deps: GoogleDeps, state: string): Promise<OAuthState | null> {
  const stateHash = hashToken(state);
  const [row] = await database().asService(
    (tx) => tx<
      {
        purpose: string;
        user_id: string | null;
        session_id: string | null;
        browser_hash: Buffer | null;
        code_verifier_sealed: string;
        nonce: string;
        redirect_uri: string;
        next_path: string;
        expired: boolean;
      }[]
    >`
      delete from public.oauth_states where state_hash = ${stateHash} and purpose in ('sign_in', 'connect')
      returning purpose, user_id, session_id, browser_hash, code_verifier_sealed, nonce, redirect_uri, next_path,
        expires_at <= now() as expired`,
  );
  if (!row) return null;
  return {
    purpose: row.purpose as OAuthPurpose,
    userId: row.user_id,
    sessionId: row.session_id,
    browserHash: row.browser_hash,
    codeVerifier: open(deps.keyring, row.code_verifier_sealed, verifierBinding(stateHash)),
    nonce: row.nonce,
    redirectUri: row.redirect_uri,
    nextPath: row.next_path,
    expired: row.expired,
  };
}

/** A Google sign-in waiting for the password of the account that already has its address. */
export interface PendingLink {
  userId: string;
  /** The account's address as it spells it. */
  email: string;
  googleSubject: string;
  googleEmail: string;
  nextPath: string;
}

export interface NewPendingLink {
  browserHash: Buffer;
  userId: string;
  googleSubject: string;
  googleEmail: string;
  nextPath: string;
}

/** Records a pending link in the caller's transaction; returns the token for the link cookie. */
export async function storePendingLinkIn(tx: Tx, input: NewPendingLink): Promise<string> {
  const token = newToken();
  await tx`
    insert into public.oauth_states (state_hash, purpose, user_id, browser_hash, google_subject, google_email, next_path, expires_at)
    values (${hashToken(token)}, 'link', ${input.userId}, ${input.browserHash}, ${input.googleSubject}, ${input.googleEmail},
      ${input.nextPath}, now() + make_interval(mins => ${OAUTH_STATE_MINUTES}))`;
  return token;
}

type PendingLinkRow = { user_id: string; email: string; google_subject: string; google_email: string; next_path: string };

function toPendingLink(row: PendingLinkRow): PendingLink {
  return { userId: row.user_id, email: row.email, googleSubject: row.google_subject, googleEmail: row.google_email, nextPath: row.next_path };
}

/** The pending link of this browser (both its cookies), while unexpired; it stays pending. */
export async function findPendingLink(token: string, browserHash: Buffer): Promise<PendingLink | null> {
  const [row] = await database().asService(
    (tx) => tx<PendingLinkRow[]>`
      select s.user_id, u.email, s.google_subject, s.google_email, s.next_path
      from public.oauth_states s join public.users u on u.id = s.user_id
      where s.state_hash = ${hashToken(token)} and s.purpose = 'link' and s.browser_hash = ${browserHash} and s.expires_at > now()`,
  );
  return row ? toPendingLink(row) : null;
}

/** Takes this browser's pending link, in the caller's transaction (once its password was right). */
export async function takePendingLinkIn(tx: Tx, token: string, browserHash: Buffer): Promise<PendingLink | null> {
  const [row] = await tx<PendingLinkRow[]>`
    with taken as (
      delete from public.oauth_states
      where state_hash = ${hashToken(token)} and purpose = 'link' and browser_hash = ${browserHash} and expires_at > now()
      returning user_id, google_subject, google_email, next_path
    )
    select taken.user_id, u.email, taken.google_subject, taken.google_email, taken.next_path
    from taken join public.users u on u.id = taken.user_id`;
  return row ? toPendingLink(row) : null;
}
