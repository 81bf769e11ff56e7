// Starts the BUILT web app (`pnpm --filter @ordo/web build`) for a benchmark, as production runs it.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../packages/supabase-client/src/index.ts';

const WEB_ENTRY = fileURLToPath(new URL('../apps/web/build/index.js', import.meta.url));

export function ensureWebBuilt(): void {
  if (existsSync(WEB_ENTRY)) return;
  console.log('building the web app (pnpm --filter @ordo/web build)…');
  const built = spawnSync('pnpm', ['--filter', '@ordo/web', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('web build failed');
}

export interface BenchWebApp {
  origin: string;
  child: ChildProcess;
}

export async function startBenchWebApp(options: {
  databaseUrl: string;
  dataDir: string;
  poolMax: number;
  env?: Record<string, string>;
}): Promise<BenchWebApp> {
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [WEB_ENTRY], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      ORIGIN: origin,
      PUBLIC_APP_URL: origin,
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_MAX: String(options.poolMax),
      ORDO_DATA_DIR: options.dataDir,
      SUPABASE_JWT_SECRET: randomBytes(32).toString('hex'),
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      ...options.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let attempt = 0; attempt < 200; attempt++) {
    const ok = await fetch(`${origin}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { origin, child };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGTERM');
  throw new Error('web app did not start');
}
