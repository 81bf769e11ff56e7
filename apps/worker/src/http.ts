import { timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import express, { type Express, type RequestHandler } from 'express';
import type { WorkerHealth } from './health.ts';
import type { ReadinessReport } from './readiness.ts';

export interface HttpDeps {
  health: () => Promise<WorkerHealth>;
  ready: (deep: boolean) => Promise<ReadinessReport>;
  metrics: () => Promise<string>;
  /** Bearer token for /ready and /metrics; when unset they answer 503 (nothing is public by accident). */
  token: string | undefined;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearer(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!token) {
      res.status(503).json({ error: 'WORKER_METRICS_TOKEN is not set: /ready and /metrics are disabled' });
      return;
    }
    const header = req.get('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (!sameToken(given, token)) {
      res.status(401).set('www-authenticate', 'Bearer').json({ error: 'a valid bearer token is required' });
      return;
    }
    next();
  };
}

export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const report = await deps.health();
    res.status(report.status === 'ok' ? 200 : 503).set('cache-control', 'no-store').json(report);
  });
  app.get('/ready', bearer(deps.token), async (req, res) => {
    const report = await deps.ready(req.query.deep === '1' || req.query.deep === 'true');
    res.status(report.status === 'ready' ? 200 : 503).set('cache-control', 'no-store').json(report);
  });
  app.get('/metrics', bearer(deps.token), async (_req, res) => {
    res.status(200).set('cache-control', 'no-store').type('text/plain; version=0.0.4').send(await deps.metrics());
  });
  return app;
}

export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
