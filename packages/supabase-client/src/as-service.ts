import type { Sql, Tx } from './db.ts';
import { type RunAsOptions, runAs } from './run-as.ts';

// Acts as the backend: role `service_role`, which bypasses RLS.
export function asService<T>(sql: Sql, fn: (tx: Tx) => Promise<T>, options?: RunAsOptions): Promise<T> {
  return runAs(sql, 'service_role', { role: 'service_role' }, fn, options);
}
