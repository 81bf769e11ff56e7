import { randomBytes, randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createDb, type Db } from '../db.ts';
import { databaseUrl, withAdmin } from './admin.ts';
import './provided-context.ts';

export interface TestDatabase {
  url: string;
  db: Db;
  /** Closes db and drops the database, disconnecting anyone still on it. */
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file on the run's test server: a copy of the
 * migrated template (default), or an empty one with { migrated: false }.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = inject('ordoPgAdminUrl');
  const name = `${inject('ordoTestDatabasePrefix')}${randomBytes(6).toString('hex')}`;
  // template0 is empty by definition; template1 may carry a cluster's extras.
  const template = options.migrated === false ? 'template0' : inject('ordoPgTemplate');
  await withAdmin(adminUrl, (sql) => sql`create database ${sql(name)} template ${sql(template)}`);

  const url = databaseUrl(adminUrl, name);
  const db = createDb({ url });
  return {
    url,
    db,
    drop: async () => {
      await db.close();
      await withAdmin(adminUrl, (sql) => sql`drop database if exists ${sql(name)} with (force)`);
    },
  };
}

/** Inserts a user with a unique email (as the service role) and returns its id. */
export async function createTestUser(db: Db): Promise<string> {
  const [user] = await db.asService((tx) => tx<{ id: string }[]>`insert into public.users (email) values (${`${randomUUID()}@example.test`}) returning id`);
  if (!user) throw new Error('user insert returned no row');
  return user.id;
}

/** Redis for tests (REDIS_URL or a local server), or null when there is none. */
export function testRedisUrl(): string | null {
  return inject('ordoRedisUrl');
}
