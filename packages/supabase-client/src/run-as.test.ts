import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from './db.ts';
import { pipelinedRead } from './run-as.ts';
import { createTestDatabase, type TestDatabase } from './testing/database.ts';

let database: TestDatabase;
// One connection, so what a read leaves on the connection is what the next query sees.
let single: Db;
const users: { id: string; projects: number }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  single = createDb({ url: database.url, max: 1 });
  for (const count of [2, 3]) {
    const id = await database.db.asService(async (tx) => {
      const [user] = await tx<{ id: string }[]>`insert into users (email) values (${`${randomUUID()}@run-as.test`}) returning id`;
      const userId = user?.id as string;
      for (let i = 0; i < count; i++) await tx`insert into projects (user_id, name) values (${userId}, ${`p${i}`})`;
      return userId;
    });
    users.push({ id, projects: count });
  }
});

afterAll(async () => {
  await single?.close();
  await database?.drop();
});

const leftover = async () => {
  // Were the transaction still open, its role and claims would still be in force.
  const [row] = await single.sql<{ role: string; claims: string | null }[]>`
    select current_user as role, nullif(current_setting('request.jwt.claims', true), '') as claims`;
  return row;
};

describe('readAsUser (queries and COMMIT pipelined)', () => {
  it('answers every query in order as the user, under RLS, and leaves nothing on the connection', async () => {
    const [alice, bob] = users as [{ id: string; projects: number }, { id: string; projects: number }];
    const [identity, projects, readOnly] = await single.readAsUser(alice.id, (tx) => [
      tx<{ uid: string; role: string }[]>`select auth.uid() as uid, current_user as role`,
      tx<{ user_id: string }[]>`select user_id from projects`,
      tx<{ transaction_read_only: string }[]>`show transaction_read_only`,
    ] as const);
    expect(identity[0]).toEqual({ uid: alice.id, role: 'authenticated' });
    expect(projects).toHaveLength(alice.projects);
    expect(projects.every((row) => row.user_id === alice.id)).toBe(true);
    expect(readOnly[0]?.transaction_read_only).toBe('on');
    expect(await leftover()).toEqual({ role: 'postgres', claims: null });

    const [bobsView] = await single.readAsUser(bob.id, (tx) => [tx`select id from projects where user_id = ${alice.id}`] as const);
    expect(bobsView).toHaveLength(0);
  });

  it('refuses writes (READ ONLY) and throws a failed query’s error, leaving the connection clean', async () => {
    const [alice] = users as [{ id: string; projects: number }];
    await expect(
      single.readAsUser(alice.id, (tx) => [tx`insert into projects (user_id, name) values (${alice.id}, 'sneaky')`] as const),
    ).rejects.toMatchObject({ code: '25006' });
    await expect(
      single.readAsUser(alice.id, (tx) => [tx`select 1`, tx`select 1 / 0`, tx`select 2`] as const),
    ).rejects.toMatchObject({ code: '22012' });
    const [sneaky] = await single.sql<{ count: number }[]>`select count(*)::int as count from projects where name = 'sneaky'`;
    expect(sneaky?.count).toBe(0);
    expect(await leftover()).toEqual({ role: 'postgres', claims: null });
  });

  it('rejects a malformed user id before touching the database', async () => {
    await expect(single.readAsUser('not-a-uuid', (tx) => [tx`select 1`] as const)).rejects.toThrow();
  });

  it('keeps concurrent reads of different users apart on a shared pool', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => {
        const user = users[i % 2] as { id: string; projects: number };
        return database.db
          .readAsUser(user.id, (tx) => [tx<{ uid: string; visible: number }[]>`
            select auth.uid() as uid, (select count(*)::int from projects) as visible`] as const)
          .then(([rows]) => ({ expected: user, row: rows[0] }));
      }),
    );
    for (const { expected, row } of results) expect(row).toEqual({ uid: expected.id, visible: expected.projects });
  });
});

