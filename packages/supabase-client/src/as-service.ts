import type { Sql, Tx } from './db.ts';
import { type PipelinedCommit, type RunAsOptions, runAs, runAsPipelined } from './run-as.ts';

const SERVICE_CLAIMS = { role: 'service_role' };

// Acts as the backend: role `service_role`, which bypasses RLS.
export function asService<T>(sql: Sql, fn: (tx: Tx) => Promise<T>, options?: RunAsOptions): Promise<T> {
  return runAs(sql, 'service_role', SERVICE_CLAIMS, fn, options);
}

// asService with BEGIN sent together with the first statements, and fn's COMMIT with its last if it
// calls `commit` (runAsPipelined).
export function asServicePipelined<T>(sql: Sql, fn: (tx: Tx, commit: PipelinedCommit) => Promise<T>, options?: RunAsOptions): Promise<T> {
  return runAsPipelined(sql, 'service_role', SERVICE_CLAIMS, fn, options);
}
