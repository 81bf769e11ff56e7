import { database } from '../db.ts';
import { hashToken } from './tokens.ts';

/** The tables of single-use links mailed to people: a token digest, an expiry, and when it was used. */
export type LinkTokenTable = 'password_reset_tokens' | 'email_verification_tokens';

/** Whether a mailed link's token is known, unused and unexpired (its page offers the action only then). */
export async function linkTokenIsUsable(table: LinkTokenTable, token: string): Promise<boolean> {
  const rows = await database().asService(
    (tx) => tx`
      select 1 from ${tx('public')}.${tx(table)}
      where token_hash = ${hashToken(token)} and used_at is null and expires_at > now()
    `,
  );
  return rows.length > 0;
}
