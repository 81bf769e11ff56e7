import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db.ts';
import { createTestDatabase, createTestUser, type TestDatabase } from './testing/database.ts';

// Functions of schema `as_user` read as the user they are given in one statement (see the
// migration 20261201100000_as_user_tasks_page.sql). These tests hold them to what asUser does:
// RLS decides, and neither the role nor the claims outlive the call.

let database: TestDatabase;
let db: Db;
let a: string;
let b: string;
let aProject: string;

interface TasksPageArgs {
  inProject?: string | null;
  inInbox?: boolean;
  statuses?: string[] | null;
  dueBefore?: string | null;
  dueAfter?: string | null;
  matching?: string | null;
  after?: { position: number; id: string } | null;
  pageSize?: number;
}

function tasksPage(userId: string, args: TasksPageArgs = {}) {
  return db.sql<{ id: string; user_id: string; title: string; position: number }[]>`
    select * from as_user.tasks_page(
      ${userId}, ${args.inProject ?? null}, ${args.inInbox ?? false}, ${args.statuses ?? null},
      ${args.dueBefore ?? null}, ${args.dueAfter ?? null}, ${args.matching ?? null},
      ${args.after?.position ?? null}, ${args.after?.id ?? null}, ${args.pageSize ?? 100}
    )`;
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  a = await createTestUser(db);
  b = await createTestUser(db);
  aProject = await db.asService(async (tx) => {
    const [project] = await tx<{ id: string }[]>`insert into projects (user_id, name) values (${a}, 'work') returning id`;
    const projectId = project?.id as string;
    await tx`
      insert into tasks (user_id, project_id, title, notes, status, due_date, position)
      values (${a}, ${projectId}, 'write report', null, 'todo', '2026-12-01', 1),
             (${a}, ${projectId}, 'send invoice', 'to ACME', 'done', '2026-12-10', 2),
             (${a}, null, 'buy milk', null, 'in_progress', null, 3),
             (${a}, null, 'call mum', 'about 50% of it', 'todo', '2026-11-20', 4),
             (${b}, null, 'b''s task', null, 'todo', '2026-12-01', 1)`;
    await tx`insert into tasks (user_id, title, position, deleted_at) values (${a}, 'deleted', 5, now())`;
    return projectId;
  });
});

afterAll(() => database?.drop());

