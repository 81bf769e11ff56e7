import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../db.ts';
import { createTestDatabase, createTestUser, type TestDatabase } from '../testing/database.ts';
import { enqueue } from './enqueue.ts';
import { asQueueWriter } from './queue-writer.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

interface Standing {
  role: string;
  uid: string | null;
  mayInsertJobs: boolean;
  visibleJobs: number;
}

// Who the transaction acts as, and whether RLS still narrows what it sees.
async function standing(tx: Tx): Promise<Standing> {
  const [row] = await tx<Standing[]>`
    select current_setting('role') as role, auth.uid() as uid,
           has_table_privilege('public.queue_jobs', 'insert') as "mayInsertJobs",
           (select count(*)::int from public.queue_jobs) as "visibleJobs"`;
  if (!row) throw new Error('no row');
  return row;
}

describe('asQueueWriter when the writes fail', () => {
  it('gives the caller back its role after a JavaScript error, with RLS in force', async () => {
    const alice = await createTestUser(database.db);
    const bob = await createTestUser(database.db);
    await enqueue(database.db.sql, 'system.sleep', { ms: 1 }, { userId: alice });
    await enqueue(database.db.sql, 'system.sleep', { ms: 1 }, { userId: bob });
    const after = await database.db.asUser(alice, async (tx) => {
      await expect(
        asQueueWriter(tx, [alice], async (writer) => {
          await writer`select 1`;
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      return standing(tx);
    });
    expect(after).toEqual({ role: 'authenticated', uid: alice, mayInsertJobs: false, visibleJobs: 1 });
  });

  it('leaves the transaction usable, as the user, after an SQL error, and takes back its writes', async () => {
    const alice = await createTestUser(database.db);
    const after = await database.db.asUser(alice, async (tx) => {
      await expect(
        asQueueWriter(tx, [alice], async (writer) => {
          await writer`insert into public.queue_jobs (user_id, job_type) values (${alice}, 'system.sleep')`;
          await writer`select 1 / 0`;
        }),
      ).rejects.toThrow(/division by zero/);
      return standing(tx);
    });
    expect(after).toEqual({ role: 'authenticated', uid: alice, mayInsertJobs: false, visibleJobs: 0 });
  });

  it('still writes as the queue and returns to the user on success', async () => {
    const alice = await createTestUser(database.db);
    const after = await database.db.asUser(alice, async (tx) => {
      await enqueue(tx, 'system.sleep', { ms: 1 }, { userId: alice });
      return standing(tx);
    });
    expect(after).toEqual({ role: 'authenticated', uid: alice, mayInsertJobs: false, visibleJobs: 1 });
  });
});
