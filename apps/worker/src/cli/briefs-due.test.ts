import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOrdo } from '../testing/ordo-cli.ts';


let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const { sql } = database.db;
  // Every day at 02:30 in New York (spring-forward day included), a weekly review on Sundays in Kolkata,
  // one person with briefs off and one who has not verified their address.
  await sql`
    insert into public.users (email, timezone, email_verified_at) values
      ('ny@example.test', 'America/New_York', now()),
      ('in@example.test', 'Asia/Kolkata', now()),
      ('off@example.test', 'UTC', now()),
      ('unverified@example.test', 'UTC', null)`;
  await sql`
    update public.brief_preferences p set send_time = '02:30', weekdays = '{1,2,3,4,5,6,7}'
    from public.users u where u.id = p.user_id and u.email = 'ny@example.test'`;
  await sql`
    update public.brief_preferences p set weekly_day = 7
    from public.users u where u.id = p.user_id and u.email = 'in@example.test'`;
  await sql`
    update public.brief_preferences p set enabled = false
    from public.users u where u.id = p.user_id and u.email = 'off@example.test'`;
});

afterAll(() => database.drop());

describe('pnpm ordo briefs due', () => {
  it('prints one JSON line per brief due in the window, in send order, from the scheduler’s own function', async () => {
    // Saturday 7 March 00:00Z to Monday 9 March 00:00Z.
    const result = await runOrdo(database.url, 'briefs', 'due', '--from', '2026-03-07T00:00:00Z', '--to', '2026-03-09T00:00:00Z');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      '{"email":"ny@example.test","kind":"daily","local_date":"2026-03-07","send_at":"2026-03-07T07:30:00.000Z"}',
      // Sunday in Kolkata: the weekly review, at 07:00 +05:30.
      '{"email":"in@example.test","kind":"weekly","local_date":"2026-03-08","send_at":"2026-03-08T01:30:00.000Z"}',
      // 02:30 does not exist in New York on 8 March: 03:30 EDT.
      '{"email":"ny@example.test","kind":"daily","local_date":"2026-03-08","send_at":"2026-03-08T07:30:00.000Z"}',
    ]);
  }, 180_000);

  it('takes instants with an offset, and prints nothing for a window without briefs', async () => {
    const result = await runOrdo(database.url, 'briefs', 'due', '--from', '2026-03-09T02:00:00+01:00', '--to', '2026-03-09T02:15:00+01:00');
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const withOffset = await runOrdo(database.url, 'briefs', 'due', '--from', '2026-03-09T06:00:00+05:30', '--to', '2026-03-09T07:00:00+05:30');
    expect(withOffset.stdout).toBe('{"email":"in@example.test","kind":"daily","local_date":"2026-03-09","send_at":"2026-03-09T01:30:00.000Z"}\n');
  }, 180_000);

  it('names the bad argument and exits 2, printing nothing on stdout', async () => {
    const runs = await Promise.all([
      runOrdo(database.url, 'briefs', 'due', '--from', '2026-03-07', '--to', '2026-03-09T00:00:00Z'),
      runOrdo(database.url, 'briefs', 'due', '--from', '2026-03-09T00:00:00Z', '--to', '2026-03-07T00:00:00Z'),
      runOrdo(database.url, 'briefs', 'due', '--to', '2026-03-09T00:00:00Z'),
      runOrdo(database.url, 'briefs', 'due', '--from', '2026-01-01T00:00:00Z', '--to', '2026-03-01T00:00:00Z'),
      runOrdo(database.url, 'briefs', 'due', '--from', '2026-03-07T00:00:00Z', '--to', '2026-03-09T00:00:00Z', '--user', 'x'),
    ]);
    const [notInstant, backwards, missing, tooWide, unknown] = runs;
    for (const result of runs) expect(result).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('Usage: pnpm ordo briefs due') });
    expect(notInstant?.stderr).toContain('--from: expected an ISO instant with a zone');
    expect(backwards?.stderr).toContain('--to: must be after --from');
    expect(missing?.stderr).toContain('--from is required');
    expect(tooWide?.stderr).toContain('--to: the window may span at most 31 days');
    expect(unknown?.stderr).toContain("'--user'");
  }, 180_000);
});
