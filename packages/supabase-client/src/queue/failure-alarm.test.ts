import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { raiseFailureAlerts } from './failure-alarm.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

describe('raiseFailureAlerts', () => {
  it('raises one alert per job type whose failures in the window reach the threshold', async () => {
    await database.db.sql`
      insert into queue_jobs (job_type, status, finished_at)
      select 'sms.send', 'failed', now() - interval '10 seconds' from generate_series(1, 5)
      union all select 'mail.send', 'failed', now() from generate_series(1, 2)
      union all select 'brief.generate', 'failed', now() - interval '2 hours' from generate_series(1, 9)`;
    const rule = { threshold: 3, windowSeconds: 600 };
    const raised = await raiseFailureAlerts(database.db.sql, rule);
    expect(raised.map(({ job_type, failures, threshold, window_seconds }) => ({ job_type, failures, threshold, window_seconds }))).toEqual([
      { job_type: 'sms.send', failures: 5, threshold: 3, window_seconds: 600 },
    ]);
    // Already alerted within the window: checking again (from any worker) raises nothing new.
    expect(await raiseFailureAlerts(database.db.sql, rule)).toEqual([]);
    const [row] = await database.db.sql<{ n: number }[]>`select count(*)::int as n from queue_alerts`;
    expect(row?.n).toBe(1);
  });
});
