import type { Server } from 'node:http';
import express, { type Express } from 'express';
import type { WorkerHealth } from './health.ts';

export interface HttpDeps {
  health: () => Promise<WorkerHealth>;
}

export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const report = await deps.health();
    res.status(report.status === 'ok' ? 200 : 503).set('cache-control', 'no-store').json(report);
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
