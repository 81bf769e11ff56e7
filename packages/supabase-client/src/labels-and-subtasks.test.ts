import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from './db.ts';
import { withExtras } from './domain/task-extras.ts';
import { findTask, inboxTasks } from './domain/tasks.ts';
import { createTestDatabase, createTestUser, type TestDatabase } from './testing/database.ts';

// 20261205180000_task_labels_and_subtasks.sql: what the database itself refuses, whatever the app
// checks first. Every write runs as the person (RLS), as the web app's writes do.

let database: TestDatabase;
let ann: string;
let bob: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ann = await createTestUser(database.db);
  bob = await createTestUser(database.db);
});

afterAll(() => database.drop());

const as = <T>(userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> => database.db.asUser(userId, fn);

async function task(userId: string, title: string, parentId: string | null = null): Promise<string> {
  const [row] = await as(userId, (tx) => tx<{ id: string }[]>`
    insert into tasks (user_id, title, parent_id) values (${userId}, ${title}, ${parentId}) returning id`);
  return row?.id as string;
}

async function label(userId: string, name: string, color = 'blue'): Promise<string> {
  const [row] = await as(userId, (tx) => tx<{ id: string }[]>`
    insert into labels (user_id, name, color) values (${userId}, ${name}, ${color}) returning id`);
  return row?.id as string;
}

const setParent = (userId: string, id: string, parentId: string | null) =>
  as(userId, (tx) => tx`update tasks set parent_id = ${parentId} where id = ${id}`);

describe('subtasks', () => {
  it('nests three levels and refuses a fourth, whether by insert or by moving a subtree', async () => {
    const top = await task(ann, 'Move house');
    const middle = await task(ann, 'Pack', top);
    const bottom = await task(ann, 'Pack the kitchen', middle);
    await expect(task(ann, 'Wrap the plates', bottom)).rejects.toMatchObject({ constraint_name: 'tasks_parent_depth' });

    // A two-level tree put under a subtask would reach four levels.
    const other = await task(ann, 'Sell the car');
    await task(ann, 'Clean it', other);
    await expect(setParent(ann, other, middle)).rejects.toMatchObject({ constraint_name: 'tasks_parent_depth' });
    // Under the top it makes three: allowed.
    await setParent(ann, other, top);
    const [moved] = await as(ann, (tx) => tx<{ parent_id: string }[]>`select parent_id from tasks where id = ${other}`);
    expect(moved?.parent_id).toBe(top);
  });

  it('refuses a cycle, direct or through a descendant, and a task as its own parent', async () => {
    const a = await task(ann, 'A');
    const b = await task(ann, 'B', a);
    const c = await task(ann, 'C', b);
    await expect(setParent(ann, a, c)).rejects.toMatchObject({ constraint_name: 'tasks_parent_no_cycle' });
    await expect(setParent(ann, a, b)).rejects.toMatchObject({ constraint_name: 'tasks_parent_no_cycle' });
    await expect(setParent(ann, a, a)).rejects.toMatchObject({ constraint_name: 'tasks_parent_no_cycle' });
  });

  it('refuses the second of two concurrent moves that together would form a cycle', async () => {
    const a = await task(ann, 'Concurrent A');
    const b = await task(ann, 'Concurrent B');
    let commitFirst = () => {};
    const held = new Promise<void>((resolve) => {
      commitFirst = resolve;
    });
    let firstMoved = () => {};
    const moved = new Promise<void>((resolve) => {
      firstMoved = resolve;
    });
    // The first move stays uncommitted, holding the person's lock, while the second one starts.
    const first = as(ann, async (tx) => {
      await tx`update tasks set parent_id = ${b} where id = ${a}`;
      firstMoved();
      await held;
    });
    await moved;
    const second = setParent(ann, b, a);
    // Commit the first only once the second waits for the lock, so the two really overlap.
    for (;;) {
      // As the login role: other sessions' wait events are hidden from service_role.
      const [waiting] = await database.db.sql<{ count: number }[]>`
        select count(*)::int as count from pg_stat_activity
        where wait_event_type = 'Lock' and wait_event = 'advisory' and datname = current_database()`;
      if ((waiting?.count ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    commitFirst();
    await first;
    await expect(second).rejects.toMatchObject({ constraint_name: 'tasks_parent_no_cycle' });
  });

  it("refuses another person's task as the parent", async () => {
    const bobsTask = await task(bob, "Bob's");
    await expect(task(ann, 'Sneaky', bobsTask)).rejects.toMatchObject({ constraint_name: 'tasks_parent_same_user' });
  });

  it('refuses a repeat on a subtask', async () => {
    const parent = await task(ann, 'Parent');
    const child = await task(ann, 'Child', parent);
    await expect(
      as(ann, async (tx) => {
        const [series] = await tx<{ id: string }[]>`
          insert into task_series (user_id, rrule, starts_on, title) values (${ann}, 'FREQ=DAILY', '2026-12-01', 'Child') returning id`;
        await tx`
          update tasks set recurrence_rule = 'FREQ=DAILY', recurrence_from_completion = false,
            recurrence_series_id = ${series?.id as string}, recurrence_anchor = '2026-12-01'
          where id = ${child}`;
      }),
    ).rejects.toMatchObject({ constraint_name: 'tasks_subtask_does_not_repeat' });
  });
});

describe('labels', () => {
  it('keeps names unique per person without regard to case, and lets another person use the same name', async () => {
    await label(ann, 'Errands');
    await expect(label(ann, 'errands')).rejects.toMatchObject({ constraint_name: 'labels_user_name_key' });
    await expect(label(bob, 'Errands')).resolves.toEqual(expect.any(String));
  });

  it('takes a palette colour or #rrggbb, nothing else', async () => {
    await expect(label(ann, 'Hex', '#12ab9f')).resolves.toEqual(expect.any(String));
    await expect(label(ann, 'Upper hex', '#12AB9F')).rejects.toMatchObject({ constraint_name: 'labels_color_valid' });
    await expect(label(ann, 'Named', 'chartreuse')).rejects.toMatchObject({ constraint_name: 'labels_color_valid' });
  });

  it("refuses to put a person's label on another's task, or another's label on their own", async () => {
    const annsTask = await task(ann, 'Ann task');
    const annsLabel = await label(ann, 'Ann label');
    const bobsTask = await task(bob, 'Bob task');
    const bobsLabel = await label(bob, 'Bob label');
    const attach = (userId: string, taskId: string, labelId: string, ownerId = userId) =>
      as(userId, (tx) => tx`insert into task_labels (task_id, label_id, user_id) values (${taskId}, ${labelId}, ${ownerId})`);

    await attach(ann, annsTask, annsLabel);
    await expect(attach(ann, annsTask, bobsLabel)).rejects.toMatchObject({ constraint_name: 'task_labels_label_same_user' });
    await expect(attach(ann, bobsTask, annsLabel)).rejects.toMatchObject({ constraint_name: 'task_labels_task_same_user' });
    // Claiming to be Bob is RLS's to refuse.
    await expect(attach(ann, bobsTask, bobsLabel, bob)).rejects.toThrow(/row-level security/);
    // Bob cannot see Ann's row.
    const seen = await as(bob, (tx) => tx`select 1 from task_labels where task_id = ${annsTask}`);
    expect(seen).toHaveLength(0);
  });

  it('lists tasks by label name (any case) and a parent’s subtasks through as_user.tasks_page', async () => {
    const parent = await task(ann, 'Page parent');
    const first = await task(ann, 'Page child one', parent);
    await task(ann, 'Page child two', parent);
    const tagged = await label(ann, 'Paged');
    await as(ann, (tx) => tx`insert into task_labels (task_id, label_id, user_id) values (${first}, ${tagged}, ${ann})`);
    const page = (label: string | null, parentId: string | null, topLevel: boolean) =>
      database.db.sql<{ title: string }[]>`
        select title from as_user.tasks_page(${ann}, null, false, null, null, null, null, null, null, 50,
          ${label}, ${parentId}, ${topLevel})`;
    expect((await page('PAGED', null, false)).map((row) => row.title)).toEqual(['Page child one']);
    expect((await page('no such label', null, false)).map((row) => row.title)).toEqual([]);
    expect((await page(null, parent, false)).map((row) => row.title).sort()).toEqual(['Page child one', 'Page child two']);
    const topLevel = (await page(null, null, true)).map((row) => row.title);
    expect(topLevel).toContain('Page parent');
    expect(topLevel).not.toContain('Page child one');
    // Bob's same-named label finds none of Ann's tasks, and Ann's filter none of Bob's.
    await label(bob, 'Paged');
    const bobs = await database.db.sql`
      select title from as_user.tasks_page(${bob}, null, false, null, null, null, null, null, null, 50, 'Paged', null, false)`;
    expect(bobs).toHaveLength(0);
  });
});

describe('labels and progress as lists read them', () => {
  it('gives each task its labels sorted by name (any case) and {done, total} over live, not cancelled subtasks', async () => {
    const person = await createTestUser(database.db);
    const parent = await task(person, 'Dashboard parent');
    const done = await task(person, 'Done child', parent);
    const cancelled = await task(person, 'Cancelled child', parent);
    const deleted = await task(person, 'Deleted child', parent);
    const open = await task(person, 'Open child', parent);
    const zebra = await label(person, 'zebra', 'green');
    const apple = await label(person, 'Apple', '#12ab9f');
    await as(person, async (tx) => {
      await tx`update tasks set status = 'done' where id = ${done}`;
      await tx`update tasks set status = 'cancelled' where id = ${cancelled}`;
      await tx`update tasks set deleted_at = now() where id = ${deleted}`;
      await tx`insert into task_labels (task_id, label_id, user_id) values (${parent}, ${zebra}, ${person}), (${parent}, ${apple}, ${person})`;
    });
    const expected = {
      labels: [
        { name: 'Apple', color: '#12ab9f' },
        { name: 'zebra', color: 'green' },
      ],
      progress: { done: 1, total: 2 },
    };
    // The dashboard's summaries (read as a service, as the worker's brief does) and the API's tasks.
    const summaries = await database.db.asService((tx) => inboxTasks(tx, person, 50));
    expect(summaries.find((row) => row.id === parent)).toMatchObject({ parent_id: null, ...expected });
    expect(summaries.find((row) => row.id === open)).toMatchObject({ parent_id: parent, labels: [], progress: null });
    const [decorated] = await as(person, async (tx) => {
      const found = await findTask(tx, person, parent);
      return withExtras(tx, found ? [found] : []);
    });
    expect(decorated).toMatchObject(expected);
  });
});
