import type { Sql, Tx } from '../db.ts';
import { QueueError } from './job.ts';

function isTransaction(sql: Sql | Tx): sql is Tx {
  return 'savepoint' in sql;
}

/**
 * Runs queue writes in the caller's transaction. Inside `asUser` (role authenticated, which may
 * only read its jobs) the writes run as service_role for their duration, so a job commits or rolls
 * back with the user's data while users still cannot insert into queue_jobs directly (PostgREST on
 * Supabase would let them). The session user may switch roles because it owns the connection.
 * Such a caller may only enqueue jobs that belong to it.
 *
 * `fn` writes through the `writer` it is given. In a user's transaction that is a savepoint holding
 * the switch: when `fn` fails, with a JavaScript or an SQL error, the rollback to it takes back the
 * role (and fn's writes), so a caller that catches the error carries on as the user, with RLS in
 * force, in a transaction that is still usable.
 */
export async function asQueueWriter<T>(
  sql: Sql | Tx,
  userIds: readonly (string | null)[],
  fn: (writer: Sql | Tx) => Promise<T>,
): Promise<T> {
  if (!isTransaction(sql)) return fn(sql);
  const [state] = await sql<{ role: string; uid: string | null }[]>`
    select current_setting('role') as role, auth.uid() as uid`;
  if (state?.role !== 'authenticated') return fn(sql);
  if (userIds.some((userId) => userId !== state.uid)) {
    throw new QueueError('a signed-in user may only enqueue jobs with their own user_id');
  }
  let result: T | undefined;
  await sql.savepoint(async (savepoint) => {
    await savepoint`select set_config('role', 'service_role', true)`;
    result = await fn(savepoint);
    await savepoint`select set_config('role', 'authenticated', true)`;
  });
  return result as T;
}
