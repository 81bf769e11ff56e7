import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql, Tx } from '../db.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { auditRowLevelSecurity } from './rls-audit.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

const ROLLBACK = new Error('rollback');

// Runs fn and undoes whatever it did, so the database keeps the real schema.
async function thenRollBack<T>(sql: Sql, fn: (tx: Tx) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await sql
    .begin(async (tx) => {
      result = await fn(tx);
      throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  return result as T;
}

describe('auditRowLevelSecurity', () => {
  it('reports tables without RLS or without a policy, including partitioned ones', async () => {
    const problems = await thenRollBack(database.db.sql, async (tx) => {
      await tx`create table public.forgotten (id int)`;
      await tx`create table public.locked_shut (id int)`;
      await tx`alter table public.locked_shut enable row level security`;
      await tx`create table public.by_month (at date) partition by range (at)`;
      return auditRowLevelSecurity(tx);
    });
    expect(problems).toEqual([
      { table: 'by_month', problem: 'row level security disabled' },
      { table: 'by_month', problem: 'no policy' },
      { table: 'forgotten', problem: 'row level security disabled' },
      { table: 'forgotten', problem: 'no policy' },
      { table: 'locked_shut', problem: 'no policy' },
    ]);
  });

  it('reports a table whose every column user roles may update, but not column grants', async () => {
    const problems = await thenRollBack(database.db.sql, async (tx) => {
      for (const table of ['wide_open', 'narrow']) {
        await tx`create table ${tx(`public.${table}`)} (id int, owner uuid, note text)`;
        await tx`alter table ${tx(`public.${table}`)} enable row level security`;
        await tx`create policy everyone on ${tx(`public.${table}`)} using (true)`;
      }
      await tx`grant select, update on table public.wide_open to anon, authenticated`;
      await tx`grant select, update (note) on table public.narrow to anon, authenticated`;
      return auditRowLevelSecurity(tx);
    });
    expect(problems).toEqual([
      { table: 'wide_open', problem: 'update on every column granted to anon' },
      { table: 'wide_open', problem: 'update on every column granted to authenticated' },
    ]);
  });

  it('finds nothing wrong with every table in the real schema', async () => {
    const [{ tables } = { tables: 0 }] = await database.db.sql<{ tables: number }[]>`
      select count(*)::int as tables from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
    `;
    expect(tables).toBeGreaterThanOrEqual(3);
    expect(await auditRowLevelSecurity(database.db.sql)).toEqual([]);
  });
});
