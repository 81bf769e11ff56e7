import { describe, expect, it } from 'vitest';
import { createDump, openDumpStream } from './brain-dumps-sse.ts';
import { type HttpClient, signedUpClient, type ErrorBody } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// The built app with no AI key: the offline parser drafts, and apply/undo write through RLS.

interface Task {
  id: string;
  title: string;
  project_id: string | null;
  due_date: string | null;
  priority: string | null;
}
interface Project {
  id: string;
  name: string;
}
type Operation = Record<string, unknown> & { op: string };

const server = useWebServer();

/** Stores a dump, drafts it to the end and returns its id and the operations drafted. */
async function draftedDump(client: HttpClient, text: string): Promise<{ id: string; operations: Operation[] }> {
  const id = await createDump(client, text);
  const events = await (await openDumpStream(client, id)).rest();
  expect(events.at(-1)?.event).toBe('done');
  const operations = events
    .filter((event) => event.event === 'operation')
    .map((event) => (event.data as { operation: Operation }).operation);
  return { id, operations };
}

async function tasksOf(client: HttpClient): Promise<Task[]> {
  return (await client.get<{ tasks: Task[] }>('/api/tasks?limit=100')).body.tasks;
}
async function projectsOf(client: HttpClient): Promise<Project[]> {
  return (await client.get<{ projects: Project[] }>('/api/projects')).body.projects;
}

const GARDEN = 'Project: Garden\n- water the roses tomorrow\n- weed the veg patch\n- buy compost by friday';

