import type { Server } from 'node:http';
import { createLogger, loadConfig } from '@ordo/config';
import { enqueue, queueStats } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobDeps } from './job-deps.ts';
import { checkWorkerHealth } from './health.ts';
import { closeServer, createHttpApp, listen } from './http.ts';
import { jobDefinitions } from './jobs/index.ts';
import { createRegistry } from './queue/registry.ts';
import { type QueueRuntime, startQueueRuntime } from './queue/runtime.ts';
import { queueSettings } from './queue/settings.ts';
import { checkReadiness } from './readiness.ts';

const TOKEN = 'metrics-token-for-tests-0123456789';

let database: TestDatabase;
let queue: QueueRuntime;
const servers: Server[] = [];

async function serve(token: string | undefined): Promise<string> {
  const { db } = database;
  const app = createHttpApp({
    health: () => checkWorkerHealth('test', db, null),
    ready: (deep) => checkReadiness(db, null, queue, deep),
    metrics: async () => queue.metrics.render(await queueStats(db.sql)),
    token,
  });
  const server = await listen(app, 0, '127.0.0.1');
  servers.push(server);
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const env = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', WORKER_POLL_INTERVAL_MS: '100' }, { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } });
  queue = await startQueueRuntime({ db: database.db, env, settings: queueSettings(env, 'http-test'), registry: createRegistry(jobDefinitions), schedules: [], log: createLogger(env, 'test'), jobDeps: createJobDeps({ env, db: database.db, log: createLogger(env, 'test') }) });
});

afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  await queue.stop();
  await database.drop();
});

const withToken = { headers: { authorization: `Bearer ${TOKEN}` } };

describe('worker /ready and /metrics', () => {
  it('require the bearer token; /health does not', async () => {
    const base = await serve(TOKEN);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    for (const path of ['/ready', '/metrics']) {
      const missing = await fetch(`${base}${path}`);
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toBe('Bearer');
      expect((await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    }
  });

  it('are disabled when no token is configured', async () => {
    const base = await serve(undefined);
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: 'WORKER_METRICS_TOKEN is not set: /ready and /metrics are disabled' });
  });

  it('/ready checks the database and the claim loop, and with deep=1 a job round trip', async () => {
    const base = await serve(TOKEN);
    const shallow = await fetch(`${base}/ready`, withToken);
    expect(shallow.status).toBe(200);
    expect(await shallow.json()).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true }, redis: { configured: false }, queue: { ok: true }, job_round_trip: { configured: false } },
    });
    const deep = await fetch(`${base}/ready?deep=1`, withToken);
    expect(deep.status).toBe(200);
    expect(await deep.json()).toMatchObject({ checks: { job_round_trip: { ok: true, configured: true } } });
  });

  it('/metrics reports jobs by type and status, outcome counters and the latency histogram', async () => {
    const base = await serve(TOKEN);
    await enqueue(database.db.sql, 'system.sleep', { ms: 0, fail: true, permanent: true });
    for (let i = 0; i < 200 && queue.metrics.count('system.sleep', 'failed') === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    const response = await fetch(`${base}/metrics`, withToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain('ordo_queue_jobs{job_type="system.sleep",status="failed"} 1');
    expect(text).toContain('ordo_queue_jobs_processed_total{job_type="system.sleep",outcome="failed"} 1');
    expect(text).toMatch(/ordo_queue_job_duration_seconds_count\{job_type="system.sleep"\} [1-9]/);
    expect(text).toContain('ordo_queue_job_duration_seconds_bucket{job_type="system.sleep",le="+Inf"}');
  });
});
