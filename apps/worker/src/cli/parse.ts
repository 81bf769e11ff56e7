import { parseArgs } from 'node:util';
import { createDrafter, defaultProvider, providerSchema } from '@ordo/ai-pipeline';
import { createLogger, ensureLocalSecrets, loadConfig, redactSecrets } from '@ordo/config';
import { isTimeZone, type Operation, operationsDocumentSchema } from '@ordo/shared-types';
import { createDb, type Db } from '@ordo/supabase-client';
import { z } from 'zod';
import { operatorEnvironment, repoRoot } from './environment.ts';

/** The longest dump accepted, as for the web app's brain dumps. */
export const DUMP_MAX_CHARS = 20_000;

const flagsSchema = z.strictObject({
  today: z.iso.date('expected a date as YYYY-MM-DD'),
  tz: z.string().refine(isTimeZone, 'expected an IANA timezone such as Europe/Berlin'),
  provider: providerSchema.optional(),
});

const USAGE = 'Usage: pnpm ordo parse --today YYYY-MM-DD --tz <IANA zone> [--provider offline|openai|anthropic] < dump.txt\n';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function fail(message: string, code = 2): number {
  process.stderr.write(`ordo parse: ${message}\n`);
  return code;
}

/**
 * `pnpm ordo parse`: drafts operations for the brain dump on stdin and prints exactly
 * {"operations":[…]} on stdout. Everything else (problems, logs) goes to stderr.
 */
export async function parseCommand(args: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args, options: { today: { type: 'string' }, tz: { type: 'string' }, provider: { type: 'string' } }, strict: true }));
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const flags = flagsSchema.safeParse(values);
  if (!flags.success) {
    const problems = flags.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
    return fail(`${problems.join('\n')}\n${USAGE}`);
  }
  const text = await readStdin();
  if (text.length > DUMP_MAX_CHARS) return fail(`the dump is ${text.length} characters; the limit is ${DUMP_MAX_CHARS}`);

  const env = loadConfig(operatorEnvironment(repoRoot(), process.env), { localSecrets: ensureLocalSecrets });
  const provider = flags.data.provider ?? defaultProvider(env);
  // Model calls are recorded in llm_calls when a database is configured; the offline parser records nothing.
  const db: Db | undefined =
    provider !== 'offline' && env.DATABASE_URL ? createDb({ url: env.DATABASE_URL, max: 1, prepare: env.DATABASE_PREPARE }) : undefined;
  const logger = createLogger(env, 'parse', process.stderr);
  try {
    const drafter = createDrafter({ provider, env, db, logger });
    const operations: Operation[] = [];
    const context = { today: flags.data.today, timezone: flags.data.tz, projects: [], tasks: [] };
    for await (const event of drafter.draft(text, context)) {
      if (event.type === 'operation') operations.push(event.operation);
    }
    process.stdout.write(`${JSON.stringify(operationsDocumentSchema.parse({ operations }))}\n`);
    return 0;
  } catch (error) {
    return fail(redactSecrets(error instanceof Error ? error.message : String(error), process.env), 1);
  } finally {
    await db?.close();
  }
}
