import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestUser, type TestDatabase } from '../testing/database.ts';
import { findTask, inboxTasks, overdueTasks, recentlyCompletedTasks, taskPage, tasksDueOn, tasksDueWithin } from './tasks.ts';

let database: TestDatabase;
let userId: string;
let otherId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  userId = await createTestUser(database.db);
  otherId = await createTestUser(database.db);
  ids = await database.db.asUser(userId, async (tx) => {
    const [home] = await tx<{ id: string }[]>`insert into projects (user_id, name) values (${userId}, 'Home') returning id`;
    const insert = async (title: string, fields: { due?: string; project?: string; status?: string; deleted?: boolean; position?: number }) => {
      const [row] = await tx<{ id: string }[]>`
        insert into tasks (user_id, title, due_date, project_id, status, deleted_at, position)
        values (${userId}, ${title}, ${fields.due ?? null}, ${fields.project ?? null}, ${fields.status ?? 'todo'},
                ${fields.deleted ? new Date() : null}, ${fields.position ?? 0})
        returning id`;
      return row?.id as string;
    };
    const homeId = home?.id as string;
    return {
      homeId,
      longOverdue: await insert('long overdue', { due: '2026-11-01', project: homeId, position: 2 }),
      overdue: await insert('overdue', { due: '2026-11-23', project: homeId, status: 'in_progress', position: 1 }),
      today: await insert('today', { due: '2026-11-24', project: homeId }),
      inSevenDays: await insert('in seven days', { due: '2026-12-01', project: homeId }),
      inEightDays: await insert('in eight days', { due: '2026-12-02', project: homeId }),
      inbox: await insert('inbox', {}),
      doneFirst: await insert('done first', { due: '2026-11-20', project: homeId, status: 'done' }),
      doneLast: await insert('done last', { due: '2026-11-20', status: 'done' }),
      cancelled: await insert('cancelled', { due: '2026-11-20', project: homeId, status: 'cancelled' }),
      deleted: await insert('deleted', { due: '2026-11-24', deleted: true }),
    };
  });
  await database.db.asService((tx) => tx`update tasks set completed_at = now() + interval '1 minute' where id = ${ids.doneLast as string}`);
  await database.db.asUser(otherId, (tx) => tx`insert into tasks (user_id, title, due_date, status) values (${otherId}, 'not mine', '2026-11-20', 'done')`);
  await database.db.asUser(otherId, (tx) => tx`insert into tasks (user_id, title, due_date) values (${otherId}, 'not mine either', '2026-11-24')`);
});

afterAll(() => database.drop());

const idsOf = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

describe('task reads for one user', () => {
  // As a service (how the worker reads), RLS does not narrow anything: the queries must.
  it("sorts open tasks by due date around a day, naming the user's own tasks only", async () => {
    const [overdue, dueToday, upcoming, inbox, completed] = await database.db.asService(async (tx) =>
      Promise.all([
        overdueTasks(tx, userId, '2026-11-24', 50),
        tasksDueOn(tx, userId, '2026-11-24', 50),
        tasksDueWithin(tx, userId, '2026-11-24', 7, 50),
        inboxTasks(tx, userId, 50),
        recentlyCompletedTasks(tx, userId, 10),
      ]),
    );
    expect(idsOf(overdue)).toEqual([ids.longOverdue, ids.overdue]);
    expect(overdue[0]).toMatchObject({ title: 'long overdue', status: 'todo', due_date: '2026-11-01', project_name: 'Home' });
    expect(idsOf(dueToday)).toEqual([ids.today]);
    expect(idsOf(upcoming)).toEqual([ids.inSevenDays]);
    expect(idsOf(inbox)).toEqual([ids.inbox]);
    expect(inbox[0]?.project_name).toBeNull();
    expect(idsOf(completed)).toEqual([ids.doneLast, ids.doneFirst]);
  });

  it('honours the limit', async () => {
    const overdue = await database.db.asService((tx) => overdueTasks(tx, userId, '2026-11-24', 1));
    expect(idsOf(overdue)).toEqual([ids.longOverdue]);
  });

  it("finds the user's live task by id, and not another user's or a deleted one", async () => {
    const [found, asOther, deleted] = await database.db.asService(async (tx) =>
      Promise.all([findTask(tx, userId, ids.today as string), findTask(tx, otherId, ids.today as string), findTask(tx, userId, ids.deleted as string)]),
    );
    expect(found?.title).toBe('today');
    expect(asOther).toBeNull();
    expect(deleted).toBeNull();
  });

  it('pages the user\'s tasks by due range and status, as that user', async () => {
    const page = await taskPage(database.db.sql, userId, {
      projectId: null,
      inbox: false,
      statuses: ['todo', 'in_progress'],
      dueBefore: '2026-12-02',
      dueAfter: '2026-11-23',
      after: null,
      limit: 10,
    });
    expect(idsOf(page).sort()).toEqual([ids.today, ids.inSevenDays].sort());
  });
});
