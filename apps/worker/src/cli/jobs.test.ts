import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOrdo } from '../testing/ordo-cli.ts';


let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

const uuidIn = (text: string) => /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(text)?.[0] as string;

describe('pnpm ordo jobs', () => {
  it('adds, shows, lists, cancels, retries and counts jobs', async () => {
    const added = await runOrdo(database.url, 'jobs', 'add', 'system.sleep', '{"ms": 5}', '--priority=-3', '--run-at', '2099-01-01T00:00:00Z');
    expect(added).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Enqueued system\.sleep job /) });
    const id = uuidIn(added.stdout);

    const shown = await runOrdo(database.url, 'jobs', 'show', id);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id, job_type: 'system.sleep', status: 'pending', priority: -3, payload: { ms: 5, fail: false }, run_at: '2099-01-01T00:00:00.000Z' });

    const [listed, cancelled] = [await runOrdo(database.url, 'jobs', 'list', '--status', 'pending', '--type', 'system.sleep'), await runOrdo(database.url, 'jobs', 'cancel', id)];
    expect(listed.stdout).toContain(id);
    expect(cancelled).toMatchObject({ code: 0, stdout: `Job ${id} cancelled.\n` });
    expect((await runOrdo(database.url, 'jobs', 'list', '--status', 'pending')).stdout).toBe('No jobs.\n');

    expect(await runOrdo(database.url, 'jobs', 'retry', id)).toMatchObject({ code: 0, stdout: `Job ${id} is pending again.\n` });
    expect(await runOrdo(database.url, 'jobs', 'retry', id)).toMatchObject({ code: 1, stderr: `Job ${id} is pending; only failed or cancelled jobs can be retried.\n` });

    const stats = await runOrdo(database.url, 'jobs', 'stats');
    expect(stats.stdout.split('\n')[0]).toMatch(/^type\s+pending\s+processing\s+completed\s+failed\s+cancelled\s+oldest_pending$/);
    // The retry made it due now.
    expect(stats.stdout).toMatch(/system\.sleep\s+1\s+0\s+0\s+0\s+0\s+\d+s/);
  }, 60_000);

  it('rejects bad input with a clear message and exit code 2, changing nothing', async () => {
    const [badPayload, badType, badJson, badId, badStatus] = await Promise.all([
      runOrdo(database.url, 'jobs', 'add', 'system.sleep', '{"ms": -1}'),
      runOrdo(database.url, 'jobs', 'add', 'sms.sendd', '{}'),
      runOrdo(database.url, 'jobs', 'add', 'system.sleep', '{ms: 1}'),
      runOrdo(database.url, 'jobs', 'show', 'not-an-id'),
      runOrdo(database.url, 'jobs', 'list', '--status', 'done'),
    ]);
    expect(badPayload).toMatchObject({ code: 1, stderr: expect.stringContaining('job 0 (system.sleep): invalid payload: ms: ') });
    expect(badType).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown job type "sms.sendd"') });
    expect(badJson).toMatchObject({ code: 2, stderr: expect.stringContaining('payload is not JSON') });
    expect(badId).toMatchObject({ code: 2, stderr: expect.stringContaining('"not-an-id": expected a job id (uuid)') });
    expect(badStatus).toMatchObject({ code: 2, stderr: expect.stringContaining('--status: expected one of pending, processing, completed, failed, cancelled') });
    const [row] = await database.db.sql<{ n: number }[]>`select count(*)::int as n from queue_jobs where payload->>'ms' = '-1'`;
    expect(row?.n).toBe(0);
  }, 60_000);
});
