import { randomUUID } from 'node:crypto';
import { BATCH_IDS_MAX } from '@ordo/shared-types';
import { describe, expect, it } from 'vitest';
import { EventReader } from './brain-dumps-sse.ts';
import { type HttpClient, HttpClient as PlainClient, signedUpClient, type ErrorBody } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// POST /api/tasks/bulk, /api/tasks/reorder and /api/projects/reorder over real HTTP.

interface Task {
  id: string;
  title: string;
  status: string;
  project_id: string | null;
  position: number;
  deleted_at: string | null;
}
interface Project {
  id: string;
  name: string;
  position: number;
}

const server = useWebServer();

async function createTasks(client: HttpClient, titles: string[], extra: Record<string, unknown> = {}): Promise<Task[]> {
  const tasks: Task[] = [];
  for (const title of titles) {
    const created = await client.post<{ task: Task }>('/api/tasks', { title, ...extra });
    expect(created.status).toBe(201);
    tasks.push(created.body.task);
  }
  return tasks;
}

async function createProjects(client: HttpClient, names: string[]): Promise<Project[]> {
  const projects: Project[] = [];
  for (const name of names) {
    const created = await client.post<{ project: Project }>('/api/projects', { name });
    expect(created.status).toBe(201);
    projects.push(created.body.project);
  }
  return projects;
}

const taskTitles = async (client: HttpClient, query = 'status=todo,in_progress,done,cancelled') =>
  (await client.get<{ tasks: Task[] }>(`/api/tasks?${query}`)).body.tasks.map((task) => task.title);

const projectNames = async (client: HttpClient) =>
  (await client.get<{ projects: Project[] }>('/api/projects?include_archived=true')).body.projects.map((project) => project.name);

/** The tasks as their owner reads them one by one (deleted ones answer 404 → null). */
async function readTasks(client: HttpClient, ids: string[]): Promise<(Task | null)[]> {
  return Promise.all(
    ids.map(async (id) => {
      const read = await client.get<{ task: Task }>(`/api/tasks/${id}`);
      return read.status === 200 ? read.body.task : null;
    }),
  );
}

