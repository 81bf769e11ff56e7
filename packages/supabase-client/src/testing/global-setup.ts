import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb, type Sql } from '../db.ts';
import { startEmbeddedPostgres } from '../embedded.ts';
import { migrate } from '../migrate.ts';
import { findFreePort } from '../port.ts';
import { databaseUrl, withAdmin } from './admin.ts';
import { answersRedisPing } from './redis-probe.ts';
import './provided-context.ts';

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS = 'redis://127.0.0.1:6379';

interface TestServer {
  adminUrl: string;
  stop(): Promise<void>;
}

// Root vitest globalSetup: finds PostgreSQL (DATABASE_URL, else a local server
// on 5432, else an embedded one), migrates a template database once per run
// for createTestDatabase() to copy, and finds Redis for testRedisUrl().
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await findPostgres();
  const prefix = `ordo_test_${randomBytes(4).toString('hex')}_`;
  const template = `${prefix}template`;
  const teardown = async () => {
    await withAdmin(server.adminUrl, (sql) => dropDatabasesStartingWith(sql, prefix));
    await server.stop();
  };
  try {
    await createTemplate(server.adminUrl, template);
    project.provide('ordoPgAdminUrl', server.adminUrl);
    project.provide('ordoPgTemplate', template);
    project.provide('ordoTestDatabasePrefix', prefix);
    project.provide('ordoRedisUrl', await findRedis());
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

async function answers(url: string): Promise<boolean> {
  const db = createDb({ url, max: 1, connectTimeoutSeconds: 2 });
  try {
    return await db.ping(2000);
  } finally {
    await db.close(0);
  }
}

async function findPostgres(): Promise<TestServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    if (!(await answers(configured))) throw new Error('DATABASE_URL is set but its PostgreSQL server does not answer');
    return { adminUrl: configured, stop: async () => {} };
  }
  if (await answers(LOCAL_POSTGRES)) return { adminUrl: LOCAL_POSTGRES, stop: async () => {} };

  const dataDir = await mkdtemp(join(tmpdir(), 'ordo-test-pg-'));
  const embedded = await startEmbeddedPostgres({ dataDir, port: await findFreePort() });
  return {
    adminUrl: embedded.url,
    stop: async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function createTemplate(adminUrl: string, template: string): Promise<void> {
  await withAdmin(adminUrl, (sql) => sql`create database ${sql(template)}`);
  const db = createDb({ url: databaseUrl(adminUrl, template), max: 1 });
  try {
    await migrate(db.sql);
  } finally {
    await db.close();
  }
  // Copies fail while anyone is connected to the template; make that impossible.
  await withAdmin(adminUrl, (sql) => sql`alter database ${sql(template)} allow_connections false`);
}

async function dropDatabasesStartingWith(sql: Sql, prefix: string): Promise<void> {
  const rows = await sql<{ datname: string }[]>`
    select datname from pg_database where starts_with(datname, ${prefix})
  `;
  for (const { datname } of rows) await sql`drop database if exists ${sql(datname)} with (force)`;
}

async function findRedis(): Promise<string | null> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  if (await answersRedisPing(LOCAL_REDIS)) return LOCAL_REDIS;
  const message = `No Redis: REDIS_URL is unset and nothing answers PING on ${LOCAL_REDIS}; tests that need Redis will fail.`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n${'!'.repeat(80)}\n${message}\n${'!'.repeat(80)}\n`);
  return null;
}
