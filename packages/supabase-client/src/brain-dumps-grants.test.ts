import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestUser, type TestDatabase } from './testing/database.ts';
import { auditRowLevelSecurity } from './testing/rls-audit.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

async function seedDump(userId: string): Promise<string> {
  const [dump] = await database.db.asService((tx) => tx<{ id: string }[]>`
    insert into public.brain_dumps (user_id, text) values (${userId}, 'buy milk') returning id`);
  if (!dump) throw new Error('no dump');
  return dump.id;
}

describe('brain_dumps column grants', () => {
  it('lets the owner update the columns the app writes as them', async () => {
    const alice = await createTestUser(database.db);
    const id = await seedDump(alice);
    const [row] = await database.db.asUser(alice, (tx) => tx<{ status: string }[]>`
      update public.brain_dumps
      set status = 'drafting', provider = 'offline', model = null, events = '[]', operations = '[]', usage = null,
          error = null, applied_changes = null, drafted_at = now(), applied_at = null, undone_at = null
      where id = ${id}
      returning status`);
    expect(row?.status).toBe('drafting');
  });

  it('lets the owner take the drafting lease and count a run, but never lower the run count (the re-draft cap)', async () => {
    const alice = await createTestUser(database.db);
    const id = await seedDump(alice);
    const [claimed] = await database.db.asUser(alice, (tx) => tx<{ draft_runs: number; draft_owner: string }[]>`
      update public.brain_dumps
      set draft_runs = draft_runs + 1, draft_owner = 'process-a', draft_lease_expires_at = now() + interval '15 seconds'
      where id = ${id}
      returning draft_runs, draft_owner`);
    expect(claimed).toEqual({ draft_runs: 1, draft_owner: 'process-a' });
    await expect(
      database.db.asUser(alice, (tx) => tx`update public.brain_dumps set draft_runs = 0 where id = ${id}`),
    ).rejects.toThrow(/draft_runs cannot decrease/);
    const [after] = await database.db.sql<{ draft_runs: number }[]>`select draft_runs from public.brain_dumps where id = ${id}`;
    expect(after?.draft_runs).toBe(1);
  });

  it.each([
    ['text', (id: string) => `update public.brain_dumps set text = 'rewritten' where id = '${id}'`],
    ['user_id', (id: string) => `update public.brain_dumps set user_id = user_id where id = '${id}'`],
    ['id', (id: string) => `update public.brain_dumps set id = gen_random_uuid() where id = '${id}'`],
    ['created_at', (id: string) => `update public.brain_dumps set created_at = now() - interval '1 year' where id = '${id}'`],
    ['updated_at', (id: string) => `update public.brain_dumps set updated_at = now() - interval '1 year' where id = '${id}'`],
  ])('refuses the owner an update of %s', async (_column, statement) => {
    const alice = await createTestUser(database.db);
    const id = await seedDump(alice);
    const [before] = await database.db.sql`select * from public.brain_dumps where id = ${id}`;
    await expect(database.db.asUser(alice, (tx) => tx.unsafe(statement(id)))).rejects.toThrow(/permission denied/);
    const [after] = await database.db.sql`select * from public.brain_dumps where id = ${id}`;
    expect(after).toEqual(before);
  });

  it('leaves no table in the schema updatable on every column by a user role', async () => {
    expect(await auditRowLevelSecurity(database.db.sql)).toEqual([]);
  });
});
