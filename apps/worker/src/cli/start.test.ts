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

describe('node scripts/pnpm.mjs start, the README command (embedded PostgreSQL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ordo-start-'));
  let child: ChildProcess;
  let output = '';
  let errorOutput = '';
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
      LOG_LEVEL: 'info',
      // As on a terminal; the test's pipes would otherwise get JSON.
      LOG_FORMAT: 'pretty',
    });
    // Its own process group, like a terminal job, so SIGINT to the group is exactly Ctrl-C.
    child = spawn(process.execPath, ['scripts/pnpm.mjs', 'start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    exited = new Promise((done) => child.once('exit', (code) => done(code)));
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (errorOutput += chunk));
    const deadline = Date.now() + 90_000;
    while (!output.includes('Ordo is running at')) {
      if (child.exitCode !== null) throw new Error(`pnpm start exited early (${child.exitCode}):\n${output}${errorOutput}`);
      if (Date.now() > deadline) throw new Error(`pnpm start did not report ready:\n${output}${errorOutput}`);
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

  it('logs short readable lines from each process, the migrations in one line', () => {
    expect(output).not.toContain('{"level"');
    expect(output).toMatch(/^\d\d:\d\d:\d\d INFO {2}web {4}web server starting port=\d+$/m);
    expect(output).toMatch(/^\d\d:\d\d:\d\d INFO {2}worker worker listening port=\d+/m);
    expect(output.split('\n').filter((line) => /migration/i.test(line))).toEqual([
      expect.stringMatching(/^\d\d:\d\d:\d\d INFO {2}ordo {3}applied \d+ migrations \(\d{14} → \d{14}\)$/),
    ]);
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

  it('stops everything quietly, embedded PostgreSQL included, on Ctrl-C (SIGINT to the process group) with an event stream open', async () => {
    const events = await openEventStream(`http://localhost:${webPort}`);
    const before = processesOf(dataDir);
    // The supervisor, web, worker and PostgreSQL (postmaster and its helpers) all carry the marker.
    expect(before.length).toBeGreaterThanOrEqual(4);
    const [outputBefore, errorOutputBefore] = [output.length, errorOutput.length];
    process.kill(-(child.pid as number), 'SIGINT');
    const code = await exited;
    const stopOutput = output.slice(outputBefore);
    const stopErrors = errorOutput.slice(errorOutputBefore);
    expect(code, `${stopOutput}${stopErrors}`).toBe(0);
    expect(stopErrors).toBe('');
    expect(stopOutput).not.toMatch(/error|exception|^\s+at /im);
    expect(stopOutput).toContain('Ordo stopped');
    // The server ended the stream itself (an EventSource would reconnect), rather than dropping it.
    await expect(events.ended).resolves.toBe('closed');
    const deadline = Date.now() + 5_000;
    while (processesOf(dataDir).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(processesOf(dataDir)).toEqual([]);
    expect(existsSync(join(dataDir, 'postgres/cluster/postmaster.pid'))).toBe(false);
    await expect(fetch(`http://127.0.0.1:${webPort}/health`)).rejects.toThrow();
  }, 60_000);
});

/** Signs a new account up and opens its live event stream; `ended` settles when the server closes it. */
async function openEventStream(origin: string): Promise<{ ended: Promise<'closed' | 'dropped'> }> {
  const signUp = await fetch(`${origin}/api/auth/signup`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ email: `start-${process.pid}-${Date.now()}@example.test`, password: 'correct horse battery staple' }),
  });
  expect(signUp.status).toBe(201);
  const cookie = signUp.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const response = await fetch(`${origin}/api/events`, { headers: { accept: 'text/event-stream', cookie } });
  expect(response.status).toBe(200);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const first = await reader.read();
  expect(new TextDecoder().decode(first.value)).toContain(': connected');
  const ended = (async () => {
    try {
      for (;;) if ((await reader.read()).done) return 'closed' as const;
    } catch {
      return 'dropped' as const;
    }
  })();
  return { ended };
}
