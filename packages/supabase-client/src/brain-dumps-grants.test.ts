import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db.ts';
import { createTestDatabase, createTestUser, type TestDatabase } from './testing/database.ts';
import { auditRowLevelSecurity } from './testing/rls-audit.ts';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});

afterAll(() => database.drop());

async function seedDump(userId: string): Promise<string> {
  const [dump] = await db.asService((tx) => tx<{ id: string }[]>`
    insert into public.brain_dumps (user_id, text) values (${userId}, 'buy milk') returning id`);
  if (!dump) throw new Error('no dump');
  return dump.id;
}

describe('brain_dumps column grants', () => {
  it('lets the owner update the columns the app writes as them', async () => {
    const alice = await createTestUser(db);
    const id = await seedDump(alice);
    const [row] = await db.asUser(alice, (tx) => tx<{ status: string }[]>`
      update public.brain_dumps
      set status = 'drafting', provider = 'offline', model = null, events = '[]', operations = '[]', usage = null,
          error = null, applied_changes = null, drafted_at = now(), applied_at = null, undone_at = null
      where id = ${id}
      returning status`);
    expect(row?.status).toBe('drafting');
  });

  it.each([
    ['text', (id: string) => `update public.brain_dumps set text = 'rewritten' where id = '${id}'`],
    ['user_id', (id: string) => `update public.brain_dumps set user_id = user_id where id = '${id}'`],
    ['id', (id: string) => `update public.brain_dumps set id = gen_random_uuid() where id = '${id}'`],
    ['created_at', (id: string) => `update public.brain_dumps set created_at = now() - interval '1 year' where id = '${id}'`],
    ['updated_at', (id: string) => `update public.brain_dumps set updated_at = now() - interval '1 year' where id = '${id}'`],
  ])('refuses the owner an update of %s', async (_column, statement) => {
    const alice = await createTestUser(db);
    const id = await seedDump(alice);
    const [before] = await db.sql`select * from public.brain_dumps where id = ${id}`;
    await expect(db.asUser(alice, (tx) => tx.unsafe(statement(id)))).rejects.toThrow(/permission denied/);
    const [after] = await db.sql`select * from public.brain_dumps where id = ${id}`;
    expect(after).toEqual(before);
  });

  it('leaves no table in the schema updatable on every column by a user role', async () => {
    expect(await auditRowLevelSecurity(db.sql)).toEqual([]);
  });
});
