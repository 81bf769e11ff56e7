import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const workerDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cliArgs = (args: readonly string[]) => ['--import', 'tsx', 'src/cli.ts', ...args];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment an operator's `pnpm ordo …` runs with in tests: this database, test secrets, no logs. */
export function ordoCliEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'test',
    SUPABASE_JWT_SECRET: 'j'.repeat(40),
    ENCRYPTION_KEY: 'ef'.repeat(32),
    LOG_LEVEL: 'silent',
  };
}

/** `pnpm ordo <args>` as an operator runs it (tsx on the CLI, its own process), to the end. */
export async function runOrdo(databaseUrl: string, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, cliArgs(args), { cwd: workerDir, env: ordoCliEnv(databaseUrl) });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as CliResult;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** `pnpm ordo <args>` running in the background, with a way to wait for a line of its output. */
export function runOrdoInBackground(databaseUrl: string, ...args: string[]) {
  const child: ChildProcess = spawn(process.execPath, cliArgs(args), { cwd: workerDir, env: ordoCliEnv(databaseUrl) });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const printed = async (pattern: RegExp): Promise<string> => {
    for (;;) {
      const match = pattern.exec(stdout)?.[0];
      if (match) return match;
      if (child.exitCode !== null) throw new Error(`the CLI exited (${child.exitCode}) before printing ${pattern}:\n${stdout}\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return { exited, printed, output: () => ({ stdout, stderr }) };
}
