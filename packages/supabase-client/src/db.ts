import postgres from 'postgres';
import { z } from 'zod';
import { asService, asServicePipelined } from './as-service.ts';
import { asUser, readAsUser } from './as-user.ts';
import { ping } from './ping.ts';
import type { PendingReads, PipelinedCommit, ReadResults, RunAsOptions } from './run-as.ts';

// SQL `date` (oid 1082) stays a 'YYYY-MM-DD' string instead of postgres.js's
// default Date at UTC midnight, which shifts a day in western time zones.
const types = {
  date: {
    to: 1082,
    from: [1082],
    serialize: (value: string) => value,
    parse: (value: string) => value,
  },
};

type DbTypes = { date: string };
export type Sql = postgres.Sql<DbTypes>;
export type Tx = postgres.TransactionSql<DbTypes>;
export type Notice = postgres.Notice;

const optionsSchema = z.object({
  url: z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL'),
  max: z.int().positive().default(10),
  // Supabase's transaction pooler (port 6543) cannot keep named prepared statements.
  prepare: z.boolean().default(true),
  genericPlans: z.boolean().default(false),
  asyncCommit: z.boolean().default(false),
  connectTimeoutSeconds: z.number().positive().default(10),
});

export interface DbOptions {
  url: string;
  /** Pool size (default 10). */
  max?: number;
  /** Named prepared statements (default true); false behind a transaction-mode pooler. */
  prepare?: boolean;
  /**
   * Plan each prepared statement once, for any parameters (plan_cache_mode force_generic_plan,
   * set at connection start). For pools that run only a few fixed statements whose best plan does
   * not depend on their parameters; PostgreSQL would otherwise plan them anew on every call.
   */
  genericPlans?: boolean;
  /**
   * Commits do not wait for their WAL flush (synchronous_commit off, set at connection start): a
   * database crash can lose the last few hundred milliseconds of this pool's commits, never a later
   * commit's (WAL is flushed in order). For writes whose loss only costs a repeat.
   */
  asyncCommit?: boolean;
  /** Server notices; by default only WARNING notices are printed. */
  onNotice?: (notice: Notice) => void;
  /** Default 10. */
  connectTimeoutSeconds?: number;
}

export interface Db {
  /**
   * The pool, connected as the configured database user, which owns the tables
   * and so is not subject to RLS. For migrations and maintenance only; request
   * handling goes through asUser/asService, or calls a function of schema `as_user`,
   * which reads as the user it is given (role and claims set for the call only).
   */
  readonly sql: Sql;
  /** Runs fn in one transaction as role `authenticated` with auth.uid() = userId (a uuid). */
  asUser<T>(userId: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Reads as the user like asUser, for queries all known up front: `queries` returns them
   * unawaited, and they go out with the COMMIT in one round trip (a READ ONLY transaction).
   */
  readAsUser<Q extends PendingReads>(userId: string, queries: (tx: Tx) => Q): Promise<ReadResults<Q>>;
  /** Runs fn in one transaction as role `service_role` (bypasses RLS); see RunAsOptions for asyncCommit. */
  asService<T>(fn: (tx: Tx) => Promise<T>, options?: RunAsOptions): Promise<T>;
  /**
   * asService without waiting for BEGIN's answer (one round trip less): BEGIN and the role go out
   * with fn's first statements; fn may call `commit` to send the COMMIT with its last statements
   * (one more round trip less). No savepoints. For hot transactions of a few awaited statements.
   */
  asServicePipelined<T>(fn: (tx: Tx, commit: PipelinedCommit) => Promise<T>, options?: RunAsOptions): Promise<T>;
  /** True when the server answers within timeoutMs (default 2000); never throws. */
  ping(timeoutMs?: number): Promise<boolean>;
  /** Closes the pool, letting running queries finish for up to timeoutSeconds (default 5). */
  close(timeoutSeconds?: number): Promise<void>;
}

// "relation already exists, skipping" and friends are noise for an application.
function printWarnings(notice: Notice): void {
  if (notice.severity === 'WARNING') console.warn(`PostgreSQL warning: ${notice.message}`);
}

// Column names stay snake_case, exactly as in SQL and in the JSON the API returns.
export function createDb(options: DbOptions): Db {
  const { url, max, prepare, genericPlans, asyncCommit, connectTimeoutSeconds } = optionsSchema.parse(options);
  const sql: Sql = postgres(url, {
    max,
    prepare,
    connection: {
      ...(genericPlans ? { plan_cache_mode: 'force_generic_plan' } : {}),
      ...(asyncCommit ? { synchronous_commit: 'off' } : {}),
    },
    connect_timeout: connectTimeoutSeconds,
    onnotice: options.onNotice ?? printWarnings,
    types,
  });
  return {
    sql,
    asUser: (userId, fn) => asUser(sql, userId, fn),
    readAsUser: (userId, queries) => readAsUser(sql, userId, queries),
    asService: (fn, options) => asService(sql, fn, options),
    asServicePipelined: (fn, options) => asServicePipelined(sql, fn, options),
    ping: (timeoutMs = 2000) => ping(sql, timeoutMs),
    close: (timeoutSeconds = 5) => sql.end({ timeout: timeoutSeconds }),
  };
}
