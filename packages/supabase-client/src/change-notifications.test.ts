import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCheckpoint } from './queue/checkpoint.ts';
import { claim } from './queue/claim.ts';
import { enqueue } from './queue/enqueue.ts';
import { reportProgress } from './queue/progress.ts';
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
});
