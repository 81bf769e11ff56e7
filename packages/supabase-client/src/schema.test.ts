import { randomUUID } from 'node:crypto';
import {
  PROJECT_DESCRIPTION_MAX,
  PROJECT_NAME_MAX,
  TASK_DURATION_MINUTES_MAX,
  TASK_NOTES_MAX,
  TASK_TITLE_MAX,
  USER_NAME_MAX,
} from '@ordo/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from './db.ts';
import { createTestDatabase, type TestDatabase } from './testing/database.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

const service = <T>(fn: (tx: Tx) => Promise<T>) => database.db.asService(fn);

async function createUser(tx: Tx, email = `${randomUUID()}@example.test`): Promise<string> {
  const [user] = await tx<{ id: string }[]>`insert into users (email) values (${email}) returning id`;
  return user?.id as string;
}

async function createProject(tx: Tx, userId: string): Promise<string> {
  const [project] = await tx<{ id: string }[]>`insert into projects (user_id, name) values (${userId}, 'p') returning id`;
  return project?.id as string;
}

const CHECK = { code: '23514' };

describe('limits match @ordo/shared-types', () => {
  const cases = [
    { column: 'users.name', max: USER_NAME_MAX },
    { column: 'projects.name', max: PROJECT_NAME_MAX },
    { column: 'projects.description', max: PROJECT_DESCRIPTION_MAX },
    { column: 'tasks.title', max: TASK_TITLE_MAX },
    { column: 'tasks.notes', max: TASK_NOTES_MAX },
  ];

  for (const { column, max } of cases) {
    it(`${column} takes ${max} characters and refuses ${max + 1}`, async () => {
      const write = (length: number) =>
        service(async (tx) => {
          const userId = await createUser(tx);
          const value = 'x'.repeat(length);
          if (column === 'users.name') await tx`update users set name = ${value} where id = ${userId}`;
          if (column === 'projects.name') await tx`insert into projects (user_id, name) values (${userId}, ${value})`;
          if (column === 'projects.description')
            await tx`insert into projects (user_id, name, description) values (${userId}, 'p', ${value})`;
          if (column === 'tasks.title') await tx`insert into tasks (user_id, title) values (${userId}, ${value})`;
          if (column === 'tasks.notes')
            await tx`insert into tasks (user_id, title, notes) values (${userId}, 't', ${value})`;
        });
      await expect(write(max)).resolves.toBeUndefined();
      await expect(write(max + 1)).rejects.toMatchObject(CHECK);
    });
  }

  it(`tasks.duration_minutes takes 1..${TASK_DURATION_MINUTES_MAX}`, async () => {
    const write = (minutes: number) =>
      service(async (tx) => {
        const userId = await createUser(tx);
        await tx`insert into tasks (user_id, title, duration_minutes) values (${userId}, 't', ${minutes})`;
      });
    await expect(write(TASK_DURATION_MINUTES_MAX)).resolves.toBeUndefined();
    await expect(write(0)).rejects.toMatchObject(CHECK);
    await expect(write(TASK_DURATION_MINUTES_MAX + 1)).rejects.toMatchObject(CHECK);
  });

  it('blank names and titles are refused', async () => {
    await expect(
      service(async (tx) => tx`insert into projects (user_id, name) values (${await createUser(tx)}, ${' \t '})`),
    ).rejects.toMatchObject(CHECK);
    await expect(
      service(async (tx) => tx`insert into tasks (user_id, title) values (${await createUser(tx)}, '')`),
    ).rejects.toMatchObject(CHECK);
  });
});

