import { createDb, type Sql } from '../db.ts';

/** The same server and credentials as url, another database. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

// CREATE/DROP DATABASE cannot run in a transaction, so a short-lived pool of one.
export async function withAdmin<T>(adminUrl: string, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const admin = createDb({ url: adminUrl, max: 1 });
  try {
    return await fn(admin.sql);
  } finally {
    await admin.close();
  }
}
