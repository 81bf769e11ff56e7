import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestUser, type TestDatabase } from '../testing/database.ts';
import { activeProjectCount, activeProjectsProgress, findProject, findProjects, projectTaskCounts } from './projects.ts';

let database: TestDatabase;
let userId: string;
let otherId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  userId = await createTestUser(database.db);
  otherId = await createTestUser(database.db);
  ids = await database.db.asUser(userId, async (tx) => {
    const project = async (name: string, fields: { position: number; archived?: boolean; status?: string }) => {
      const [row] = await tx<{ id: string }[]>`
        insert into projects (user_id, name, position, archived_at, status)
        values (${userId}, ${name}, ${fields.position}, ${fields.archived ? new Date() : null}, ${fields.status ?? 'active'})
        returning id`;
      return row?.id as string;
    };
    const home = await project('Home', { position: 2 });
    const work = await project('Work', { position: 1 });
    const archived = await project('Archived', { position: 0, archived: true });
    const paused = await project('Paused', { position: 3, status: 'paused' });
    for (const status of ['todo', 'done', 'done', 'cancelled']) {
      await tx`insert into tasks (user_id, title, project_id, status) values (${userId}, 'a task', ${home}, ${status})`;
    }
    await tx`insert into tasks (user_id, title, project_id, deleted_at) values (${userId}, 'deleted', ${home}, now())`;
    await tx`insert into tasks (user_id, title, project_id) values (${userId}, 'paused work', ${paused})`;
    return { home, work, archived, paused };
  });
  await database.db.asUser(otherId, (tx) => tx`insert into projects (user_id, name, position) values (${otherId}, 'Not mine', 0)`);
});

afterAll(() => database.drop());

describe('project reads for one user', () => {
  // As a service (how the worker reads), RLS does not narrow anything: the queries must.
  it('counts progress of active projects in list order, cancelled and deleted tasks left out', async () => {
    const [progress, [count], limited] = await database.db.asService(async (tx) =>
      Promise.all([activeProjectsProgress(tx, userId, 12), activeProjectCount(tx, userId), activeProjectsProgress(tx, userId, 1)]),
    );
    expect(progress).toEqual([
      { id: ids.work, name: 'Work', color: expect.any(String), total: 0, done: 0 },
      { id: ids.home, name: 'Home', color: expect.any(String), total: 3, done: 2 },
    ]);
    expect(count?.count).toBe(2);
    expect(limited.map((p) => p.id)).toEqual([ids.work]);
  });

  it('counts tasks of every project that has some', async () => {
    const counts = await database.db.asService((tx) => projectTaskCounts(tx, userId));
    expect(Object.fromEntries(counts)).toEqual({ [ids.home as string]: { total: 3, done: 2 }, [ids.paused as string]: { total: 1, done: 0 } });
    expect((await database.db.asService((tx) => projectTaskCounts(tx, otherId))).size).toBe(0);
  });

  it("lists and finds the user's own projects only", async () => {
    const [listed, withArchived, found, asOther] = await database.db.asService(async (tx) =>
      Promise.all([
        findProjects(tx, userId),
        findProjects(tx, userId, { includeArchived: true }),
        findProject(tx, userId, ids.home as string),
        findProject(tx, otherId, ids.home as string),
      ]),
    );
    expect(listed.map((p) => p.name)).toEqual(['Work', 'Home', 'Paused']);
    expect(withArchived.map((p) => p.name)).toEqual(['Archived', 'Work', 'Home', 'Paused']);
    expect(found?.name).toBe('Home');
    expect(asOther).toBeNull();
  });
});
