import { projectSchema, taskSchema } from '@ordo/shared-types';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// projects.ts and tasks.ts return `select *` rows typed as Project / Task without parsing
// them; this holds them to it: same columns as the schema's keys, and every row valid.
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

describe('rows as the domain services return them', () => {
  it('match the shared-types schemas column for column', async () => {
    const { sql } = database.db;
    const [user] = await sql<{ id: string }[]>`insert into public.users (email) values ('rows@example.test') returning id`;
    const [project] = await sql`insert into public.projects (user_id, name) values (${user?.id as string}, 'P') returning *`;
    const [task] = await sql`
      insert into public.tasks (user_id, project_id, title, status, due_date, start_at)
      values (${user?.id as string}, ${project?.id as string}, 'T', 'done', '2026-11-30', now())
      returning *
    `;
    expect(Object.keys(project ?? {}).toSorted()).toEqual(Object.keys(projectSchema.shape).toSorted());
    expect(Object.keys(task ?? {}).toSorted()).toEqual(Object.keys(taskSchema.shape).toSorted());
    expect(projectSchema.safeParse(project).success).toBe(true);
    const parsed = taskSchema.safeParse(task);
    expect(parsed.success).toBe(true);
    // The parse would change nothing: timestamps are Dates and dates are strings already.
    expect(parsed.data).toEqual(task);
  });
});