describe('brain dump apply and undo (offline parser)', () => {
  it('drafts offline, applies the accepted and edited operations with refs resolved, and undoes them', async () => {
    const client = await signedUpClient(server.origin);
    const { id, operations } = await draftedDump(client, GARDEN);
    expect(operations.map((operation) => operation.op)).toEqual(['create_project', 'create_task', 'create_task', 'create_task']);
    const [project, roses, weeds, compost] = operations as [Operation, Operation, Operation, Operation];
    expect(roses).toMatchObject({ title: 'Water the roses', project_ref: 'p1' });

    // Reject the weeding, move the compost to another day.
    const accepted = [project, roses, { ...compost, due_date: '2026-12-24', priority: 'high' }];
    const applied = await client.post<{ brain_dump: { status: string }; changes: { created_task_ids: string[] } }>(
      `/api/brain-dumps/${id}/apply`,
      { operations: accepted },
    );
    expect(applied.status).toBe(200);
    expect(applied.body.brain_dump.status).toBe('applied');
    expect(applied.body.changes.created_task_ids).toHaveLength(2);

    const [garden] = await projectsOf(client);
    expect(garden?.name).toBe('Garden');
    const tasks = await tasksOf(client);
    expect(tasks.map((task) => task.title).toSorted()).toEqual(['Buy compost', 'Water the roses']);
    expect(tasks.every((task) => task.project_id === garden?.id)).toBe(true);
    expect(tasks.find((task) => task.title === 'Buy compost')).toMatchObject({ due_date: '2026-12-24', priority: 'high' });
    expect(tasks.some((task) => task.title === (weeds.title as string))).toBe(false);
    expect((await client.post(`/api/brain-dumps/${id}/apply`, { operations: accepted })).status).toBe(409);

    const undone = await client.post<{ brain_dump: { status: string } }>(`/api/brain-dumps/${id}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body.brain_dump.status).toBe('undone');
    expect(await tasksOf(client)).toEqual([]);
    expect(await projectsOf(client)).toEqual([]);
    expect((await client.post(`/api/brain-dumps/${id}/undo`)).status).toBe(409);

    const history = await client.get<{ brain_dumps: { id: string; status: string; operation_count: number }[] }>(
      '/api/brain-dumps',
    );
    expect(history.body.brain_dumps).toEqual([expect.objectContaining({ id, status: 'undone', operation_count: 4 })]);
  });

  it('applies nothing when one operation fails: an update of a task deleted since the draft', async () => {
    const client = await signedUpClient(server.origin);
    const doomed = (await client.post<{ task: Task }>('/api/tasks', { title: 'Call the dentist' })).body.task;
    const { id, operations } = await draftedDump(client, GARDEN);
    expect((await client.delete(`/api/tasks/${doomed.id}`)).status).toBe(204);

    const update = { op: 'update_task', task_id: doomed.id, changes: { due_date: '2026-11-27' } };
    const refused = await client.post<ErrorBody>(`/api/brain-dumps/${id}/apply`, { operations: [...operations, update] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.fields).toEqual({ [`operations.${operations.length}.task_id`]: expect.any(String) });
    expect(await projectsOf(client)).toEqual([]);
    expect(await tasksOf(client)).toEqual([]);
    const dump = await client.get<{ brain_dump: { status: string } }>(`/api/brain-dumps/${id}`);
    expect(dump.body.brain_dump.status).toBe('drafted');

    // Without the failing update the same operations apply.
    expect((await client.post(`/api/brain-dumps/${id}/apply`, { operations })).status).toBe(200);
    expect(await tasksOf(client)).toHaveLength(3);
  });

  it('closing a repeating task from a dump creates its next occurrence, once', async () => {
    const client = await signedUpClient(server.origin);
    const weekly = (
      await client.post<{ task: Task }>('/api/tasks', {
        title: 'Water the ferns',
        due_date: '2030-06-10',
        recurrence: { rrule: 'FREQ=WEEKLY', from_completion: false },
      })
    ).body.task;
    const { id } = await draftedDump(client, 'buy compost');
    const done = { op: 'update_task', task_id: weekly.id, changes: { status: 'done' } };
    expect((await client.post(`/api/brain-dumps/${id}/apply`, { operations: [done] })).status).toBe(200);
    const ferns = (await tasksOf(client)).filter((task) => task.title === 'Water the ferns');
    expect(ferns.map((task) => task.due_date).sort()).toEqual(['2030-06-10', '2030-06-17']);
  });

  it('restores updated tasks on undo, and validates the operations it is sent', async () => {
    const client = await signedUpClient(server.origin);
    const dentist = (await client.post<{ task: Task }>('/api/tasks', { title: 'Call the dentist', due_date: '2026-11-25' })).body
      .task;
    const { id, operations } = await draftedDump(client, 'move the dentist call to Friday');
    expect(operations).toEqual([expect.objectContaining({ op: 'update_task', task_id: dentist.id })]);

    const badRef = await client.post<ErrorBody>(`/api/brain-dumps/${id}/apply`, {
      operations: [{ op: 'create_task', ref: 't1', title: 'Orphan', project_ref: 'p9' }],
    });
    expect(badRef.status).toBe(400);
    expect(badRef.body.error.fields).toEqual({ 'operations.0.project_ref': expect.stringContaining('p9') });
    const badDate = await client.post<ErrorBody>(`/api/brain-dumps/${id}/apply`, {
      operations: [{ op: 'create_task', ref: 't1', title: 'Dated', due_date: 'friday' }],
    });
    expect(badDate.status).toBe(400);
    expect(Object.keys(badDate.body.error.fields ?? {})).toEqual(['operations.0.due_date']);

    const edited = { ...operations[0], changes: { due_date: '2026-11-27', priority: 'high', title: 'Call the dentist back' } };
    expect((await client.post(`/api/brain-dumps/${id}/apply`, { operations: [edited] })).status).toBe(200);
    expect((await client.get<{ task: Task }>(`/api/tasks/${dentist.id}`)).body.task).toMatchObject({
      title: 'Call the dentist back',
      due_date: '2026-11-27',
      priority: 'high',
    });
    expect((await client.post(`/api/brain-dumps/${id}/undo`)).status).toBe(200);
    expect((await client.get<{ task: Task }>(`/api/tasks/${dentist.id}`)).body.task).toMatchObject({
      title: 'Call the dentist',
      due_date: '2026-11-25',
      priority: null,
    });
  });

  it('limits how many dumps a user may store per hour', async () => {
    const client = await signedUpClient(server.origin);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 61; attempt++) {
      statuses.push((await client.post('/api/brain-dumps', { text: `thought ${attempt}` })).status);
    }
    expect(statuses.slice(0, 60).every((status) => status === 201)).toBe(true);
    const limited = await client.post<ErrorBody>('/api/brain-dumps', { text: 'one more' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    // Another user is not affected.
    const other = await signedUpClient(server.origin);
    expect((await other.post('/api/brain-dumps', { text: 'mine' })).status).toBe(201);
  });
});