describe('pipelinedRead', () => {
  it('reads as the connection owner in one READ ONLY transaction', async () => {
    const [all, readOnly] = await pipelinedRead(single.sql, (tx) => [
      tx<{ count: number }[]>`select count(*)::int as count from projects`,
      tx<{ transaction_read_only: string }[]>`show transaction_read_only`,
    ] as const);
    expect(all[0]?.count).toBe(5);
    expect(readOnly[0]?.transaction_read_only).toBe('on');
  });
});

describe('asService with asyncCommit', () => {
  it('commits that one transaction without waiting for its flush, as the service, and leaves the connection as it was', async () => {
    const settingIn = async (options?: { asyncCommit: boolean }) =>
      single.asService(async (tx) => {
        const [row] = await tx<{ role: string; synchronous_commit: string }[]>`
          select current_user as role, current_setting('synchronous_commit') as synchronous_commit`;
        return row;
      }, options);
    expect(await settingIn({ asyncCommit: true })).toEqual({ role: 'service_role', synchronous_commit: 'off' });
    expect(await settingIn()).toEqual({ role: 'service_role', synchronous_commit: 'on' });
    const [after] = await single.sql<{ synchronous_commit: string }[]>`show synchronous_commit`;
    expect(after?.synchronous_commit).toBe('on');
    expect(await leftover()).toEqual({ role: 'postgres', claims: null });
  });
});

describe('asService with genericPlans', () => {
  it('plans that transaction’s statements generically and leaves the connection as it was', async () => {
    const modeIn = (options?: { genericPlans: boolean }) =>
      single.asService(async (tx) => (await tx<{ mode: string }[]>`select current_setting('plan_cache_mode') as mode`)[0]?.mode, options);
    expect(await modeIn({ genericPlans: true })).toBe('force_generic_plan');
    expect(await modeIn()).toBe('auto');
    const [after] = await single.sql<{ plan_cache_mode: string }[]>`show plan_cache_mode`;
    expect(after?.plan_cache_mode).toBe('auto');
  });
});

