import { UNSUBSCRIBE_TOKEN_DAYS, type UnsubscribeVerdict, unsubscribeKeys, verifyUnsubscribeToken } from '@ordo/notify';
import { config } from '../config.ts';
import { database } from '../db.ts';

let keys: Buffer[] | undefined;

// Derived once: the key the worker signs the links in brief emails with, and the keys it signed
// them with before a rotation (ENCRYPTION_KEY_PREVIOUS), so older emails' links still work.
function signingKeys(): Buffer[] {
  keys ??= unsubscribeKeys(config());
  return keys;
}

const PROBLEMS: Record<Exclude<UnsubscribeVerdict, { ok: true }>['reason'], string> = {
  malformed: 'This unsubscribe link is incomplete or damaged. Open it again from the email (the whole link), or turn brief emails off in Settings.',
  tampered: 'This unsubscribe link is not one Ordo sent: it was changed or cut short. Open it again from the email, or turn brief emails off in Settings.',
  expired: `This unsubscribe link has expired (links work for ${UNSUBSCRIBE_TOKEN_DAYS} days). Use the link in a newer brief, or turn brief emails off in Settings.`,
};

export type UnsubscribeCheck = { ok: true; userId: string } | { ok: false; message: string };

/** Whether the link's token is one Ordo signed and still valid; a message for the person when not. */
export function checkUnsubscribeLink(token: string): UnsubscribeCheck {
  const verdict = verifyUnsubscribeToken(token, signingKeys(), new Date());
  return verdict.ok ? { ok: true, userId: verdict.userId } : { ok: false, message: PROBLEMS[verdict.reason] };
}

/**
 * Turns the token owner's brief emails off (reason 'unsubscribed'). Authenticated by the signed
 * token alone, so it works from a mail provider's one-click POST with no session. Idempotent: a
 * second click changes nothing; an invalid token changes nothing and says why.
 */
export async function unsubscribeFromBriefEmails(token: string): Promise<UnsubscribeCheck> {
  const check = checkUnsubscribeLink(token);
  if (!check.ok) return check;
  await database().asService(
    (tx) => tx`
      update public.brief_preferences set
        email_enabled = false,
        email_disabled_reason = 'unsubscribed',
        email_disabled_at = case when email_enabled then now() else coalesce(email_disabled_at, now()) end
      where user_id = ${check.userId} and (email_enabled or email_disabled_reason is distinct from 'unsubscribed')`,
  );
  return check;
}

/**
 * The one request the app's cross-site form check lets through: a POST to an unsubscribe link.
 * Mail providers send RFC 8058 one-click unsubscribes from their own servers, with no Origin and
 * no cookies; the signed token in the path is the whole authority, and all it can do is stop
 * its owner's brief emails, so a forged cross-site post gains nothing without the token.
 */
export function isUnsubscribePost(request: Request, pathname: string): boolean {
  return request.method === 'POST' && /^\/unsubscribe\/[^/]+$/.test(pathname);
}
