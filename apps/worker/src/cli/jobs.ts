import { parseArgs } from 'node:util';
import { isJobType, JOB_STATUSES, JOB_TYPES, type JobStatus } from '@ordo/shared-types';
import { cancel, enqueue, findJob, listJobs, type QueueJob, queueStats, retry } from '@ordo/supabase-client';
import { z } from 'zod';
import { withOperatorDb } from './operator-db.ts';

// `pnpm ordo jobs …`: operator commands over queue_jobs. Each returns the process exit code:
// 0 done, 1 refused or not found, 2 usage error.

const idSchema = z.uuid({ error: 'expected a job id (uuid)' });

function usageError(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

function parseId(args: string[], usage: string): string | null {
  const parsed = idSchema.safeParse(args[0]);
  if (args.length !== 1 || !parsed.success) {
    usageError(`${usage}\n${args.length === 1 ? `${JSON.stringify(args[0])}: expected a job id (uuid)` : ''}`.trim());
    return null;
  }
  return parsed.data;
}

const iso = (value: Date | null) => (value ? value.toISOString() : '-');

export async function jobsAddCommand(args: string[]): Promise<number> {
  const usage = `Usage: pnpm ordo jobs add <type> <json payload> [--user <uuid>] [--priority <n>] [--run-at <ISO time>] [--dedup-key <key>]\nTypes: ${JOB_TYPES.join(', ')}`;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { user: { type: 'string' }, priority: { type: 'string' }, 'run-at': { type: 'string' }, 'dedup-key': { type: 'string' } },
    });
  } catch (error) {
    return usageError(`${(error as Error).message}\n${usage}`);
  }
  const [type, json] = parsed.positionals;
  if (parsed.positionals.length !== 2 || !type || json === undefined) return usageError(usage);
  if (!isJobType(type)) return usageError(`unknown job type "${type}"\n${usage}`);
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch (error) {
    return usageError(`payload is not JSON: ${(error as Error).message}`);
  }
  const { user, priority, 'run-at': runAt, 'dedup-key': dedupKey } = parsed.values as Record<string, string | undefined>;
  const runAtDate = runAt === undefined ? undefined : new Date(runAt);
  if (runAtDate && Number.isNaN(runAtDate.getTime())) return usageError(`--run-at: expected an ISO time, got ${JSON.stringify(runAt)}`);
  if (priority !== undefined && !/^-?\d+$/.test(priority)) return usageError(`--priority: expected an integer, got ${JSON.stringify(priority)}`);
  return withOperatorDb(async (db) => {
    const { id, created } = await enqueue(db.sql, type, payload as never, {
      userId: user ?? null,
      priority: priority === undefined ? undefined : Number(priority),
      runAt: runAtDate,
      dedupKey,
    });
    print(created ? `Enqueued ${type} job ${id}` : `A live job with that dedup key exists: ${id}`);
    return 0;
  });
}

export async function jobsShowCommand(args: string[]): Promise<number> {
  const id = parseId(args, 'Usage: pnpm ordo jobs show <id>');
  if (!id) return 2;
  return withOperatorDb(async (db) => {
    const job = await findJob(db.sql, id);
    if (!job) {
      process.stderr.write(`No job ${id}.\n`);
      return 1;
    }
    print(JSON.stringify(job, null, 2));
    return 0;
  });
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}

export async function jobsListCommand(args: string[]): Promise<number> {
  const usage = `Usage: pnpm ordo jobs list [--status ${JOB_STATUSES.join('|')}] [--type <type>] [--limit <n>]`;
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({ args, options: { status: { type: 'string' }, type: { type: 'string' }, limit: { type: 'string' } } }).values;
  } catch (error) {
    return usageError(`${(error as Error).message}\n${usage}`);
  }
  if (values.status !== undefined && !JOB_STATUSES.includes(values.status as JobStatus)) {
    return usageError(`--status: expected one of ${JOB_STATUSES.join(', ')}, got ${JSON.stringify(values.status)}`);
  }
  if (values.limit !== undefined && !/^[1-9]\d{0,3}$/.test(values.limit)) return usageError(`--limit: expected an integer from 1 to 9999, got ${JSON.stringify(values.limit)}`);
  return withOperatorDb(async (db) => {
    const jobs = await listJobs(db.sql, { status: values.status as JobStatus | undefined, type: values.type, limit: values.limit ? Number(values.limit) : 50 });
    const header = ['id', 'type', 'status', 'attempts', 'run_at', 'finished_at', 'last_error'];
    const row = (job: QueueJob) => [job.id, job.job_type, job.status, `${job.attempts}/${job.max_attempts}`, iso(job.run_at), iso(job.finished_at), (job.last_error ?? '').slice(0, 60)];
    print(jobs.length === 0 ? 'No jobs.' : table([header, ...jobs.map(row)]));
    return 0;
  });
}

export async function jobsRetryCommand(args: string[]): Promise<number> {
  const id = parseId(args, 'Usage: pnpm ordo jobs retry <id>');
  if (!id) return 2;
  return withOperatorDb(async (db) => {
    if (await retry(db.sql, id)) {
      print(`Job ${id} is pending again.`);
      return 0;
    }
    const job = await findJob(db.sql, id);
    process.stderr.write(job ? `Job ${id} is ${job.status}; only failed or cancelled jobs can be retried.\n` : `No job ${id}.\n`);
    return 1;
  });
}

export async function jobsCancelCommand(args: string[]): Promise<number> {
  const id = parseId(args, 'Usage: pnpm ordo jobs cancel <id>');
  if (!id) return 2;
  return withOperatorDb(async (db) => {
    const outcome = await cancel(db.sql, id);
    const messages = {
      cancelled: `Job ${id} cancelled.`,
      cancel_requested: `Job ${id} is running: its worker stops it on its next heartbeat.`,
      not_cancellable: `Job ${id} has finished; nothing to cancel.`,
      not_found: `No job ${id}.`,
    };
    (outcome === 'cancelled' || outcome === 'cancel_requested' ? process.stdout : process.stderr).write(`${messages[outcome]}\n`);
    return outcome === 'cancelled' || outcome === 'cancel_requested' ? 0 : 1;
  });
}

export async function jobsStatsCommand(args: string[]): Promise<number> {
  if (args.length > 0) return usageError('Usage: pnpm ordo jobs stats');
  return withOperatorDb(async (db) => {
    const { counts, oldestPending } = await queueStats(db.sql, { finished: true });
    const types = [...new Set(counts.map((row) => row.job_type))];
    const count = (type: string, status: JobStatus) => String(counts.find((row) => row.job_type === type && row.status === status)?.count ?? 0);
    const oldest = (type: string) => {
      const age = oldestPending.find((row) => row.job_type === type)?.age_seconds;
      return age === undefined ? '-' : `${Math.round(age)}s`;
    };
    print(types.length === 0 ? 'No jobs.' : table([['type', ...JOB_STATUSES, 'oldest_pending'], ...types.map((type) => [type, ...JOB_STATUSES.map((status) => count(type, status)), oldest(type)])]));
    return 0;
  });
}

