import { Writable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFailureAlarm } from './failure-alarm.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

describe('failure alarm', () => {
  it('logs an error-level alert and records it when a job type keeps failing', async () => {
    await database.db.sql`
      insert into queue_jobs (job_type, status, finished_at, attempts, last_error)
      select 'sms.send', 'failed', now(), 3, 'provider said no' from generate_series(1, 220)`;
    const lines: { level: number; msg: string; alert?: { job_type: string; failures: number } }[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const alarm = startFailureAlarm(database.db, { threshold: 10, windowSeconds: 900 }, pino({ level: 'info' }, sink), 50);
    try {
      for (let i = 0; i < 100 && !lines.some((line) => line.level === 50); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      await alarm.stop();
    }
    const alerts = lines.filter((line) => line.level === 50);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.msg).toBe('ALERT: 220 sms.send jobs failed in the last 900 s (threshold 10)');
    const recorded = await database.db.sql`select job_type, failures, threshold from queue_alerts`;
    expect([...recorded]).toEqual([{ job_type: 'sms.send', failures: 220, threshold: 10 }]);
  });
});
