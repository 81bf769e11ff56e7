import type { Sql, Tx } from './db.ts';

export type ApiRole = 'authenticated' | 'service_role';

/** A query built on a transaction and not yet awaited: postgres.js sends it on execute(). */
interface PendingRead extends PromiseLike<unknown> {
  execute(): unknown;
}
export type PendingReads = readonly PendingRead[];
/** What each of the pending queries resolves to, in order. */
export type ReadResults<Q extends PendingReads> = { -readonly [K in keyof Q]: Awaited<Q[K]> };

export interface RunAsOptions {
  /**
   * The COMMIT does not wait for its WAL flush (synchronous_commit off for this transaction). Only
   * for writes that a later durable commit always follows before anything depends on them:
   * PostgreSQL flushes WAL in order, so that commit makes this one durable too, and a database
   * crash before it loses this one with it.
   */
  asyncCommit?: boolean;
  /**
   * Plan this transaction's prepared statements once for any parameters (plan_cache_mode
   * force_generic_plan for the transaction), set in the role's statement at no extra round trip.
   * For hot statements whose best plan does not depend on their parameters.
   */
  genericPlans?: boolean;
}

function setRoleAndClaims(tx: Sql | Tx, role: ApiRole, claims: Record<string, string>, options: RunAsOptions = {}) {
  // Each setting keeps its own statement text, so each combination is prepared once.
  const commit = options.asyncCommit ? 'off' : null;
  const plans = options.genericPlans ? 'force_generic_plan' : null;
  if (!commit && !plans) return tx`select set_config('role', ${role}, true), set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`;
  return tx`
    select set_config('role', ${role}, true), set_config('request.jwt.claims', ${JSON.stringify(claims)}, true),
      set_config('synchronous_commit', coalesce(${commit}::text, current_setting('synchronous_commit')), true),
      set_config('plan_cache_mode', coalesce(${plans}::text, current_setting('plan_cache_mode')), true)`;
}

// Runs fn in one transaction as `role` with Supabase-style JWT claims, so RLS
// policies and auth.uid() see the same thing they would behind PostgREST.
// Both settings are transaction-local (is_local = true): nothing outlives the
// transaction, which is what makes this safe through a transaction pooler.
export async function runAs<T>(
  sql: Sql,
  role: ApiRole,
  claims: Record<string, string>,
  fn: (tx: Tx) => Promise<T>,
  options: RunAsOptions = {},
): Promise<T> {
  let result: T | undefined;
  await sql.begin(async (tx) => {
    // Sent at once, not awaited: fn's first query is pipelined behind it on the same connection,
    // which runs them in order, saving a round trip. If it fails, the transaction is aborted and
    // fn's queries fail with it, so nothing ever runs without the role.
    const setup = setRoleAndClaims(tx, role, claims, options).execute();
    result = await fn(tx);
    await setup;
  });
  return result as T;
}

/**
 * Sends a pipelined transaction's COMMIT at once, right behind the statements already sent, so it
 * shares their round trip; resolves when it committed. Once called, the transaction commits unless
 * a statement failed, whatever fn does next. A statement sent after it is refused, even one built
 * before it (postgres.js sends a query when it is first awaited): it would run outside the
 * transaction. Rejects if the transaction did not commit.
 */
export type PipelinedCommit = () => Promise<void>;

const NO_STATEMENT_AFTER_COMMIT = 'the pipelined transaction was committed: no statement may follow its COMMIT';

/** postgres.js's query as built: `handler` sends it, on its first await or execute(). */
interface UnsentQuery {
  handler: (query: UnsentQuery) => unknown;
  reject: (error: unknown) => void;
}

/**
 * runAs without waiting for BEGIN's answer: BEGIN, the role's statement and fn's first statements
 * go out together on a connection reserved from the pool, so a transaction whose statements are
 * each awaited costs one round trip less (sql.begin waits for BEGIN before calling fn). fn may call
 * `commit` with its last statements in flight, to save the COMMIT's own round trip; otherwise the
 * COMMIT follows fn. A failure anywhere rolls the transaction back; statements after a failed one
 * fail with it, so nothing runs without the role. The transaction has no savepoints (fn gets no
 * savepoint or prepare).
 */
