import type { Sql } from '../db.ts';

export interface AlarmRule {
  /** Failed jobs (out of attempts, or permanent) of one type within the window that raise an alert. */
  threshold: number;
  windowSeconds: number;
}

export interface RaisedAlert {
  id: string;
  job_type: string;
  failures: number;
  threshold: number;
  window_seconds: number;
}

/**
 * Records an alert for every job type whose failures in the last window reached the threshold,
 * unless an open alert for that type was raised within the window already (one alert per window,
 * whichever worker checks first: the advisory lock keeps two workers from raising it twice).
 */
export async function raiseFailureAlerts(sql: Sql, rule: AlarmRule): Promise<RaisedAlert[]> {
  return sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext('ordo.queue_alerts'))`;
    return tx<RaisedAlert[]>`
      with failing as (
        select job_type, count(*)::int as failures
        from public.queue_jobs
        where status = 'failed' and finished_at > now() - make_interval(secs => ${rule.windowSeconds})
        group by job_type
        having count(*) >= ${rule.threshold}
      )
      insert into public.queue_alerts (job_type, window_seconds, failures, threshold)
      select f.job_type, ${rule.windowSeconds}, f.failures, ${rule.threshold}
      from failing f
      where not exists (
        select 1 from public.queue_alerts a
        where a.job_type = f.job_type and a.acknowledged_at is null
          and a.created_at > now() - make_interval(secs => ${rule.windowSeconds})
      )
      returning id, job_type, failures, threshold, window_seconds`;
  }) as Promise<RaisedAlert[]>;
}
