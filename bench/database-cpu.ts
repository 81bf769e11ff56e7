// CPU time of the PostgreSQL backends serving one database, read from /proc (Linux, a local
// server). The server may serve other databases at the same time (tests of other work on this
// machine), so the postmaster's total would count their work too. Backends come and go: sample()
// them often; a backend's time after its last sample is not counted.
import type { Sql } from '../packages/supabase-client/src/index.ts';
import { cpuSeconds } from './process-sampler.ts';

export interface DatabaseCpuMeter {
  sample(): Promise<void>;
  /** CPU seconds the database's backends used since the meter was made. */
  seconds(): number;
}

export async function databaseCpuMeter(sql: Sql, database: string): Promise<DatabaseCpuMeter> {
  const baseline = new Map<number, number>();
  const latest = new Map<number, number>();
  const backends = async () => sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${database}`;
  for (const { pid } of await backends()) baseline.set(pid, cpuSeconds(pid) ?? 0);
  return {
    async sample() {
      for (const { pid } of await backends()) {
        const used = cpuSeconds(pid);
        if (used !== null) latest.set(pid, used);
      }
    },
    seconds() {
      let total = 0;
      for (const [pid, used] of latest) total += used - (baseline.get(pid) ?? 0);
      return total;
    },
  };
}
