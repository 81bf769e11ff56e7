import { parseArgs } from 'node:util';
import { calendarDay, dateOnlySchema } from '@ordo/shared-types';
import { enqueue } from '@ordo/supabase-client';
import { followBriefSend } from './brief-follow.ts';
import { withOperatorDb } from './operator-db.ts';

const USAGE = 'Usage: pnpm ordo briefs send --email <address> [--date YYYY-MM-DD] [--timeout <seconds a job may wait for a worker, default 60>]';
const DEFAULT_PICKUP_TIMEOUT_SECONDS = 60;
const POLL_MS = 250;

function usageError(message: string): number {
  process.stderr.write(`${message}\n${USAGE}\n`);
  return 2;
}

const print = (line: string) => process.stdout.write(`${line}\n`);

/**
 * `pnpm ordo briefs send`: writes and emails one person's brief now, through the queue (so a
 * running worker does the work, as for a scheduled brief), printing each stage as it runs. Exit
 * code 0 when the email was sent; 1 with the reason when anything failed; 2 for bad usage.
 */
export async function briefsSendCommand(args: string[]): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({ args, options: { email: { type: 'string' }, date: { type: 'string' }, timeout: { type: 'string' } } }).values;
  } catch (error) {
    return usageError((error as Error).message);
  }
  const email = values.email?.trim();
  if (!email) return usageError('--email is required');
  if (values.date !== undefined && !dateOnlySchema.safeParse(values.date).success) {
    return usageError(`--date: expected a date like 2026-12-24, got ${JSON.stringify(values.date)}`);
  }
  if (values.timeout !== undefined && !/^[1-9]\d{0,4}$/.test(values.timeout)) {
    return usageError(`--timeout: expected whole seconds from 1, got ${JSON.stringify(values.timeout)}`);
  }
  const pickupTimeoutMs = Number(values.timeout ?? DEFAULT_PICKUP_TIMEOUT_SECONDS) * 1000;

  return withOperatorDb(async (db) => {
    const [user] = await db.sql<{ id: string; email: string; timezone: string }[]>`
      select id, email, timezone from public.users where lower(email) = lower(${email})`;
    if (!user) {
      process.stderr.write(`No account has the email address ${email}.\n`);
      return 1;
    }
    const now = new Date();
    const localDate = values.date ?? calendarDay(now, user.timezone);
    const job = await enqueue(
      db.sql,
      'brief.generate',
      { user_id: user.id, kind: 'daily', local_date: localDate, send_at: now.toISOString(), trigger: 'manual', deliver: true },
      { userId: user.id },
    );
    print(`Queued brief.generate job ${job.id} for ${user.email}, ${localDate} (${user.timezone})`);
    const outcome = await followBriefSend(db.sql, job.id, { pickupTimeoutMs, pollMs: POLL_MS, print });
    if (outcome.ok) {
      print(outcome.summary);
      return 0;
    }
    process.stderr.write(`Brief not sent: ${outcome.reason}\n`);
    return 1;
  });
}
