import { redactSecrets } from '@ordo/config';
import { briefsDueCommand } from './cli/briefs-due.ts';
import { briefsStatsCommand } from './cli/briefs-stats.ts';
import { briefsSendCommand } from './cli/briefs-send.ts';
import { jobsAddCommand, jobsCancelCommand, jobsListCommand, jobsRetryCommand, jobsShowCommand, jobsStatsCommand } from './cli/jobs.ts';
import { migrateCommand } from './cli/migrate.ts';
import { notifyStatsCommand } from './cli/notify-stats.ts';
import { parseCommand } from './cli/parse.ts';
import { startCommand } from './cli/start.ts';

const EXPECTED_ERRORS = new Set(['ConfigError', 'EmbeddedPostgresError', 'MigrationChecksumError', 'MigrationError', 'QueueError', 'StartError']);

/** `pnpm ordo <command>`: the operator CLI. Each command is one module under cli/. */
const commands: Record<string, { summary: string; run: (args: string[]) => Promise<number> }> = {
  start: { summary: 'start Ordo: database (embedded unless DATABASE_URL is set), migrations, web and worker', run: startCommand },
  'db:migrate': { summary: 'apply pending database migrations', run: migrateCommand },
  parse: { summary: 'draft operations for the brain dump on stdin (--today, --tz, --provider); prints {"operations":[…]}', run: parseCommand },
  'jobs:add': { summary: 'enqueue a job: jobs add <type> <json payload> [--user id] [--priority=n] [--run-at time] [--dedup-key key]', run: jobsAddCommand },
  'jobs:show': { summary: 'show one job with its payload, progress, result and error: jobs show <id>', run: jobsShowCommand },
  'jobs:list': { summary: 'list recent jobs: jobs list [--status s] [--type t] [--limit n]', run: jobsListCommand },
  'jobs:retry': { summary: 'run a failed or cancelled job again: jobs retry <id>', run: jobsRetryCommand },
  'jobs:cancel': { summary: 'cancel a pending job, or stop a running one: jobs cancel <id>', run: jobsCancelCommand },
  'jobs:stats': { summary: 'job counts by type and status, and the oldest pending job', run: jobsStatsCommand },
  'briefs:due': { summary: 'the briefs the scheduler would enqueue in a window, one JSON line each: briefs due --from <ISO instant> --to <ISO instant>', run: briefsDueCommand },
  'briefs:stats': { summary: 'the last 24 h of briefs per channel: due, sent, late, skipped, failed, uncertain, pending (--json, --at time)', run: briefsStatsCommand },
  'briefs:send': {
    summary: 'write and email one brief now through the queue, printing each stage: briefs send --email <address> [--date YYYY-MM-DD] [--timeout s]',
    run: briefsSendCommand,
  },
  'notify:stats': {
    summary: 'the last 24 h of notifications per channel (sms, push, email): due, sent, delivered, undelivered, skipped, failed, uncertain, pending (--json, --at time)',
    run: notifyStatsCommand,
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return `Usage: pnpm ordo <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [first, second, ...rest] = argv;
  // "db migrate" and "db:migrate" are the same command; later groups ("jobs list") follow suit.
  const spaced = first && second ? `${first}:${second}` : undefined;
  const entry = (spaced && commands[spaced]) || (first ? commands[first] : undefined);
  if (!first || first === 'help' || first === '--help' || first === '-h') {
    process.stdout.write(usage());
    return first ? 0 : 2;
  }
  if (!entry) {
    process.stderr.write(`Unknown command "${argv.join(' ')}".\n\n${usage()}`);
    return 2;
  }
  return entry.run(spaced && commands[spaced] ? rest : argv.slice(1));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Errors Ordo raises for people (bad config, busy port, edited migration) read best without a stack.
    const expected = error instanceof Error && EXPECTED_ERRORS.has(error.name);
    const text = error instanceof Error ? (expected ? error.message : (error.stack ?? error.message)) : String(error);
    process.stderr.write(`${redactSecrets(text, process.env)}\n`);
    process.exitCode = 1;
  },
);
