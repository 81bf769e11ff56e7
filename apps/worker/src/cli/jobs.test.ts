import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const workerDir = join(dirname(fileURLToPath(import.meta.url)), '../..');

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

/** `pnpm ordo jobs …` as an operator runs it: tsx on the CLI, in its own process. */
async function ordo(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'test', SUPABASE_JWT_SECRET: 'j'.repeat(40), ENCRYPTION_KEY: 'ef'.repeat(32), LOG_LEVEL: 'silent' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: workerDir, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const uuidIn = (text: string) => /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(text)?.[0] as string;

describe('pnpm ordo jobs', () => {
  it('adds, shows, lists, cancels, retries and counts jobs', async () => {
    const added = await ordo('jobs', 'add', 'system.sleep', '{"ms": 5}', '--priority=-3', '--run-at', '2099-01-01T00:00:00Z');
    expect(added).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Enqueued system\.sleep job /) });
    const id = uuidIn(added.stdout);

    const shown = await ordo('jobs', 'show', id);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id, job_type: 'system.sleep', status: 'pending', priority: -3, payload: { ms: 5, fail: false }, run_at: '2099-01-01T00:00:00.000Z' });

    const [listed, cancelled] = [await ordo('jobs', 'list', '--status', 'pending', '--type', 'system.sleep'), await ordo('jobs', 'cancel', id)];
    expect(listed.stdout).toContain(id);
    expect(cancelled).toMatchObject({ code: 0, stdout: `Job ${id} cancelled.\n` });
    expect((await ordo('jobs', 'list', '--status', 'pending')).stdout).toBe('No jobs.\n');

    expect(await ordo('jobs', 'retry', id)).toMatchObject({ code: 0, stdout: `Job ${id} is pending again.\n` });
    expect(await ordo('jobs', 'retry', id)).toMatchObject({ code: 1, stderr: `Job ${id} is pending; only failed or cancelled jobs can be retried.\n` });

    const stats = await ordo('jobs', 'stats');
    expect(stats.stdout.split('\n')[0]).toMatch(/^type\s+pending\s+processing\s+completed\s+failed\s+cancelled\s+oldest_pending$/);
    // The retry made it due now.
    expect(stats.stdout).toMatch(/system\.sleep\s+1\s+0\s+0\s+0\s+0\s+\d+s/);
  }, 60_000);

  it('rejects bad input with a clear message and exit code 2, changing nothing', async () => {
    const [badPayload, badType, badJson, badId, badStatus] = await Promise.all([
      ordo('jobs', 'add', 'system.sleep', '{"ms": -1}'),
      ordo('jobs', 'add', 'sms.sendd', '{}'),
      ordo('jobs', 'add', 'system.sleep', '{ms: 1}'),
      ordo('jobs', 'show', 'not-an-id'),
      ordo('jobs', 'list', '--status', 'done'),
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