describe('as_user.tasks_page', () => {
  it('returns what the same query returns through asUser, for each filter', async () => {
    const titles = async (args: TasksPageArgs) => (await tasksPage(a, args)).map((row) => row.title);
    const viaAsUser = await db.asUser(a, (tx) => tx<{ title: string }[]>`
      select title from tasks where deleted_at is null order by position, id`);

    expect(await titles({})).toEqual(viaAsUser.map((row) => row.title));
    expect(await titles({ inProject: aProject })).toEqual(['write report', 'send invoice']);
    expect(await titles({ inInbox: true })).toEqual(['buy milk', 'call mum']);
    expect(await titles({ statuses: ['todo', 'in_progress'] })).toEqual(['write report', 'buy milk', 'call mum']);
    expect(await titles({ dueBefore: '2026-12-01' })).toEqual(['call mum']);
    expect(await titles({ dueAfter: '2026-12-01' })).toEqual(['send invoice']);
    expect(await titles({ matching: '%50\\%%' })).toEqual(['call mum']);
    expect(await titles({ matching: '%INVOICE%' })).toEqual(['send invoice']);
    expect(await titles({ pageSize: 2 })).toEqual(['write report', 'send invoice']);
    const [, second] = await tasksPage(a, { pageSize: 2 });
    expect(await titles({ after: second ? { position: second.position, id: second.id } : null })).toEqual(['buy milk', 'call mum']);
  });

  it('pages through a project, the inbox and a filtered list with the cursor', async () => {
    const pages = async (args: TasksPageArgs) => {
      const titles: string[] = [];
      let after: TasksPageArgs['after'] = null;
      for (;;) {
        const page = await tasksPage(a, { ...args, after, pageSize: 1 });
        const last = page.at(-1);
        if (!last) return titles;
        titles.push(...page.map((row) => row.title));
        after = { position: last.position, id: last.id };
      }
    };
    expect(await pages({ inProject: aProject })).toEqual(['write report', 'send invoice']);
    expect(await pages({ inInbox: true })).toEqual(['buy milk', 'call mum']);
    expect(await pages({ statuses: ['todo'] })).toEqual(['write report', 'call mum']);
    expect(await pages({ dueBefore: '2026-12-05', dueAfter: '2026-11-01' })).toEqual(['write report', 'call mum']);
  });

  it('reads as the user it is given on every call, whatever was planned for earlier calls on the connection', async () => {
    // Its queries' plans are cached for the session: called often enough to use them.
    const connection = await db.sql.reserve();
    try {
      for (let round = 0; round < 8; round++) {
        for (const [user, expected] of [
          [a, ['write report', 'send invoice', 'buy milk', 'call mum']],
          [b, ["b's task"]],
        ] as const) {
          const rows = await connection<{ title: string }[]>`
            select title from as_user.tasks_page(${user}, null, false, null, null, null, null, null, null, 10)`;
          expect(rows.map((row) => row.title)).toEqual(expected);
        }
      }
    } finally {
      connection.release();
    }
  });

  it("never returns another user's rows", async () => {
    expect((await tasksPage(b)).map((row) => row.title)).toEqual(["b's task"]);
    expect(await tasksPage(b, { inProject: aProject })).toEqual([]);
    for (const row of await tasksPage(a)) expect(row.user_id).toBe(a);
  });

  it('runs its query under RLS as role authenticated with the user in the claims', async () => {
    // A restrictive policy that only role `authenticated` obeys, and only with the user's claims
    // set: the owner (who bypasses RLS) still sees the row, the function must not.
    await db.sql`
      create policy tasks_hidden_in_test on tasks as restrictive for select to authenticated
      using (title <> 'write report' or auth.uid() is distinct from user_id)`;
    try {
      // The rest stays visible: the claims name A, whom the permissive policy lets see them.
      expect((await tasksPage(a)).map((row) => row.title)).toEqual(['send invoice', 'buy milk', 'call mum']);
      const [owner] = await db.sql`select count(*)::int as n from tasks where title = 'write report'`;
      expect(owner).toEqual({ n: 1 });
    } finally {
      await db.sql`drop policy tasks_hidden_in_test on tasks`;
    }
  });

  it('leaves neither role, claims nor planner settings behind, on its own or inside a transaction', async () => {
    const leftover = `
      select current_user as role, nullif(current_setting('request.jwt.claims', true), '') as claims,
             current_setting('plan_cache_mode') as plan_cache_mode, current_setting('enable_sort') as enable_sort,
             current_setting('enable_bitmapscan') as enable_bitmapscan`;
    const clean = { role: 'postgres', claims: null, plan_cache_mode: 'auto', enable_sort: 'on', enable_bitmapscan: 'on' };
    await tasksPage(a);
    expect(await db.sql.unsafe(leftover)).toEqual([clean]);
    const inside = await db.sql.begin(async (tx) => {
      await tx`select * from as_user.tasks_page(${a}, null, false, null, null, null, null, null, null, 10)`;
      return tx.unsafe(leftover);
    });
    expect([...inside]).toEqual([clean]);
  });

  it("restores the enclosing transaction's claims on return", async () => {
    const [row] = await db.sql.begin(async (tx) => {
      await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub: b, role: 'authenticated' })}, true)`;
      await tx`select * from as_user.tasks_page(${a}, null, false, null, null, null, null, null, null, 10)`;
      return tx<{ uid: string; role: string }[]>`select auth.uid() as uid, current_user as role`;
    });
    expect(row).toEqual({ uid: b, role: 'postgres' });
  });

  it('cannot be called by the API roles, who could name any user', async () => {
    for (const role of ['anon', 'authenticated', 'service_role']) {
      await expect(
        db.sql.begin(async (tx) => {
          await tx`select set_config('role', ${role}, true)`;
          await tx`select * from as_user.tasks_page(${a}, null, false, null, null, null, null, null, null, 10)`;
        }),
      ).rejects.toThrow(/permission denied/);
    }
  });
});

describe('schema as_user', () => {
  // PUBLIC's privileges count for every role: a grant to PUBLIC shows up as the API roles'.
  it('holds only functions that switch role and claims for their own duration, executable by the owner alone', async () => {
    const functions = await db.sql<{ name: string; config: string[] | null; executors: string[] }[]>`
      select p.proname as name, p.proconfig as config,
             array(select r.rolname::text from pg_roles r
                   where r.rolname in ('anon', 'authenticated', 'service_role')
                     and has_function_privilege(r.oid, p.oid, 'execute')
                   order by 1) as executors
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'as_user'`;
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions) {
      expect(fn.config, fn.name).toEqual(expect.arrayContaining(['role=authenticated', 'request.jwt.claims=']));
      expect(fn.executors, fn.name).toEqual([]);
    }
    const [schema] = await db.sql<{ usable: boolean }[]>`
      select has_schema_privilege('authenticated', 'as_user', 'usage') or has_schema_privilege('anon', 'as_user', 'usage') as usable`;
    expect(schema).toEqual({ usable: false });
  });
});
