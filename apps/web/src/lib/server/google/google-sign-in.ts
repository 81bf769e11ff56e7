import { database } from '../db.ts';
import type { GoogleIdentity } from './google-identity.ts';
import { storePendingLinkIn } from './oauth-states.ts';

export type GoogleSignInResolution =
  /** A known Google account, or a new account made for it just now. */
  | { kind: 'sign_in'; userId: string; created: boolean }
  /** An account already has this (Google-verified) address: its password must confirm the link. */
  | { kind: 'link'; linkToken: string }
  | { kind: 'refused'; reason: 'unverified_email' | 'no_email' };

/**
 * Decides what a Google sign-in means. A Google account is known by its `sub` alone, never by
 * address. An unknown one gets a new account when no account has its address (verified when Google
 * says so), or waits for the password of the account that does; an address Google has not verified
 * is never linked to anyone's account.
 */
export async function resolveGoogleSignIn(identity: GoogleIdentity, flow: { browserHash: Buffer; nextPath: string }): Promise<GoogleSignInResolution> {
  return database().asService(async (tx): Promise<GoogleSignInResolution> => {
    // Account creation takes turns with password sign-ups, so an address cannot be taken twice.
    await tx`select pg_advisory_xact_lock(hashtext('ordo.sign_up'))`;
    const [known] = await tx<{ user_id: string }[]>`
      update public.oauth_identities set last_sign_in_at = now(), email = ${identity.email}
      where provider = 'google' and subject = ${identity.subject}
      returning user_id`;
    if (known) return { kind: 'sign_in', userId: known.user_id, created: false };
    if (!identity.email) return { kind: 'refused', reason: 'no_email' };
    const [existing] = await tx<{ id: string }[]>`select id from public.users where lower(email) = lower(${identity.email})`;
    if (existing) {
      if (!identity.emailVerified) return { kind: 'refused', reason: 'unverified_email' };
      const linkToken = await storePendingLinkIn(tx, {
        browserHash: flow.browserHash,
        userId: existing.id,
        googleSubject: identity.subject,
        googleEmail: identity.email,
        nextPath: flow.nextPath,
      });
      return { kind: 'link', linkToken };
    }
    const [user] = await tx<{ id: string }[]>`
      insert into public.users (email, name, email_verified_at)
      values (${identity.email}, ${identity.name}, case when ${identity.emailVerified} then now() end)
      returning id`;
    if (!user) throw new Error('user insert returned no row');
    await tx`
      insert into public.oauth_identities (user_id, provider, subject, email, last_sign_in_at)
      values (${user.id}, 'google', ${identity.subject}, ${identity.email}, now())`;
    return { kind: 'sign_in', userId: user.id, created: true };
  });
}