export async function runAsPipelined<T>(
  sql: Sql,
  role: ApiRole,
  claims: Record<string, string>,
  fn: (tx: Tx, commit: PipelinedCommit) => Promise<T>,
  options: RunAsOptions = {},
): Promise<T> {
  const connection = await sql.reserve();
  // A query goes out when first awaited or executed, not when built, and in the order of those
  // calls: each is checked as it goes out, against whether the COMMIT went out before it.
  let commitSent = false;
  const onSend = <Q>(built: Q, beforeSend: () => void): Q => {
    if (built instanceof Promise && typeof (built as Partial<UnsentQuery>).handler === 'function') {
      const query = built as unknown as UnsentQuery;
      const send = query.handler;
      query.handler = (sent) => {
        try {
          beforeSend();
        } catch (error) {
          return sent.reject(error);
        }
        return send(sent);
      };
    }
    return built;
  };
  const refusedAfterCommit = <Q>(built: Q): Q =>
    onSend(built, () => {
      if (commitSent) throw new Error(NO_STATEMENT_AFTER_COMMIT);
    });
  let committed: Promise<void> | null = null;
  const commit: PipelinedCommit = () => {
    committed ??= (async () => {
      const done = await onSend(connection`commit`, () => {
        commitSent = true;
      }).execute();
      // In a transaction a statement failed in, PostgreSQL answers COMMIT with ROLLBACK.
      if (done.command !== 'COMMIT') throw new Error(`the transaction did not commit (${done.command}): a statement in it failed`);
    })();
    return committed;
  };
  const unavailable = () => Promise.reject(new Error('savepoints are not available in a pipelined transaction'));
  const tx = new Proxy(Object.assign(connection, { savepoint: unavailable, prepare: unavailable }), {
    apply: (target, self, args) => refusedAfterCommit(Reflect.apply(target, self, args)),
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== 'unsafe' && key !== 'file') return value;
      return (...args: unknown[]) => refusedAfterCommit(Reflect.apply(value, target, args));
    },
  }) as unknown as Tx;
  try {
    const opened = connection`begin`.execute();
    const setup = setRoleAndClaims(connection, role, claims, options).execute();
    // Their failure is fn's too (its statements fail after them); awaited below in any case.
    opened.catch(() => undefined);
    setup.catch(() => undefined);
    const result = await fn(tx, commit);
    await opened;
    await setup;
    await commit();
    return result;
  } catch (error) {
    // A COMMIT already sent ends the transaction, committed or not: no ROLLBACK after it. Either
    // answer comes after those of every statement before it, so the connection goes back idle.
    const ended = (committed as Promise<void> | null) ?? connection`rollback`;
    await ended.catch(() => undefined);
    throw error;
  } finally {
    connection.release();
  }
}

/**
 * Reads whose queries are all known before any result is: one READ ONLY transaction on the
 * pool's own connection, in which the queries and the COMMIT are sent together, so after BEGIN
 * a single round trip answers them all (runAs needs one more for the COMMIT). `queries` returns
 * them unawaited. A failed query aborts the transaction, and its error is thrown.
 */
export async function pipelinedRead<Q extends PendingReads>(sql: Sql, queries: (tx: Tx) => Q): Promise<ReadResults<Q>> {
  let answers: Promise<unknown[]> | undefined;
  await sql.begin('read only', (tx) => {
    answers = Promise.all(
      queries(tx).map((query) => {
        query.execute();
        return query;
      }),
    );
    // Awaited below, after the COMMIT; until then a rejection is not unhandled.
    answers.catch(() => undefined);
    // Returning nothing (not the queries) lets begin() send the COMMIT right behind them.
    return Promise.resolve();
  });
  return (await (answers as Promise<unknown[]>)) as ReadResults<Q>;
}

/**
 * pipelinedRead as `role` with JWT claims, like runAs: the role and claims are set by the first
 * statement of the batch, so a failure there aborts the transaction before any read runs.
 */
export async function readAs<Q extends PendingReads>(
  sql: Sql,
  role: ApiRole,
  claims: Record<string, string>,
  queries: (tx: Tx) => Q,
): Promise<ReadResults<Q>> {
  const [, ...results] = await pipelinedRead(sql, (tx) => [setRoleAndClaims(tx, role, claims), ...queries(tx)] as const);
  return results as ReadResults<Q>;
}
