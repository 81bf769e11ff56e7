import type { Sql, Tx } from './db.ts';
import { type RunAsOptions, runAs, runAsPipelined } from './run-as.ts';

const SERVICE_CLAIMS = { role: 'service_role' };

// Acts as the backend: role `service_role`, which bypasses RLS.
export function asService<T>(sql: Sql, fn: (tx: Tx) => Promise<T>, options?: RunAsOptions): Promise<T> {
  return runAs(sql, 'service_role', SERVICE_CLAIMS, fn, options);
}

// asService with BEGIN sent together with the first statements (runAsPipelined).
export function asServicePipelined<T>(sql: Sql, fn: (tx: Tx) => Promise<T>, options?: RunAsOptions): Promise<T> {
  return runAsPipelined(sql, 'service_role', SERVICE_CLAIMS, fn, options);
}
