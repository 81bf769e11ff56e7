import { describe, expect, it } from 'vitest';
import { createDump, openDumpStream } from './brain-dumps-sse.ts';
import { type ErrorBody, type HttpClient, signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// Undo writes the recorded previous values back as columns; a user who rewrote the recorded
// changes (applied_changes stays writable as them) must not reach any other column that way.

const server = useWebServer();

interface Task {
  id: string;
  title: string;
  position: number;
  user_id: string;
}

/** A task renamed through an applied brain dump: the dump id and the task as created. */
async function renamedThroughDump(client: HttpClient): Promise<{ dumpId: string; task: Task }> {
  const created = await client.post<{ task: Task }>('/api/tasks', { title: 'Old title', position: 7 });
  expect(created.status).toBe(201);
  const dumpId = await createDump(client, 'rename the task');
  expect((await (await openDumpStream(client, dumpId)).rest()).at(-1)?.event).toBe('done');
  const applied = await client.post(`/api/brain-dumps/${dumpId}/apply`, {
    operations: [{ op: 'update_task', task_id: created.body.task.id, changes: { title: 'New title' } }],
  });
  expect(applied.status).toBe(200);
  return { dumpId, task: created.body.task };
}

async function forgePrevious(dumpId: string, taskId: string, previous: Record<string, string | number>): Promise<void> {
  const changes = { created_project_ids: [], created_task_ids: [], updated_tasks: [{ id: taskId, previous }] };
  await server.database.db.sql`update public.brain_dumps set applied_changes = ${server.database.db.sql.json(changes)} where id = ${dumpId}`;
}

async function taskRow(id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await server.database.db.sql`select * from public.tasks where id = ${id}`;
  return row;
}

describe('brain dump undo writes only the columns an operation may change', () => {
  it('puts back a changed field recorded by apply', async () => {
    const client = await signedUpClient(server.origin);
    const { dumpId, task } = await renamedThroughDump(client);
    const undone = await client.post(`/api/brain-dumps/${dumpId}/undo`);
    expect(undone.status).toBe(200);
    expect(await taskRow(task.id)).toMatchObject({ title: 'Old title', position: 7 });
  });

  it.each([
    ['a column no operation changes', { title: 'Old title', position: 12345 }],
    ['the owner', { title: 'Old title', user_id: '00000000-0000-4000-8000-000000000000' }],
    ['an injected identifier', { title: 'Old title', 'title" = \'pwned\', "notes': 'x' }],
  ])('refuses recorded changes naming %s and writes nothing', async (_what, previous) => {
    const client = await signedUpClient(server.origin);
    const { dumpId, task } = await renamedThroughDump(client);
    await forgePrevious(dumpId, task.id, previous);
    const before = await taskRow(task.id);
    expect(before).toMatchObject({ title: 'New title', position: 7 });

    const undone = await client.post<ErrorBody>(`/api/brain-dumps/${dumpId}/undo`);
    expect(undone.status).toBe(409);
    expect(undone.body.error.code).toBe('conflict');
    expect(await taskRow(task.id)).toEqual(before);
    const dump = await client.get<{ brain_dump: { status: string } }>(`/api/brain-dumps/${dumpId}`);
    expect(dump.body.brain_dump.status).toBe('applied');
  });
});
