import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db.ts';
import { createTestDatabase, type TestDatabase } from './testing/database.ts';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});

afterAll(() => database.drop());

interface Seeded {
  id: string;
  projectId: string;
  otherProjectId: string;
  taskId: string;
  inboxTaskId: string;
}

// Each test seeds its own pair of users, so tests cannot disturb each other.
function seedUser(label: string): Promise<Seeded> {
  return db.asService(async (tx) => {
    const [user] = await tx<{ id: string }[]>`
      insert into users (email, name) values (${`${label}-${randomUUID()}@example.test`}, ${label}) returning id
    `;
    const id = user?.id as string;
    const projects = await tx<{ id: string }[]>`
      insert into projects (user_id, name, position) values (${id}, 'first', 1), (${id}, 'second', 2) returning id
    `;
    const [task] = await tx<{ id: string }[]>`
      insert into tasks (user_id, project_id, title) values (${id}, ${projects[0]?.id as string}, 'in a project') returning id
    `;
    const [inboxTask] = await tx<{ id: string }[]>`
      insert into tasks (user_id, title) values (${id}, 'in the inbox') returning id
    `;
    return {
      id,
      projectId: projects[0]?.id as string,
      otherProjectId: projects[1]?.id as string,
      taskId: task?.id as string,
      inboxTaskId: inboxTask?.id as string,
    };
  });
}

async function seedPair(): Promise<{ a: Seeded; b: Seeded }> {
  return { a: await seedUser('a'), b: await seedUser('b') };
}

// What B owns, read past RLS, to prove A's statements left it untouched.
function snapshotOf(user: Seeded) {
  return db.asService(async (tx) => ({
    users: await tx`select * from users where id = ${user.id}`,
    projects: await tx`select * from projects where user_id = ${user.id} order by id`,
    tasks: await tx`select * from tasks where user_id = ${user.id} order by id`,
  }));
}

const RLS_OR_PRIVILEGE = { code: '42501' };
const FOREIGN_KEY = { code: '23503', constraint_name: 'tasks_project_same_user' };

describe("user A cannot reach user B's rows", () => {
  it('whatever the select filters on', async () => {
    const { a, b } = await seedPair();
    await db.asUser(a.id, async (tx) => {
      expect(await tx`select * from projects where id = ${b.projectId}`).toHaveLength(0);
      expect(await tx`select * from tasks where id = ${b.taskId} or user_id = ${b.id}`).toHaveLength(0);
      expect(await tx`select * from users where id = ${b.id}`).toHaveLength(0);
      const everything = await tx<{ user_id: string }[]>`
        select user_id from projects union all select user_id from tasks union all select id from users
      `;
      expect(everything.length).toBeGreaterThan(0);
      expect(everything.every((row) => row.user_id === a.id)).toBe(true);
    });
  });

  it('update … where true changes only A', async () => {
    const { a, b } = await seedPair();
    const before = await snapshotOf(b);
    const counts = await db.asUser(a.id, async (tx) => ({
      users: (await tx`update users set name = 'renamed' where true`).count,
      projects: (await tx`update projects set name = 'renamed' where true`).count,
      tasks: (await tx`update tasks set title = 'renamed' where true`).count,
    }));
    expect(counts).toEqual({ users: 1, projects: 2, tasks: 2 });
    expect(await snapshotOf(b)).toEqual(before);
  });

  it('delete … where true deletes only A', async () => {
    const { a, b } = await seedPair();
    const before = await snapshotOf(b);
    const counts = await db.asUser(a.id, async (tx) => ({
      tasks: (await tx`delete from tasks where true`).count,
      projects: (await tx`delete from projects where true`).count,
    }));
    expect(counts).toEqual({ tasks: 2, projects: 2 });
    expect(await snapshotOf(b)).toEqual(before);
  });

  it('cannot insert rows owned by B', async () => {
    const { a, b } = await seedPair();
    await expect(
      db.asUser(a.id, (tx) => tx`insert into projects (user_id, name) values (${b.id}, 'planted')`),
    ).rejects.toMatchObject(RLS_OR_PRIVILEGE);
    await expect(
      db.asUser(a.id, (tx) => tx`insert into tasks (user_id, title) values (${b.id}, 'planted')`),
    ).rejects.toMatchObject(RLS_OR_PRIVILEGE);
    await expect(
      db.asUser(a.id, (tx) => tx`insert into users (id, email) values (${randomUUID()}, 'planted@example.test')`),
    ).rejects.toMatchObject(RLS_OR_PRIVILEGE);
  });

  it("cannot attach a task to B's project, by insert or by update", async () => {
    const { a, b } = await seedPair();
    await expect(
      db.asUser(a.id, (tx) => tx`insert into tasks (user_id, project_id, title) values (${a.id}, ${b.projectId}, 'x')`),
    ).rejects.toMatchObject(FOREIGN_KEY);
    await expect(
      db.asUser(a.id, (tx) => tx`update tasks set project_id = ${b.projectId} where id = ${a.taskId}`),
    ).rejects.toMatchObject(FOREIGN_KEY);
  });

  it('cannot hand its own rows over to B', async () => {
    const { a, b } = await seedPair();
    await expect(
      db.asUser(a.id, (tx) => tx`update projects set user_id = ${b.id} where id = ${a.projectId}`),
    ).rejects.toMatchObject(RLS_OR_PRIVILEGE);
    await expect(
      db.asUser(a.id, (tx) => tx`update tasks set user_id = ${b.id} where id = ${a.inboxTaskId}`),
    ).rejects.toMatchObject(RLS_OR_PRIVILEGE);
    await expect(
      db.asUser(a.id, (tx) => tx`update users set id = ${b.id} where id = ${a.id}`),
    ).rejects.toMatchObject(RLS_OR_PRIVILEGE);
  });

  it('cannot delete users or change its e-mail (sign-up and e-mail changes belong to the service)', async () => {
    const { a } = await seedPair();
    await expect(db.asUser(a.id, (tx) => tx`delete from users where id = ${a.id}`)).rejects.toMatchObject(
      RLS_OR_PRIVILEGE,
    );
    await expect(
      db.asUser(a.id, (tx) => tx`update users set email = 'new@example.test' where id = ${a.id}`),
    ).rejects.toMatchObject(RLS_OR_PRIVILEGE);
  });
});

