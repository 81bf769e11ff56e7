import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestUser, type TestDatabase } from '../testing/database.ts';
import { auditRowLevelSecurity } from '../testing/rls-audit.ts';
import { claim } from './claim.ts';
import { enqueue } from './enqueue.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

describe('queue_jobs row level security', () => {
  it('lets a user read their own jobs, and only theirs', async () => {
    const alice = await createTestUser(database.db);
    const bob = await createTestUser(database.db);
    const own = await enqueue(database.db.sql, 'system.sleep', { ms: 1 }, { userId: alice });
    await enqueue(database.db.sql, 'system.sleep', { ms: 1 }, { userId: bob });
    await enqueue(database.db.sql, 'system.sleep', { ms: 1 });
    const seen = await database.db.asUser(alice, (tx) => tx<{ id: string }[]>`select id from queue_jobs`);
    expect(seen.map((row) => row.id)).toEqual([own.id]);
  });

  it('never lets a user insert, claim, update or delete jobs', async () => {
    const alice = await createTestUser(database.db);
    const { id } = await enqueue(database.db.sql, 'system.sleep', { ms: 1 }, { userId: alice });
    const denied = /permission denied/;
    await expect(database.db.asUser(alice, (tx) => tx`insert into queue_jobs (user_id, job_type) values (${alice}, 'system.sleep')`)).rejects.toThrow(denied);
    await expect(database.db.asUser(alice, (tx) => tx`update queue_jobs set status = 'completed' where id = ${id}`)).rejects.toThrow(denied);
    await expect(database.db.asUser(alice, (tx) => tx`delete from queue_jobs where id = ${id}`)).rejects.toThrow(denied);
    await expect(database.db.asUser(alice, (tx) => claim(tx, { workerId: 'me', types: ['system.sleep'], limit: 1, leaseSeconds: 30 }))).rejects.toThrow(denied);
    const [row] = await database.db.sql<{ status: string }[]>`select status from queue_jobs where id = ${id}`;
    expect(row?.status).toBe('pending');
  });

  it('hides queue alerts from users', async () => {
    const alice = await createTestUser(database.db);
    await database.db.sql`insert into queue_alerts (job_type, window_seconds, failures, threshold) values ('sms.send', 300, 9, 5)`;
    await expect(database.db.asUser(alice, (tx) => tx`select * from queue_alerts`)).rejects.toThrow(/permission denied/);
  });

  it('passes the RLS audit', async () => {
    expect(await auditRowLevelSecurity(database.db.sql)).toEqual([]);
  });
});
