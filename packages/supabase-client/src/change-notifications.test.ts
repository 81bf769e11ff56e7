import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCheckpoint } from './queue/checkpoint.ts';
import { claim } from './queue/claim.ts';
import { completeMany } from './queue/complete-many.ts';
import { enqueue } from './queue/enqueue.ts';
import { enqueueMany } from './queue/enqueue-many.ts';
import { reportProgress } from './queue/progress.ts';
import { saveJobStates } from './queue/save-job-states.ts';
import { createTestDatabase, type TestDatabase } from './testing/database.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

interface Change {
  table: string;
  op: string;
  id: string;
  user_id: string;
}

describe('ordo_changes notifications', () => {
  it('announces inserts, updates and deletes of projects and tasks with the owner, after commit only', async () => {
    const { db } = database;
    const received: Change[] = [];
    const listener = await db.sql.listen('ordo_changes', (payload) => received.push(JSON.parse(payload) as Change));
    try {
      const [user] = await db.asService((tx) => tx<{ id: string }[]>`insert into users (email) values ('notify@example.test') returning id`);
      const userId = user?.id as string;
      const { projectId, taskId } = await db.asUser(userId, async (tx) => {
        const [project] = await tx<{ id: string }[]>`insert into projects (user_id, name) values (${userId}, 'Home') returning id`;
        const [task] = await tx<{ id: string }[]>`
          insert into tasks (user_id, project_id, title) values (${userId}, ${project?.id as string}, 'Fix the tap') returning id`;
        return { projectId: project?.id as string, taskId: task?.id as string };
      });
      await db.asUser(userId, (tx) => tx`update tasks set status = 'done' where id = ${taskId}`);
      await db
        .asUser(userId, async (tx) => {
          await tx`delete from tasks where id = ${taskId}`;
          throw new Error('roll back');
        })
        .catch(() => undefined);
      await db.asUser(userId, (tx) => tx`delete from tasks where id = ${taskId}`);

      const deadline = Date.now() + 5_000;
      while (received.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100));
      expect(received).toEqual([
        { table: 'projects', op: 'insert', id: projectId, user_id: userId },
        { table: 'tasks', op: 'insert', id: taskId, user_id: userId },
        { table: 'tasks', op: 'update', id: taskId, user_id: userId },
        { table: 'tasks', op: 'delete', id: taskId, user_id: userId },
      ]);
    } finally {
      await listener.unlisten();
    }
  });

  it("announces a user's job when its owner can see a change (status, progress), not on checkpoints", async () => {
    const { db } = database;
    const received: Change[] = [];
    const listener = await db.sql.listen('ordo_changes', (payload) => {
      const change = JSON.parse(payload) as Change;
      if (change.table === 'queue_jobs') received.push(change);
    });
    try {
      const [user] = await db.asService((tx) => tx<{ id: string }[]>`insert into users (email) values ('jobs-notify@example.test') returning id`);
      const userId = user?.id as string;
      const job = await enqueue(db.sql, 'system.sleep', { ms: 0 }, { userId });
      const [claimed] = await claim(db.sql, { workerId: 'notify-test', types: ['system.sleep'], limit: 1, leaseSeconds: 60 });
      expect(claimed?.id).toBe(job.id);
      expect(await saveCheckpoint(db.sql, 'notify-test', job.id, 'started', { attempt: 1 })).toBe(true);
      expect(await saveCheckpoint(db.sql, 'notify-test', job.id, 'halfway', { attempt: 1 })).toBe(true);
      expect(await reportProgress(db.sql, 'notify-test', job.id, { done: 1 })).toBe(true);

      const deadline = Date.now() + 5_000;
      while (received.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100));
      // Enqueued, claimed (status), progress: the two checkpoint writes announce nothing.
      expect(received.map((change) => change.op)).toEqual(['insert', 'update', 'update']);
      expect(received.every((change) => change.id === job.id && change.user_id === userId)).toBe(true);
    } finally {
      await listener.unlisten();
    }
  });

  it('announces each owned job of a many-row statement once, in the order the statement changed them', async () => {
    const { db } = database;
    const received: Change[] = [];
    const commits: number[] = [];
    const listener = await db.sql.listen('ordo_changes', (payload) => {
      const change = JSON.parse(payload) as Change;
      if (change.table === 'queue_jobs') received.push(change);
    });
    const waitFor = async (count: number) => {
      const deadline = Date.now() + 5_000;
      while (received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100));
      commits.push(received.length);
    };
    try {
      const users = await db.asService((tx) =>
        tx<{ id: string }[]>`insert into users (email) values ('many-a@example.test'), ('many-b@example.test') returning id`,
      );
      const [a, b] = users.map((user) => user.id) as [string, string];
      const owners = [a, null, b, a];
      const jobs = await enqueueMany(
        db.sql,
        owners.map((userId) => ({ type: 'system.sleep' as const, payload: { ms: 0 }, userId })),
      );
      const ids = jobs.map((job) => job.id);
      const ownerOf = new Map(ids.map((id, index) => [id, owners[index] ?? null]));
      const owned = (order: readonly string[]) => order.filter((id) => ownerOf.get(id) !== null);
      await waitFor(3);

      // Claimed by one statement: RETURNING lists the rows in the order it updated them.
      const claimed = await db.sql<{ id: string }[]>`
        update queue_jobs set status = 'processing', locked_by = 'many-test', attempts = attempts + 1,
          lease_expires_at = now() + interval '1 minute', updated_at = now()
        where id = any(${ids}::uuid[]) returning id`;
      await waitFor(6);
      // Checkpoints for all, progress for one, then a lease renewal: only the progress is visible.
      const progressed = ids[3] as string;
      expect(
        await saveJobStates(
          db.sql,
          'many-test',
          ids.map((id) => ({ id, checkpoints: { step: 1 }, ...(id === progressed ? { progress: { value: { done: 1 } } } : {}) })),
        ),
      ).toHaveLength(4);
      await db.sql`update queue_jobs set lease_expires_at = now() + interval '2 minutes', updated_at = now() where id = any(${ids}::uuid[])`;
      await waitFor(7);
      const completed = await completeMany(
        db.sql,
        'many-test',
        [...ids].reverse().map((id) => ({ id, result: { ok: true } })),
      );
      await waitFor(10);
      const deleted = await db.sql<{ id: string }[]>`delete from queue_jobs where id = any(${ids}::uuid[]) returning id`;
      await waitFor(13);

      const change = (op: string) => (id: string) => ({ table: 'queue_jobs', op, id, user_id: ownerOf.get(id) });
      expect(commits).toEqual([3, 6, 7, 10, 13]);
      expect(received.slice(0, 3)).toEqual(expect.arrayContaining(owned(ids).map(change('insert'))));
      expect(received.slice(3)).toEqual([
        ...owned(claimed.map((row) => row.id)).map(change('update')),
        change('update')(progressed),
        ...owned(completed).map(change('update')),
        ...owned(deleted.map((row) => row.id)).map(change('delete')),
      ]);
    } finally {
      await listener.unlisten();
    }
  });
});