describe('user A on its own rows', () => {
  it('can read, create, move, update and delete them', async () => {
    const { a } = await seedPair();
    await db.asUser(a.id, async (tx) => {
      expect(await tx`select id from projects where id = ${a.projectId}`).toHaveLength(1);
      expect(await tx`select id from users where id = ${a.id}`).toHaveLength(1);

      const [project] = await tx<{ id: string }[]>`
        insert into projects (user_id, name) values (${a.id}, 'new') returning id
      `;
      const [task] = await tx<{ id: string }[]>`
        insert into tasks (user_id, project_id, title) values (${a.id}, ${project?.id as string}, 'new') returning id
      `;
      const moved = await tx`update tasks set project_id = ${a.otherProjectId} where id = ${task?.id as string}`;
      expect(moved.count).toBe(1);
      const [done] = await tx<{ completed_at: Date | null }[]>`
        update tasks set status = 'done' where id = ${a.taskId} returning completed_at
      `;
      expect(done?.completed_at).toBeInstanceOf(Date);
      expect((await tx`update users set name = 'me', timezone = 'Europe/Berlin' where id = ${a.id}`).count).toBe(1);
      expect((await tx`delete from tasks where id = ${a.inboxTaskId}`).count).toBe(1);
      expect((await tx`delete from projects where id = ${project?.id as string}`).count).toBe(1);
    });
  });
});

describe('other roles', () => {
  it('the service role sees every user', async () => {
    const { a, b } = await seedPair();
    const owners = await db.asService(
      (tx) => tx<{ user_id: string }[]>`select distinct user_id from tasks where user_id in (${a.id}, ${b.id})`,
    );
    expect(owners.map((row) => row.user_id).sort()).toEqual([a.id, b.id].sort());
  });

  it('the anonymous role is refused every table', async () => {
    await seedPair();
    for (const table of ['users', 'projects', 'tasks']) {
      await expect(
        db.sql.begin(async (tx) => {
          await tx`select set_config('role', 'anon', true)`;
          return tx`select * from ${tx(table)}`;
        }),
      ).rejects.toMatchObject({ code: '42501' });
    }
  });
});