describe('asServicePipelined (BEGIN sent with the first statements)', () => {
  it('runs every statement in one transaction as the service and commits it', async () => {
    const name = `pipelined-${randomUUID()}`;
    const [alice] = users as [{ id: string; projects: number }];
    const seen = await single.asServicePipelined(async (tx) => {
      const [first] = await tx<{ role: string; xid: string }[]>`select current_user as role, txid_current()::text as xid`;
      await tx`insert into projects (user_id, name) values (${alice.id}, ${name})`;
      const [last] = await tx<{ xid: string }[]>`select txid_current()::text as xid`;
      return { role: first?.role, same: first?.xid === last?.xid };
    });
    expect(seen).toEqual({ role: 'service_role', same: true });
    const [stored] = await single.sql<{ count: number }[]>`select count(*)::int as count from projects where name = ${name}`;
    expect(stored?.count).toBe(1);
    expect(await leftover()).toEqual({ role: 'postgres', claims: null });
  });

  it('rolls everything back when a statement fails, or fn throws, and leaves the connection clean', async () => {
    const [alice] = users as [{ id: string; projects: number }];
    const name = `rolled-back-${randomUUID()}`;
    await expect(
      single.asServicePipelined(async (tx) => {
        await tx`insert into projects (user_id, name) values (${alice.id}, ${name})`;
        await tx`select 1 / 0`;
      }),
    ).rejects.toMatchObject({ code: '22012' });
    await expect(
      single.asServicePipelined(async (tx) => {
        await tx`insert into projects (user_id, name) values (${alice.id}, ${name})`;
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const [stored] = await single.sql<{ count: number }[]>`select count(*)::int as count from projects where name = ${name}`;
    expect(stored?.count).toBe(0);
    expect(await leftover()).toEqual({ role: 'postgres', claims: null });
    await expect(single.asServicePipelined((tx) => tx.savepoint(async () => undefined))).rejects.toThrow('savepoints are not available');
  });
});

describe('asServicePipelined with commit (COMMIT sent with the last statements)', () => {
  const stored = async (name: string) =>
    (await single.sql<{ count: number }[]>`select count(*)::int as count from projects where name = ${name}`)[0]?.count;

  it('commits the statements sent before it, as the service, in one transaction', async () => {
    const [alice] = users as [{ id: string; projects: number }];
    const name = `committed-with-${randomUUID()}`;
    const seen = await single.asServicePipelined(async (tx, commit) => {
      const [first] = await tx<{ xid: string }[]>`select txid_current()::text as xid`;
      const insert = tx<{ role: string; xid: string }[]>`
        insert into projects (user_id, name) values (${alice.id}, ${name}) returning current_user as role, txid_current()::text as xid`.execute();
      const committing = commit();
      const [inserted] = await Promise.all([insert, committing]);
      return { role: inserted[0]?.role, same: inserted[0]?.xid === first?.xid, once: commit() === committing };
    });
    expect(seen).toEqual({ role: 'service_role', same: true, once: true });
    expect(await stored(name)).toBe(1);
    expect(await leftover()).toEqual({ role: 'postgres', claims: null });
  });

  it('rolls back when a statement sent with it fails, and when fn caught a failed statement', async () => {
    const [alice] = users as [{ id: string; projects: number }];
    const name = `failed-with-${randomUUID()}`;
    await expect(
      single.asServicePipelined(async (tx, commit) => {
        const sent = [tx`insert into projects (user_id, name) values (${alice.id}, ${name})`.execute(), tx`select 1 / 0`.execute()];
        await Promise.all([...sent, commit()]);
      }),
    ).rejects.toMatchObject({ code: '22012' });
    expect(await stored(name)).toBe(0);
    // PostgreSQL answers the COMMIT of a failed transaction with ROLLBACK, not an error: that is refused too.
    await expect(
      single.asServicePipelined(async (tx, commit) => {
        await tx`insert into projects (user_id, name) values (${alice.id}, ${name})`;
        await tx`select 1 / 0`.catch(() => undefined);
        await commit();
      }),
    ).rejects.toThrow('the transaction did not commit (ROLLBACK)');
    expect(await stored(name)).toBe(0);
    expect(await leftover()).toEqual({ role: 'postgres', claims: null });
  });

  it('commits once called whatever fn does next, and gives the connection back only after the answers', async () => {
    const [alice] = users as [{ id: string; projects: number }];
    const name = `thrown-after-commit-${randomUUID()}`;
    await expect(
      single.asServicePipelined(async (tx, commit) => {
        tx`select pg_sleep(0.2)`.execute();
        tx`insert into projects (user_id, name) values (${alice.id}, ${name})`.execute();
        void commit();
        throw new Error('gave up');
      }),
    ).rejects.toThrow('gave up');
    expect(await stored(name)).toBe(1);
    expect(await leftover()).toEqual({ role: 'postgres', claims: null });
  });

  it('refuses a statement built before the COMMIT but sent after it (postgres.js sends on the first await)', async () => {
    const [alice] = users as [{ id: string; projects: number }];
    const name = `sent-late-${randomUUID()}`;
    await expect(
      single.asServicePipelined(async (tx, commit) => {
        const slow = tx`select pg_sleep(0.2)`.execute();
        const late = tx`insert into projects (user_id, name) values (${alice.id}, ${name})`;
        await Promise.all([slow, commit(), late]);
      }),
    ).rejects.toThrow('no statement may follow its COMMIT');
    expect(await stored(name)).toBe(0);
    expect(await leftover()).toEqual({ role: 'postgres', claims: null });
  });

  it('refuses a statement after the COMMIT, which would run outside the transaction', async () => {
    const [alice] = users as [{ id: string; projects: number }];
    const name = `after-commit-${randomUUID()}`;
    const tried = await single.asServicePipelined(async (tx, commit) => {
      await commit();
      const refusals: string[] = [];
      for (const send of [() => tx`insert into projects (user_id, name) values (${alice.id}, ${name})`, () => tx.unsafe('select 1')]) {
        try {
          await send();
        } catch (error) {
          refusals.push((error as Error).message);
        }
      }
      return refusals;
    });
    expect(tried).toEqual([expect.stringContaining('no statement may follow its COMMIT'), expect.stringContaining('no statement may follow its COMMIT')]);
    expect(await stored(name)).toBe(0);
    expect(await leftover()).toEqual({ role: 'postgres', claims: null });
  });
});