describe('POST /api/tasks/bulk', () => {
  it('completes, reopens, moves to a project and back to the inbox, answering the tasks in the order of ids', async () => {
    const client = await signedUpClient(server.origin);
    const [project] = await createProjects(client, ['Errands']);
    const tasks = await createTasks(client, ['One', 'Two', 'Three']);
    const ids = [tasks[2]?.id, tasks[0]?.id] as string[];

    const completed = await client.post<{ tasks: Task[] }>('/api/tasks/bulk', { action: 'complete', ids });
    expect(completed.status).toBe(200);
    expect(completed.body.tasks.map((task) => [task.title, task.status])).toEqual([
      ['Three', 'done'],
      ['One', 'done'],
    ]);
    expect((await readTasks(client, [tasks[1]?.id as string]))[0]?.status).toBe('todo');

    const reopened = await client.post<{ tasks: Task[] }>('/api/tasks/bulk', { action: 'reopen', ids });
    expect(reopened.body.tasks.map((task) => task.status)).toEqual(['todo', 'todo']);

    const moved = await client.post<{ tasks: Task[] }>('/api/tasks/bulk', { action: 'move', ids, project_id: project?.id });
    expect(moved.status).toBe(200);
    expect(moved.body.tasks.map((task) => task.project_id)).toEqual([project?.id, project?.id]);
    expect((await taskTitles(client, `project_id=${project?.id}`)).toSorted()).toEqual(['One', 'Three']);

    const inbox = await client.post<{ tasks: Task[] }>('/api/tasks/bulk', { action: 'move', ids, project_id: null });
    expect(inbox.body.tasks.map((task) => task.project_id)).toEqual([null, null]);
  });

  it('deletes a batch softly, and restore with the same ids undoes the whole batch', async () => {
    const client = await signedUpClient(server.origin);
    const [project] = await createProjects(client, ['Home']);
    const tasks = await createTasks(client, ['Keep', 'Gone 1', 'Gone 2'], { project_id: project?.id });
    const ids = tasks.slice(1).map((task) => task.id);

    const deleted = await client.post<{ tasks: Task[] }>('/api/tasks/bulk', { action: 'delete', ids });
    expect(deleted.status).toBe(200);
    expect(deleted.body.tasks.every((task) => task.deleted_at !== null)).toBe(true);
    expect(await readTasks(client, ids)).toEqual([null, null]);
    expect(await taskTitles(client)).toEqual(['Keep']);
    // Deleted tasks cannot be completed, moved or deleted again.
    expect((await client.post('/api/tasks/bulk', { action: 'complete', ids })).status).toBe(404);

    const restored = await client.post<{ tasks: Task[] }>('/api/tasks/bulk', { action: 'restore', ids });
    expect(restored.status).toBe(200);
    expect(restored.body.tasks.map((task) => [task.title, task.deleted_at, task.project_id])).toEqual([
      ['Gone 1', null, project?.id],
      ['Gone 2', null, project?.id],
    ]);
    expect(await taskTitles(client)).toEqual(['Keep', 'Gone 1', 'Gone 2']);
    // Undoing twice is harmless: live tasks stay as they are.
    expect((await client.post('/api/tasks/bulk', { action: 'restore', ids })).status).toBe(200);
  });

  it('answers 400 naming the field, for each kind of bad body', async () => {
    const client = await signedUpClient(server.origin);
    const [task] = await createTasks(client, ['Only']);
    const id = task?.id as string;
    const cases: [unknown, string[]][] = [
      [{ action: 'complete' }, ['ids']],
      [{ action: 'complete', ids: [] }, ['ids']],
      [{ action: 'complete', ids: [id, id] }, ['ids']],
      [{ action: 'complete', ids: [id, 'not-a-uuid'] }, ['ids.1']],
      [{ action: 'complete', ids: Array.from({ length: BATCH_IDS_MAX + 1 }, () => randomUUID()) }, ['ids']],
      [{ action: 'archive', ids: [id] }, ['action']],
      [{ action: 'move', ids: [id] }, ['project_id']],
      [{ action: 'delete', ids: [id], project_id: null }, ['project_id']],
      [{ action: 'move', ids: [id], project_id: randomUUID() }, ['project_id']],
    ];
    for (const [body, fields] of cases) {
      const refused = await client.post<ErrorBody>('/api/tasks/bulk', body);
      expect(refused.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(Object.keys(refused.body.error.fields ?? {}), JSON.stringify(body).slice(0, 80)).toEqual(fields);
    }
    expect((await readTasks(client, [id]))[0]?.status).toBe('todo');
  });

  it('answers 401 without a session, and 403 to a cross-site request with the cookie', async () => {
    const client = await signedUpClient(server.origin);
    const [task] = await createTasks(client, ['Mine']);
    const anonymous = await new PlainClient(server.origin).post<ErrorBody>('/api/tasks/bulk', { action: 'complete', ids: [task?.id] });
    expect(anonymous.status).toBe(401);
    const crossSite = await client.request('POST', '/api/tasks/bulk', {
      json: { action: 'delete', ids: [task?.id] },
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect((await readTasks(client, [task?.id as string]))[0]).not.toBeNull();
  });

  it("answers 404 to another user's ids, changes nothing, and names no id; one foreign id sinks the whole batch", async () => {
    const [alice, bob] = await Promise.all([signedUpClient(server.origin), signedUpClient(server.origin)]);
    const alices = await createTasks(alice, ['A1', 'A2']);
    const [bobs] = await createTasks(bob, ['B1']);
    const aliceIds = alices.map((task) => task.id);

    for (const body of [
      { action: 'complete', ids: aliceIds },
      { action: 'delete', ids: aliceIds },
      { action: 'move', ids: aliceIds, project_id: null },
      { action: 'restore', ids: aliceIds },
    ]) {
      const refused = await bob.post<ErrorBody>('/api/tasks/bulk', body);
      expect(refused.status, body.action).toBe(404);
      expect(refused.body.error.code).toBe('not_found');
      for (const id of aliceIds) expect(refused.body.error.message).not.toContain(id);
    }
    // Bob's own task beside one of Alice's: nothing happens to his either.
    const mixed = await bob.post('/api/tasks/bulk', { action: 'delete', ids: [bobs?.id, aliceIds[0]] });
    expect(mixed.status).toBe(404);
    expect((await readTasks(bob, [bobs?.id as string]))[0]?.title).toBe('B1');
    // Alice with one unknown id beside hers: none of hers is completed.
    const unknown = await alice.post('/api/tasks/bulk', { action: 'complete', ids: [...aliceIds, randomUUID()] });
    expect(unknown.status).toBe(404);
    expect((await readTasks(alice, aliceIds)).map((task) => task?.status)).toEqual(['todo', 'todo']);
  });

  it('announces each changed task on the live stream', async () => {
    const client = await signedUpClient(server.origin);
    const ids = (await createTasks(client, ['Live 1', 'Live 2'])).map((task) => task.id);
    const abort = new AbortController();
    const response = await fetch(`${server.origin}/api/events`, {
      headers: { accept: 'text/event-stream', cookie: client.cookie ?? '' },
      signal: abort.signal,
    });
    const stream = new EventReader(response, abort);
    const timer = setTimeout(() => abort.abort(), 10_000);
    try {
      expect((await client.post('/api/tasks/bulk', { action: 'delete', ids })).status).toBe(200);
      const seen = new Set<string>();
      while (seen.size < ids.length) {
        const event = await stream.next();
        if (!event) break;
        const data = event.data as { table?: string; id?: string };
        if (event.event === 'change' && data.table === 'tasks' && data.id && ids.includes(data.id)) seen.add(data.id);
      }
      expect([...seen].toSorted()).toEqual(ids.toSorted());
    } finally {
      clearTimeout(timer);
      stream.close();
    }
  });
});

describe('POST /api/tasks/reorder', () => {
  it('puts the listed tasks in the given order within the places they hold; others keep theirs', async () => {
    const client = await signedUpClient(server.origin);
    const [a, b, c, d] = await createTasks(client, ['a', 'b', 'c', 'd']);
    const reordered = await client.post<{ tasks: Task[] }>('/api/tasks/reorder', { ids: [d?.id, b?.id] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.tasks.map((task) => task.title)).toEqual(['d', 'b']);
    expect(await taskTitles(client)).toEqual(['a', 'd', 'c', 'b']);

    const again = await client.post('/api/tasks/reorder', { ids: [c?.id, a?.id, d?.id, b?.id] });
    expect(again.status).toBe(200);
    expect(await taskTitles(client)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('keeps an order made in a filtered view in the full list', async () => {
    const client = await signedUpClient(server.origin);
    const [project] = await createProjects(client, ['Work']);
    const [inbox1] = await createTasks(client, ['inbox 1']);
    const [w1, w2] = await createTasks(client, ['work 1', 'work 2'], { project_id: project?.id });
    const [inbox2] = await createTasks(client, ['inbox 2']);
    const [w3] = await createTasks(client, ['work 3'], { project_id: project?.id });
    expect(inbox1 && inbox2).toBeTruthy();

    expect((await client.post('/api/tasks/reorder', { ids: [w3?.id, w1?.id, w2?.id] })).status).toBe(200);
    expect(await taskTitles(client, `project_id=${project?.id}`)).toEqual(['work 3', 'work 1', 'work 2']);
    // The inbox tasks stayed where they were between them.
    expect(await taskTitles(client)).toEqual(['inbox 1', 'work 3', 'work 1', 'inbox 2', 'work 2']);
  });

  it('answers 400 naming ids, 401 without a session', async () => {
    const client = await signedUpClient(server.origin);
    const [task] = await createTasks(client, ['t']);
    for (const body of [{}, { ids: [] }, { ids: [task?.id, task?.id] }, { ids: 'x' }]) {
      const refused = await client.post<ErrorBody>('/api/tasks/reorder', body);
      expect(refused.status).toBe(400);
      expect(Object.keys(refused.body.error.fields ?? {})).toEqual(['ids']);
    }
    const extra = await client.post<ErrorBody>('/api/tasks/reorder', { ids: [task?.id], position: 1 });
    expect(extra.body.error.fields).toEqual({ position: 'unknown field' });
    expect((await new PlainClient(server.origin).post('/api/tasks/reorder', { ids: [task?.id] })).status).toBe(401);
  });

  it("answers 404 to another user's ids or a deleted task, and changes nothing", async () => {
    const [alice, bob] = await Promise.all([signedUpClient(server.origin), signedUpClient(server.origin)]);
    const [a1, a2] = await createTasks(alice, ['a1', 'a2']);
    const [b1, b2] = await createTasks(bob, ['b1', 'b2']);

    expect((await bob.post('/api/tasks/reorder', { ids: [a2?.id, a1?.id] })).status).toBe(404);
    expect((await bob.post('/api/tasks/reorder', { ids: [b2?.id, b1?.id, a1?.id] })).status).toBe(404);
    expect(await taskTitles(alice)).toEqual(['a1', 'a2']);
    expect(await taskTitles(bob)).toEqual(['b1', 'b2']);

    expect((await bob.delete(`/api/tasks/${b1?.id}`)).status).toBe(204);
    expect((await bob.post('/api/tasks/reorder', { ids: [b2?.id, b1?.id] })).status).toBe(404);
  });
});

describe('POST /api/projects/reorder', () => {
  it('reorders projects, archived ones included, within the places they hold', async () => {
    const client = await signedUpClient(server.origin);
    const [p1, p2, p3] = await createProjects(client, ['P1', 'P2', 'P3']);
    expect((await client.patch(`/api/projects/${p2?.id}`, { archived: true })).status).toBe(200);

    const reordered = await client.post<{ projects: Project[] }>('/api/projects/reorder', { ids: [p3?.id, p1?.id] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.projects.map((project) => project.name)).toEqual(['P3', 'P1']);
    expect(await projectNames(client)).toEqual(['P3', 'P2', 'P1']);
    expect((await client.post('/api/projects/reorder', { ids: [p2?.id, p3?.id] })).status).toBe(200);
    expect(await projectNames(client)).toEqual(['P2', 'P3', 'P1']);
  });

  it('answers 400 naming ids, 401 without a session', async () => {
    const client = await signedUpClient(server.origin);
    const refused = await client.post<ErrorBody>('/api/projects/reorder', { ids: ['nope'] });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.error.fields ?? {})).toEqual(['ids.0']);
    expect((await new PlainClient(server.origin).post('/api/projects/reorder', { ids: [randomUUID()] })).status).toBe(401);
  });

  it("answers 404 when any id is another user's or deleted, and changes nothing", async () => {
    const [alice, bob] = await Promise.all([signedUpClient(server.origin), signedUpClient(server.origin)]);
    const [a1, a2] = await createProjects(alice, ['A1', 'A2']);
    const [b1, b2] = await createProjects(bob, ['B1', 'B2']);
    expect((await bob.post('/api/projects/reorder', { ids: [a2?.id, a1?.id] })).status).toBe(404);
    expect((await bob.post('/api/projects/reorder', { ids: [b2?.id, b1?.id, a1?.id] })).status).toBe(404);
    expect(await projectNames(alice)).toEqual(['A1', 'A2']);
    expect(await projectNames(bob)).toEqual(['B1', 'B2']);
    expect((await bob.delete(`/api/projects/${b2?.id}`)).status).toBe(204);
    expect((await bob.post('/api/projects/reorder', { ids: [b2?.id, b1?.id] })).status).toBe(404);
  });
});

describe('the same batches through the page forms, without JavaScript', () => {
  it('reorders a filtered /tasks view, and bulk-deletes with an undo that restores the whole batch', async () => {
    const client = await signedUpClient(server.origin);
    const [a, b, c] = await createTasks(client, ['a', 'b', 'c']);
    expect((await client.patch(`/api/tasks/${b?.id}`, { status: 'done' })).status).toBe(200);

    // On /tasks (open tasks), c is just below a: its up button sends [c, a].
    const moved = await client.request('POST', '/tasks?/reorderTasks', { form: { ids: [c?.id as string, a?.id as string] } });
    expect(moved.status).toBe(200);
    expect(await taskTitles(client)).toEqual(['c', 'b', 'a']);

    const deleted = await client.request<string>('POST', '/tasks?/bulkTasks', {
      form: { operation: 'delete', ids: [a?.id as string, c?.id as string] },
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toContain('Deleted 2 tasks');
    // The undo form in the status region carries every id of the batch.
    expect(deleted.body).toContain(`name="id" value="${a?.id}"`);
    expect(deleted.body).toContain(`name="id" value="${c?.id}"`);
    expect(await taskTitles(client)).toEqual(['b']);

    const undone = await client.request<string>('POST', '/tasks?/restoreTask', { form: { id: [a?.id as string, c?.id as string] } });
    expect(undone.status).toBe(200);
    expect(undone.body).toContain('Restored 2 tasks');
    expect(await taskTitles(client)).toEqual(['c', 'b', 'a']);
  });

  it("refuses a batch with another user's task, changing none of the user's own", async () => {
    const [alice, bob] = await Promise.all([signedUpClient(server.origin), signedUpClient(server.origin)]);
    const [alices] = await createTasks(alice, ['hers']);
    const [bobs] = await createTasks(bob, ['his']);
    const refused = await bob.request<string>('POST', '/tasks?/bulkTasks', {
      form: { operation: 'complete', ids: [bobs?.id as string, alices?.id as string] },
    });
    expect(refused.status).toBe(404);
    expect(refused.body).toContain('nothing was changed');
    expect((await readTasks(bob, [bobs?.id as string]))[0]?.status).toBe('todo');
    expect((await bob.request('POST', '/projects?/reorderProjects', { form: { ids: [randomUUID()] } })).status).toBe(404);
  });
});
