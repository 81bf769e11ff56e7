import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOrdo } from '../testing/ordo-cli.ts';
import { seedBrief, seedUser } from '../testing/briefs.ts';

const AT = '2026-12-03T12:00:00Z';

let database: TestDatabase;

async function brief(sendAt: string, status: 'ready' | 'skipped' | 'failed', delivery?: { status: string; sentAt?: string }): Promise<void> {
  const { id: userId } = await seedUser(database.db, 'Stats');
  const briefId = await seedBrief(database.db, userId, { sendAt: new Date(sendAt), status });
  if (!delivery) return;
  await database.db.sql`
    insert into deliveries (user_id, channel, purpose, source_id, brief_id, recipient, status, attempts, sent_at)
    values (${userId}, 'email', 'brief', ${briefId}, ${briefId}, 'stats@example.test', ${delivery.status}, 1, ${delivery.sentAt ?? null})`;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await brief('2026-12-03T07:00:00Z', 'ready', { status: 'sent', sentAt: '2026-12-03T07:01:00Z' });
  await brief('2026-12-03T07:00:00Z', 'ready', { status: 'sent', sentAt: '2026-12-03T07:30:00Z' }); // late
  await brief('2026-12-03T06:00:00Z', 'skipped'); // the scheduler skipped it (downtime)
  await brief('2026-12-03T08:00:00Z', 'ready', { status: 'skipped' }); // email off
  await brief('2026-12-03T08:00:00Z', 'ready', { status: 'bounced' });
  await brief('2026-12-03T09:00:00Z', 'ready', { status: 'failed' });
  await brief('2026-12-03T09:00:00Z', 'failed'); // never written
  await brief('2026-12-02T13:00:00Z', 'ready', { status: 'uncertain' });
  await brief('2026-12-03T11:59:00Z', 'ready'); // not delivered yet
  await brief('2026-12-02T11:59:00Z', 'ready', { status: 'sent', sentAt: '2026-12-02T12:00:00Z' }); // before the window
  await brief('2026-12-03T12:01:00Z', 'ready'); // after it
  await database.db.sql`
    insert into queue_alerts (job_type, window_seconds, failures, threshold, created_at)
    values ('delivery.email', 900, 12, 5, '2026-12-03T09:05:00Z')`;
});

afterAll(() => database?.drop());

// Each test starts the CLI (tsx compiles it): slow on a loaded machine.
describe('pnpm ordo briefs stats', { timeout: 120_000 }, () => {
  it('counts the last 24 hours of briefs per channel, as a table', async () => {
    const { code, stdout } = await runOrdo(database.url, 'briefs', 'stats', '--at', AT);
    expect(code).toBe(0);
    expect(stdout).toContain('Briefs due 2026-12-02T12:00:00.000Z – 2026-12-03T12:00:00.000Z (late: sent more than 15 min after the send time)');
    expect(stdout).toMatch(/^channel\s+due\s+sent\s+late\s+skipped\s+failed\s+uncertain\s+pending$/m);
    expect(stdout).toMatch(/^email\s+9\s+2\s+1\s+2\s+3\s+1\s+1$/m);
    expect(stdout).toContain('ALERT 2026-12-03T09:05:00.000Z: 12 delivery.email failures in 900 s (threshold 5)');
    expect(stdout).toContain('Uncertain: the mail server may have accepted these');
  });

  it('prints the same as JSON with --json', async () => {
    const { code, stdout } = await runOrdo(database.url, 'briefs', 'stats', '--json', '--at', AT);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      from: '2026-12-02T12:00:00.000Z',
      to: '2026-12-03T12:00:00.000Z',
      late_after_minutes: 15,
      channels: [{ channel: 'email', due: 9, sent: 2, late: 1, skipped: 2, failed: 3, uncertain: 1, pending: 1 }],
      alerts: [{ job_type: 'delivery.email', failures: 12, threshold: 5, window_seconds: 900, created_at: '2026-12-03T09:05:00.000Z' }],
    });
  });

  it('refuses a malformed --at with a usage error', async () => {
    const { code, stderr } = await runOrdo(database.url, 'briefs', 'stats', '--at', 'yesterday');
    expect(code).toBe(2);
    expect(stderr).toContain('--at: expected an ISO instant');
  });
});
