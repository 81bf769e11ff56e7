import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDashboard, loadProjectProgress } from './dashboard.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

async function createUser(email: string, timezone: string): Promise<string> {
  const [row] = await database.db.asService(
    (tx) => tx<{ id: string }[]>`insert into users (email, timezone) values (${email}, ${timezone}) returning id`,
  );
  return row?.id as string;
}

describe('loadDashboard', () => {
  it("sorts the user's own tasks into overdue, today, the next 7 days, inbox and recently completed, in their time zone", async () => {
    const userId = await createUser('dash@example.test', 'Pacific/Auckland');
    const otherId = await createUser('other@example.test', 'UTC');
    // 12:00 UTC on the 23rd is already the 24th in Auckland.
    const now = new Date('2026-11-23T12:00:00Z');

    const ids = await database.db.asUser(userId, async (tx) => {
      const [home] = await tx<{ id: string }[]>`insert into projects (user_id, name, position) values (${userId}, 'Home', 1) returning id`;
      const [work] = await tx<{ id: string }[]>`insert into projects (user_id, name, position) values (${userId}, 'Work', 0) returning id`;
      await tx`insert into projects (user_id, name, archived_at) values (${userId}, 'Archived', now())`;
      await tx`insert into projects (user_id, name, status) values (${userId}, 'Paused', 'paused')`;
      const homeId = home?.id as string;
      const insert = async (title: string, fields: { due?: string; project?: string; status?: string; deleted?: boolean }) => {
        const [row] = await tx<{ id: string }[]>`
          insert into tasks (user_id, title, due_date, project_id, status, deleted_at)
          values (${userId}, ${title}, ${fields.due ?? null}, ${fields.project ?? null}, ${fields.status ?? 'todo'},
                  ${fields.deleted ? new Date() : null})
          returning id`;
        return row?.id as string;
      };
      return {
        homeId,
        workId: work?.id as string,
        overdue: await insert('overdue', { due: '2026-11-23', project: homeId }),
        today: await insert('today', { due: '2026-11-24', project: homeId, status: 'in_progress' }),
        nextWeek: await insert('in seven days', { due: '2026-12-01', project: homeId }),
        tooFar: await insert('in eight days', { due: '2026-12-02', project: homeId }),
        inbox: await insert('inbox', {}),
        done: await insert('done', { due: '2026-11-20', project: homeId, status: 'done' }),
        cancelled: await insert('cancelled', { due: '2026-11-20', project: homeId, status: 'cancelled' }),
        deleted: await insert('deleted', { due: '2026-11-24', deleted: true }),
      };
    });
    await database.db.asUser(otherId, (tx) => tx`insert into tasks (user_id, title, due_date) values (${otherId}, 'not mine', '2026-11-24')`);

    const dashboard = await loadDashboard(database.db, { id: userId, timezone: 'Pacific/Auckland' }, now);

    expect(dashboard.today).toBe('2026-11-24');
    expect(dashboard.overdue.map((t) => t.id)).toEqual([ids.overdue]);
    expect(dashboard.overdue[0]?.project_name).toBe('Home');
    expect(dashboard.dueToday.map((t) => t.id)).toEqual([ids.today]);
    expect(dashboard.upcoming.map((t) => t.id)).toEqual([ids.nextWeek]);
    expect(dashboard.inbox.map((t) => t.id)).toEqual([ids.inbox]);
    expect(dashboard.recentlyCompleted.map((t) => t.id)).toEqual([ids.done]);
    // Active, unarchived projects by position; cancelled tasks do not count, the far-off one does.
    expect(dashboard.projects).toEqual([
      { id: ids.workId, name: 'Work', color: expect.any(String), total: 0, done: 0 },
      { id: ids.homeId, name: 'Home', color: expect.any(String), total: 5, done: 1 },
    ]);
    expect(dashboard.activeProjectCount).toBe(2);

    const progress = await loadProjectProgress(database.db, userId);
    expect(Object.fromEntries(progress)).toEqual({ [ids.homeId]: { total: 5, done: 1 } });
    expect((await loadProjectProgress(database.db, otherId)).size).toBe(0);
  });
});
