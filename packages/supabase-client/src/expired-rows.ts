import type { PendingQuery, Row } from 'postgres';
import type { Sql } from './db.ts';

/** Phone codes older than this count toward no limit (the limits look back an hour) and verify nothing. */
export const KEEP_PHONE_CODES_SECONDS = 86_400;
/** Usage of a period this old is shown nowhere; a year stays for anyone who wants to look back. */
export const KEEP_USAGE_SECONDS = 400 * 86_400;

/** What one sweep deleted, per table. */
export interface ExpiredRowsSwept {
  sessions: number;
  password_reset_tokens: number;
  email_verification_tokens: number;
  phone_verifications: number;
  oauth_states: number;
  usage_counters: number;
}

/**
 * Deletes rows that can no longer be used: expired sessions and links, old phone codes, OAuth
 * states past their expiry, and usage of long-gone periods. The web app deletes a person's own
 * expired rows as it makes new ones; this takes the rows of people who never come back. Each
 * table goes in batches of at most batchSize, so no statement holds its locks for long.
 */
export async function sweepExpiredRows(sql: Sql, batchSize = 5000): Promise<ExpiredRowsSwept> {
  const pastExpiry = () => sql`expires_at <= now()`;
  const expired: Record<keyof ExpiredRowsSwept, () => PendingQuery<Row[]>> = {
    sessions: pastExpiry,
    password_reset_tokens: pastExpiry,
    email_verification_tokens: pastExpiry,
    phone_verifications: () => sql`created_at < now() - make_interval(secs => ${KEEP_PHONE_CODES_SECONDS})`,
    oauth_states: pastExpiry,
    usage_counters: () => sql`period_start < now() - make_interval(secs => ${KEEP_USAGE_SECONDS})`,
  };
  const swept = {} as ExpiredRowsSwept;
  for (const [table, condition] of Object.entries(expired) as [keyof ExpiredRowsSwept, () => PendingQuery<Row[]>][]) {
    const name = sql(`public.${table}`);
    let deleted: number;
    swept[table] = 0;
    do {
      // By row address, locked in the same statement (so it cannot move), skipping rows in use.
      const result = await sql`
        delete from ${name} where ctid = any(array(select ctid from ${name} where ${condition()} limit ${batchSize} for update skip locked))`;
      deleted = result.count;
      swept[table] += deleted;
    } while (deleted === batchSize);
  }
  return swept;
}
