// CPU time used by a local PostgreSQL server, read from /proc: the postmaster's own time, its
// reaped children's (ended backends) and its live children's. Null where /proc cannot tell
// (another OS, a remote or containerised server).
import { readdirSync, readFileSync } from 'node:fs';
import type { Sql } from '../packages/supabase-client/src/index.ts';

const TICKS_PER_SECOND = 100;

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** Finds the postmaster behind `sql` when it runs on this machine; null otherwise. */
export async function findPostmaster(sql: Sql): Promise<number | null> {
  const [row] = await sql<{ pid: number }[]>`select pg_backend_pid() as pid`;
  const fields = row ? statFields(row.pid) : null;
  // Field 4 of stat is the parent pid; after the name, it is index 1.
  const parent = fields ? Number(fields[1]) : Number.NaN;
  return Number.isInteger(parent) && statFields(parent) ? parent : null;
}

/** Seconds of CPU the server has used so far, ended backends included. */
export function serverCpuSeconds(postmaster: number): number {
  const own = statFields(postmaster);
  if (!own) return Number.NaN;
  // utime, stime, cutime, cstime are fields 14–17 of stat: indexes 11–14 after the name.
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS_PER_SECOND;
}
