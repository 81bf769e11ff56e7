import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, findFreePort, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const workerEntry = new URL('../dist/main.js', import.meta.url).pathname;
const migrationsDir = new URL('../../../supabase/migrations/', import.meta.url).pathname;

let database: TestDatabase;
const dataDir = mkdtempSync(join(tmpdir(), 'ordo-worker-boot-'));

beforeAll(async () => {
  expect(existsSync(workerEntry), 'build the worker first (pnpm build)').toBe(true);
  database = await createTestDatabase({ migrated: false });
});

afterAll(async () => {
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the worker on its own (pnpm --filter @ordo/worker start)', () => {
  it('migrates an empty database on boot when asked, serves /health, and exits 0 on SIGTERM', async () => {
    const port = await findFreePort();
    const env: Record<string, string | undefined> = { ...process.env, REDIS_URL: undefined, NODE_ENV: 'development' };
    Object.assign(env, {
      DATABASE_URL: database.url,
      WORKER_PORT: String(port),
      WORKER_MIGRATE_ON_BOOT: 'true',
      ORDO_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    });
    const worker = spawn(process.execPath, [workerEntry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    worker.stdout.on('data', (chunk) => (output += chunk));
    worker.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((done) => worker.once('exit', (code) => done(code)));

    const deadline = Date.now() + 30_000;
    let health: Response | undefined;
    while (!health?.ok) {
      expect(worker.exitCode, output).toBeNull();
      expect(Date.now() < deadline, `no healthy worker within 30 s:\n${output}`).toBe(true);
      health = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      if (!health?.ok) await new Promise((r) => setTimeout(r, 100));
    }

    const files = readdirSync(migrationsDir).filter((name) => /^\d{14}_.+\.sql$/.test(name));
    const [row] = await database.db.sql<{ applied: number }[]>`
      select count(*)::int as applied from supabase_migrations.schema_migrations`;
    expect(row?.applied).toBe(files.length);

    worker.kill('SIGTERM');
    expect(await exited, output).toBe(0);
  });
});
