import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@ordo/supabase-client/testing';
import { repoRoot } from './environment.ts';

const root = repoRoot();

/** Every live process whose environment carries this run's data dir: the supervisor and all it started. */
function processesOf(dataDir: string): number[] {
  const marker = Buffer.from(`ORDO_DATA_DIR=${dataDir}\0`);
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`).includes(marker)) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

describe('pnpm start (embedded PostgreSQL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ordo-start-'));
  let child: ChildProcess;
  let output = '';
  let webPort: number;
  let workerPort: number;
  let exited: Promise<number | null>;

  beforeAll(async () => {
    expect(existsSync(join(root, 'apps/web/build/index.js')), 'build the apps first (pnpm build)').toBe(true);
    [webPort, workerPort] = [await findFreePort(), await findFreePort()];
    const pgPort = await findFreePort();
    const env: Record<string, string | undefined> = { ...process.env };
    for (const key of ['DATABASE_URL', 'REDIS_URL', 'SUPABASE_JWT_SECRET', 'ENCRYPTION_KEY', 'NODE_ENV', 'ORIGIN', 'PUBLIC_APP_URL']) delete env[key];
    Object.assign(env, {
      ORDO_DATA_DIR: dataDir,
      PORT: String(webPort),
      WORKER_PORT: String(workerPort),
      ORDO_EMBEDDED_PG_PORT: String(pgPort),
      LOG_LEVEL: 'warn',
    });
    // Its own process group, like a terminal job, so SIGINT to the group is exactly Ctrl-C.
    child = spawn('pnpm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    exited = new Promise((done) => child.once('exit', (code) => done(code)));
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 90_000;
    while (!output.includes('Ordo is running at')) {
      if (child.exitCode !== null) throw new Error(`pnpm start exited early (${child.exitCode}):\n${output}`);
      if (Date.now() > deadline) throw new Error(`pnpm start did not report ready:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 120_000);

  afterAll(() => {
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    for (const pid of processesOf(dataDir)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the address with the real PORT (PUBLIC_APP_URL unset) and serves the home page with the sign-in placeholder', async () => {
    expect(output).toContain(`Ordo is running at http://localhost:${webPort}`);
    const page = await fetch(`http://127.0.0.1:${webPort}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Sign in');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('answers /health with 200 and a real database check on web and worker', async () => {
    for (const [port, service] of [
      [webPort, 'web'],
      [workerPort, 'worker'],
    ] as const) {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { version: unknown; uptime_seconds: number };
      expect(body).toMatchObject({ status: 'ok', service, checks: { database: { ok: true } } });
      expect(typeof body.version).toBe('string');
      expect(body.uptime_seconds).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps its data and secrets under the data dir', () => {
    expect(existsSync(join(dataDir, 'postgres/cluster/PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'secrets.json'))).toBe(true);
  });

  it('stops everything, embedded PostgreSQL included, on Ctrl-C (SIGINT to the process group)', async () => {
    const before = processesOf(dataDir);
    // The supervisor, web, worker and PostgreSQL (postmaster and its helpers) all carry the marker.
    expect(before.length).toBeGreaterThanOrEqual(4);
    process.kill(-(child.pid as number), 'SIGINT');
    const code = await exited;
    expect(code, output).toBe(0);
    const deadline = Date.now() + 5_000;
    while (processesOf(dataDir).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(processesOf(dataDir)).toEqual([]);
    expect(existsSync(join(dataDir, 'postgres/cluster/postmaster.pid'))).toBe(false);
    await expect(fetch(`http://127.0.0.1:${webPort}/health`)).rejects.toThrow();
  }, 60_000);
});