describe('users', () => {
  it('e-mail addresses are unique regardless of case', async () => {
    const email = `Someone-${randomUUID()}@Example.test`;
    await service((tx) => createUser(tx, email));
    await expect(service((tx) => createUser(tx, email.toLowerCase()))).rejects.toMatchObject({
      code: '23505',
      constraint_name: 'users_email_lower_key',
    });
  });

  it('accepts IANA time zones and refuses anything else', async () => {
    const setTimezone = (timezone: string) =>
      service(async (tx) => {
        const userId = await createUser(tx);
        await tx`update users set timezone = ${timezone} where id = ${userId}`;
      });
    await expect(setTimezone('America/Argentina/Buenos_Aires')).resolves.toBeUndefined();
    for (const timezone of ['Mars/Olympus_Mons', 'abc+3', '']) {
      await expect(setTimezone(timezone)).rejects.toMatchObject({ ...CHECK, constraint_name: 'users_timezone_valid' });
    }
  });

  it('knows every zone of the server by table, and still accepts one the table lacks', async () => {
    const missing = await service(
      (tx) => tx`select name from pg_catalog.pg_timezone_names except select name from time_zone_names`,
    );
    expect(missing).toEqual([]);
    // A zone a newer tzdata added after the migration is in pg_timezone_names only.
    // Only migrations write the table: the owner removes the zone for the test, and puts it back.
    await database.db.sql`delete from time_zone_names where name = 'Asia/Kathmandu'`;
    try {
      const accepted = await service(async (tx) => {
        const userId = await createUser(tx);
        await tx`update users set timezone = 'Asia/Kathmandu' where id = ${userId}`;
        const [user] = await tx<{ timezone: string }[]>`select timezone from users where id = ${userId}`;
        return user?.timezone;
      });
      expect(accepted).toBe('Asia/Kathmandu');
    } finally {
      await database.db.sql`insert into time_zone_names (name) values ('Asia/Kathmandu')`;
    }
  });

  it('defaults to UTC and weekday working hours', async () => {
    const [user] = await service(
      async (tx) => tx`select timezone, working_hours from users where id = ${await createUser(tx)}`,
    );
    expect(user).toEqual({ timezone: 'UTC', working_hours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] } });
  });

  it('deleting a user deletes their projects and tasks', async () => {
    const remaining = await service(async (tx) => {
      const userId = await createUser(tx);
      const projectId = await createProject(tx, userId);
      await tx`insert into tasks (user_id, project_id, title) values (${userId}, ${projectId}, 't'), (${userId}, null, 'u')`;
      await tx`delete from users where id = ${userId}`;
      return tx`select 1 from projects where user_id = ${userId} union all select 1 from tasks where user_id = ${userId}`;
    });
    expect(remaining).toHaveLength(0);
  });
});

describe('tasks', () => {
  it('completed_at follows the status', async () => {
    const states = await service(async (tx) => {
      const userId = await createUser(tx);
      const [task] = await tx<{ id: string }[]>`insert into tasks (user_id, title) values (${userId}, 't') returning id`;
      const id = task?.id as string;
      const completedAt = async (status: string) =>
        (await tx<{ completed_at: Date | null }[]>`
          update tasks set status = ${status} where id = ${id} returning completed_at
        `)[0]?.completed_at;
      return { done: await completedAt('done'), reopened: await completedAt('todo') };
    });
    expect(states.done).toBeInstanceOf(Date);
    expect(states.reopened).toBeNull();
  });

  it('a completed_at without status done is refused', async () => {
    // As the table owner, who alone may switch the trigger off to test the CHECK
    // behind it; the failure rolls that back.
    await expect(
      database.db.sql.begin(async (tx) => {
        const userId = await createUser(tx);
        const [task] = await tx<{ id: string }[]>`insert into tasks (user_id, title) values (${userId}, 't') returning id`;
        await tx`alter table tasks disable trigger tasks_sync_completed_at`;
        await tx`update tasks set completed_at = now() where id = ${task?.id as string}`;
      }),
    ).rejects.toMatchObject({ ...CHECK, constraint_name: 'tasks_completed_at_matches_status' });
  });

  it('updated_at moves on every update', async () => {
    const [before, after] = await service(async (tx) => {
      const userId = await createUser(tx);
      const [task] = await tx<{ id: string; updated_at: Date }[]>`
        insert into tasks (user_id, title, created_at, updated_at)
        values (${userId}, 't', now() - interval '1 day', now() - interval '1 day') returning id, updated_at
      `;
      const [updated] = await tx<{ updated_at: Date }[]>`
        update tasks set title = 'u' where id = ${task?.id as string} returning updated_at
      `;
      return [task?.updated_at, updated?.updated_at];
    });
    expect(after?.getTime()).toBeGreaterThan(before?.getTime() as number);
  });

  it('deleting a project moves its tasks to the inbox', async () => {
    const [task] = await service(async (tx) => {
      const userId = await createUser(tx);
      const projectId = await createProject(tx, userId);
      await tx`insert into tasks (user_id, project_id, title) values (${userId}, ${projectId}, 't')`;
      await tx`delete from projects where id = ${projectId}`;
      return tx`select user_id = ${userId} as same_user, project_id from tasks where user_id = ${userId}`;
    });
    expect(task).toEqual({ same_user: true, project_id: null });
  });

  it('non-finite positions are refused', async () => {
    await expect(
      service(async (tx) => tx`insert into tasks (user_id, title, position) values (${await createUser(tx)}, 't', 'NaN')`),
    ).rejects.toMatchObject({ ...CHECK, constraint_name: 'tasks_position_finite' });
  });
});
