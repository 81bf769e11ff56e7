import type { Server } from 'node:http';
import { createDb, type Db } from '@ordo/supabase-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, findFreePort, type TestDatabase } from '@ordo/supabase-client/testing';
import { checkWorkerHealth } from './health.ts';
import { closeServer, createHttpApp, listen } from './http.ts';

let database: TestDatabase;
let unreachable: Db;
const servers: Server[] = [];

async function serve(db: Db): Promise<string> {
  const server = await listen(createHttpApp({ health: () => checkWorkerHealth('test-version', db, null), ready: () => Promise.reject(new Error('not under test')), metrics: () => Promise.reject(new Error('not under test')), token: undefined }), 0, '127.0.0.1');
  servers.push(server);
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

beforeAll(async () => {
  database = await createTestDatabase();
  // Nothing listens there: the health check must see the database as down.
  unreachable = createDb({ url: `postgres://postgres@127.0.0.1:${await findFreePort()}/none`, connectTimeoutSeconds: 1 });
});

afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  await unreachable.close(0);
  await database.drop();
});

describe('worker /health', () => {
  it('answers 200 with version, uptime and a passing database check', async () => {
    const response = await fetch(`${await serve(database.db)}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({
      status: 'ok',
      service: 'worker',
      version: 'test-version',
      checks: { database: { ok: true } },
    });
  });

  it('answers 503 naming the failed dependency when the database is down', async () => {
    const response = await fetch(`${await serve(unreachable)}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unavailable', checks: { database: { ok: false } } });
  });
});
