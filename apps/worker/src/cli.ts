import { redactSecrets } from '@ordo/config';
import { migrateCommand } from './cli/migrate.ts';
import { startCommand } from './cli/start.ts';

const EXPECTED_ERRORS = new Set(['ConfigError', 'EmbeddedPostgresError', 'MigrationChecksumError', 'MigrationError', 'StartError']);

/** `pnpm ordo <command>`: the operator CLI. Each command is one module under cli/. */
const commands: Record<string, { summary: string; run: (args: string[]) => Promise<number> }> = {
  start: { summary: 'start Ordo: database (embedded unless DATABASE_URL is set), migrations, web and worker', run: startCommand },
  'db:migrate': { summary: 'apply pending database migrations', run: migrateCommand },
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
