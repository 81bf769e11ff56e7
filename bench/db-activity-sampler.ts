// Samples what one database's active backends are doing (pg_stat_activity, every 20 ms): the share
// of samples per wait event (CPU when none) and per statement. PostgreSQL's side of a profile:
// whether the run waits for WAL flushes, locks or CPU, and in which statements.
import type { Sql } from '../packages/supabase-client/src/index.ts';

const SAMPLE_EVERY_MS = 20;
const STATEMENT_CHARS = 80;

export interface ActivityShare {
  name: string;
  share: number;
}

export interface ActivitySummary {
  samples: number;
  /** Average number of backends busy with a statement at a sample. */
  averageActive: number;
  byWait: ActivityShare[];
  byStatement: ActivityShare[];
}

export interface ActivitySampler {
  stop(): Promise<ActivitySummary>;
}

export function sampleDbActivity(sql: Sql, database: string, top = 10): ActivitySampler {
  const byWait = new Map<string, number>();
  const byStatement = new Map<string, number>();
  let samples = 0;
  let active = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await sql<{ wait: string; statement: string }[]>`
        select coalesce(wait_event_type || ':' || wait_event, 'CPU') as wait,
               left(regexp_replace(query, '\\s+', ' ', 'g'), ${STATEMENT_CHARS}) as statement
        from pg_stat_activity
        where datname = ${database} and state = 'active' and pid <> pg_backend_pid()`;
      samples += 1;
      active += rows.length;
      for (const row of rows) {
        byWait.set(row.wait, (byWait.get(row.wait) ?? 0) + 1);
        byStatement.set(row.statement, (byStatement.get(row.statement) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
    }
  })();
  const ranked = (counts: Map<string, number>) =>
    [...counts]
      .map(([name, n]) => ({ name, share: n / Math.max(1, active) }))
      .sort((a, b) => b.share - a.share)
      .slice(0, top);
  return {
    async stop() {
      running = false;
      await loop;
      return { samples, averageActive: active / Math.max(1, samples), byWait: ranked(byWait), byStatement: ranked(byStatement) };
    },
  };
}
