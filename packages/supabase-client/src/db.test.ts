import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createDb } from './db.ts';
import { findFreePort } from './port.ts';
import { createTestDatabase, createTestUser, type TestDatabase } from './testing/database.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

describe('createDb', () => {
  it('rejects a URL that is not a postgres:// URL', () => {
    expect(() => createDb({ url: 'mysql://localhost/ordo' })).toThrow(ZodError);
  });

  it('pings true when the server answers and false when nothing listens', async () => {
    expect(await database.db.ping()).toBe(true);
    const nowhere = createDb({ url: `postgres://postgres@127.0.0.1:${await findFreePort()}/ordo`, max: 1 });
    try {
      expect(await nowhere.ping(1000)).toBe(false);
    } finally {
      await nowhere.close(0);
    }
  });

  it('plans prepared statements once for any parameters when asked (genericPlans), and per call otherwise', async () => {
    const generic = createDb({ url: database.url, max: 1, genericPlans: true });
    try {
      const [mode] = await generic.sql<{ plan_cache_mode: string }[]>`show plan_cache_mode`;
      expect(mode?.plan_cache_mode).toBe('force_generic_plan');
      const [usual] = await database.db.sql<{ plan_cache_mode: string }[]>`show plan_cache_mode`;
      expect(usual?.plan_cache_mode).toBe('auto');
    } finally {
      await generic.close(0);
    }
  });

  it('commits without waiting for the WAL flush when asked (asyncCommit), alone or with generic plans, and durably otherwise', async () => {
    const both = createDb({ url: database.url, max: 1, genericPlans: true, asyncCommit: true });
    try {
      const [settings] = await both.sql<{ synchronous_commit: string; plan_cache_mode: string }[]>`
        select current_setting('synchronous_commit') as synchronous_commit, current_setting('plan_cache_mode') as plan_cache_mode`;
      expect(settings).toEqual({ synchronous_commit: 'off', plan_cache_mode: 'force_generic_plan' });
      const [usual] = await database.db.sql<{ synchronous_commit: string }[]>`show synchronous_commit`;
      expect(usual?.synchronous_commit).toBe('on');
    } finally {
      await both.close(0);
    }
  });

  it('returns date columns as YYYY-MM-DD strings and timestamptz as Date, with snake_case names', async () => {
    const userId = await createTestUser(database.db);
    const [task] = await database.db.asUser(
      userId,
      (tx) => tx`
        insert into tasks (user_id, title, due_date) values (${userId}, 'dated', ${'2026-12-01'})
        returning due_date, created_at
      `,
    );
    expect(task).toEqual({ due_date: '2026-12-01', created_at: expect.any(Date) });
  });
});

describe('asUser', () => {
  it('refuses a user id that is not a uuid before touching the database', async () => {
    let ran = false;
    const attempt = database.db.asUser("' or true --", async () => {
      ran = true;
    });
    await expect(attempt).rejects.toBeInstanceOf(ZodError);
    expect(ran).toBe(false);
  });

  it('exposes the user to auth.uid() and the claims to auth.jwt()', async () => {
    const userId = await createTestUser(database.db);
    const [row] = await database.db.asUser(
      userId,
      (tx) => tx`select auth.uid() as uid, auth.role() as role, auth.jwt() ->> 'sub' as sub, current_user as "user"`,
    );
    expect(row).toEqual({ uid: userId, role: 'authenticated', sub: userId, user: 'authenticated' });
  });

  it('leaves no role or claims on the connection after the transaction', async () => {
    const single = createDb({ url: database.url, max: 1 });
    try {
      const [owner] = await single.sql`select current_user as "user"`;
      await single.asUser(await createTestUser(database.db), (tx) => tx`select 1`);
      const [after] = await single.sql<{ user: string; claims: string | null }[]>`
        select current_user as "user", current_setting('request.jwt.claims', true) as claims
      `;
      expect(after?.user).toBe(owner?.user);
      expect(after?.claims ?? '').toBe('');
    } finally {
      await single.close();
    }
  });

  it('rolls everything back when fn throws', async () => {
    const userId = await createTestUser(database.db);
    await expect(
      database.db.asUser(userId, async (tx) => {
        await tx`insert into projects (user_id, name) values (${userId}, 'half-written')`;
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const rows = await database.db.asService((tx) => tx`select 1 from projects where user_id = ${userId}`);
    expect(rows).toHaveLength(0);
  });
});

describe('asService', () => {
  it('runs as service_role', async () => {
    const [row] = await database.db.asService((tx) => tx`select current_user as "user", auth.role() as role`);
    expect(row).toEqual({ user: 'service_role', role: 'service_role' });
  });
});
