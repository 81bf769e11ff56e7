import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FakeLlmServer, startFakeOpenAI } from '@ordo/ai-pipeline';
import { operationsDocumentSchema } from '@ordo/shared-types';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const workerDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'ordo-parse-'));

let openai: FakeLlmServer;
let database: TestDatabase;

beforeAll(async () => {
  [openai, database] = await Promise.all([startFakeOpenAI(), createTestDatabase()]);
});

afterAll(async () => {
  await Promise.all([openai.close(), database.drop()]);
  rmSync(dataDir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `pnpm ordo parse …` as an operator runs it: tsx on the CLI, in its own process, the dump on stdin. */
function ordoParse(args: string[], stdin: string, extraEnv: Record<string, string> = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'test', ORDO_DATA_DIR: dataDir, LOG_LEVEL: 'info', ...extraEnv };
  for (const key of ['DATABASE_URL', 'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL']) {
    if (!(key in extraEnv)) delete env[key];
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'parse', ...args], { cwd: workerDir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('pnpm ordo parse', () => {
  it('prints exactly the operations document for the offline provider, and nothing else', async () => {
    const result = await ordoParse(['--today', '2026-03-27', '--tz', 'Europe/Berlin', '--provider', 'offline'], '# Garden\n- plant bulbs Sunday at 10am\n- rake leaves\n');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    const document = operationsDocumentSchema.parse(JSON.parse(result.stdout));
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(['operations']);
    expect(document.operations).toMatchObject([
      { op: 'create_project', ref: 'p1', name: 'Garden' },
      { op: 'create_task', title: 'Plant bulbs', project_ref: 'p1', due_date: '2026-03-29', start_at: '2026-03-29T10:00:00+02:00' },
      { op: 'create_task', title: 'Rake leaves', project_ref: 'p1' },
    ]);
  }, 60_000);

  it('names the bad flag, an oversized dump or a failed provider on stderr, exiting non-zero with an empty stdout', async () => {
    const runs = await Promise.all([
      ordoParse(['--today', '2026-13-01', '--tz', 'Europe/Berlin'], 'x'),
      ordoParse(['--today', '2026-03-27', '--tz', 'Europe/Nowhere'], 'x'),
      ordoParse(['--today', '2026-03-27', '--tz', 'UTC', '--provider', 'gpt'], 'x'),
      ordoParse(['--tz', 'UTC', '--colour', 'red'], 'x'),
      ordoParse(['--today', '2026-03-27', '--tz', 'UTC'], 'a'.repeat(20_001)),
      ordoParse(['--today', '2026-03-27', '--tz', 'UTC', '--provider', 'anthropic'], 'call mom'),
    ]);
    const [badDate, badZone, badProvider, unknownFlag, oversized, noKey] = runs;
    for (const run of runs) expect(run?.stdout).toBe('');
    expect(badDate).toMatchObject({ code: 2, stderr: expect.stringContaining('--today: expected a date as YYYY-MM-DD') });
    expect(badZone).toMatchObject({ code: 2, stderr: expect.stringContaining('--tz: expected an IANA timezone') });
    expect(badProvider).toMatchObject({ code: 2, stderr: expect.stringContaining('--provider:') });
    expect(unknownFlag).toMatchObject({ code: 2, stderr: expect.stringContaining("'--colour'") });
    expect(oversized).toMatchObject({ code: 2, stderr: expect.stringContaining('the limit is 20000') });
    expect(noKey).toMatchObject({ code: 1, stderr: expect.stringMatching(/^ordo parse: .+/) });
  }, 60_000);

  it('drafts through a hosted provider, recording the call, with logs kept off stdout', async () => {
    const task = { op: 'create_task', ref: 't1', title: 'Call mom', due_date: '2026-03-28' };
    openai.enqueue({ type: 'stream', text: ['{"operations":[', JSON.stringify(task), ']}'], usage: { inputTokens: 321, outputTokens: 17 } });
    const result = await ordoParse(['--today', '2026-03-27', '--tz', 'Europe/Berlin', '--provider', 'openai'], 'call mom tomorrow', {
      OPENAI_API_KEY: 'sk-test-cli',
      OPENAI_BASE_URL: openai.url,
      DATABASE_URL: database.url,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ operations: [operationsDocumentSchema.shape.operations.element.parse(task)] });
    expect(JSON.stringify(openai.requests.at(-1)?.body)).toContain('call mom tomorrow');
    const rows = await database.db.sql<{ provider: string; input_tokens: number; output_tokens: number }[]>`
      select provider, input_tokens::int, output_tokens::int from public.llm_calls`;
    expect(rows).toEqual([{ provider: 'openai', input_tokens: 321, output_tokens: 17 }]);
  }, 60_000);
});
