import { parseArgs } from 'node:util';
import { dueBriefs } from '@ordo/shared-types';
import { briefRecipients } from '@ordo/supabase-client';
import { z } from 'zod';
import { withOperatorDb } from './operator-db.ts';

/** The widest window one command lists: a month of briefs for everyone is already a lot of lines. */
export const BRIEFS_DUE_MAX_DAYS = 31;

const USAGE = 'Usage: pnpm ordo briefs due --from <ISO instant> --to <ISO instant>   (e.g. --from 2026-03-08T00:00:00Z --to 2026-03-09T00:00:00Z)\n';

const instantSchema = z.iso.datetime({ offset: true, error: 'expected an ISO instant with a zone, like 2026-03-08T07:00:00Z' }).transform((text) => new Date(text));

const flagsSchema = z.strictObject({ from: instantSchema, to: instantSchema });

/** What is wrong with a parsed window, or null. */
function windowProblem({ from, to }: { from: Date; to: Date }): string | null {
  if (to <= from) return '--to: must be after --from';
  if (to.getTime() - from.getTime() > BRIEFS_DUE_MAX_DAYS * 86_400_000) return `--to: the window may span at most ${BRIEFS_DUE_MAX_DAYS} days`;
  return null;
}

function usageError(message: string): number {
  process.stderr.write(`ordo briefs due: ${message}\n${USAGE}`);
  return 2;
}

/**
 * `pnpm ordo briefs due`: one JSON line per brief whose send instant falls in (from, to], for
 * everyone whose briefs are on now, worked out by the scheduler's own function (dueBriefs) on the
 * settings as they are now. It reads; it enqueues and records nothing.
 */
export async function briefsDueCommand(args: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' } }, strict: true }));
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  for (const flag of ['from', 'to'] as const) if (values[flag] === undefined) return usageError(`--${flag} is required`);
  const flags = flagsSchema.safeParse(values);
  if (!flags.success) return usageError(flags.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'));
  const problem = windowProblem(flags.data);
  if (problem) return usageError(problem);
  return withOperatorDb(async (db) => {
    const due = dueBriefs(await briefRecipients(db.sql), flags.data);
    const lines = due.map((brief) =>
      JSON.stringify({ email: brief.email, kind: brief.kind, local_date: brief.local_date, send_at: brief.send_at.toISOString() }),
    );
    process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
    return 0;
  });
}
