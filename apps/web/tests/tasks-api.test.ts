import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { signedUpClient, type ErrorBody } from './http-client.ts';
import { useWebServer } from './web-server.ts';

interface Task {
  id: string;
  title: string;
  status: string;
  project_id: string | null;
  due_date: string | null;
  completed_at: string | null;
  start_at: string | null;
  priority: string | null;
  notes: string | null;
}
type TaskPage = { tasks: Task[]; next_cursor: string | null };

const server = useWebServer();

function postChunked(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    for (let offset = 0; offset < body.length; offset += 16 * 1024) request.write(body.slice(offset, offset + 16 * 1024));
    request.end();
  });
}

describe('tasks API', () => {
  it('creates, reads, edits, completes and deletes a task', async () => {
    const client = await signedUpClient(server.origin);
    const created = await client.post<{ task: Task }>('/api/tasks', {
      title: 'Write report',
      priority: 'high',
      due_date: '2026-12-01',
      start_at: '2026-12-01T09:00:00+01:00',
      duration_minutes: 90,
      notes: '# Outline',
    });
    expect(created.status).toBe(201);
    expect(created.body.task).toMatchObject({
      title: 'Write report',
      status: 'todo',
      project_id: null,
      due_date: '2026-12-01',
      start_at: '2026-12-01T08:00:00.000Z',
      priority: 'high',
    });
    const path = `/api/tasks/${created.body.task.id}`;
    expect((await client.get<{ task: Task }>(path)).body.task.title).toBe('Write report');

    const done = await client.patch<{ task: Task }>(path, { status: 'done', priority: null });
    expect(done.body.task.status).toBe('done');
    expect(done.body.task.completed_at).not.toBeNull();
    expect(done.body.task.priority).toBeNull();
    // The list writes its timestamps itself (withIsoTimestamps): the same task must read the same.
    expect((await client.get<TaskPage>('/api/tasks')).body.tasks).toEqual([(await client.get<{ task: Task }>(path)).body.task]);

    expect((await client.delete(path)).status).toBe(204);
    expect((await client.get(path)).status).toBe(404);
    expect((await client.patch(path, { title: 'x' })).status).toBe(404);

    const restored = await client.post<{ task: Task }>(`${path}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.task.title).toBe('Write report');
    expect((await client.post(`${path}/restore`)).status).toBe(404);
  });

  it('answers 400 naming each bad field, including a project that is not the user’s', async () => {
    const client = await signedUpClient(server.origin);
    const bad = await client.post<ErrorBody>('/api/tasks', { title: '', due_date: '2026-02-30', duration_minutes: 0, status: 'doing' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields ?? {}).toSorted()).toEqual(['due_date', 'duration_minutes', 'status', 'title']);

    const noProject = await client.post<ErrorBody>('/api/tasks', {
      title: 't',
      project_id: '00000000-0000-4000-8000-000000000000',
    });
    expect(noProject.status).toBe(400);
    expect(noProject.body.error.fields).toEqual({ project_id: 'That project does not exist' });

    const badQuery = await client.get<ErrorBody>('/api/tasks?status=doing&limit=0&due_before=tomorrow');
    expect(badQuery.status).toBe(400);
    expect(Object.keys(badQuery.body.error.fields ?? {}).toSorted()).toEqual(['due_before', 'limit', 'status']);

    const badCursor = await client.get<ErrorBody>('/api/tasks?cursor=garbage');
    expect(badCursor.status).toBe(400);
    expect(Object.keys(badCursor.body.error.fields ?? {})).toEqual(['cursor']);

    // PostgreSQL text cannot hold NUL: refused up front, by field, rather than failing in the database.
    const nul = await client.post<ErrorBody>('/api/tasks', { title: 'a\u0000b', notes: 'fine' });
    expect(nul.status).toBe(400);
    expect(Object.keys(nul.body.error.fields ?? {})).toEqual(['title']);
    const nulQuery = await client.get<ErrorBody>('/api/tasks?q=%00');
    expect(nulQuery.status).toBe(400);
    expect(Object.keys(nulQuery.body.error.fields ?? {})).toEqual(['q']);
  });

  it('filters by project, inbox, status, due range and text', async () => {
    const client = await signedUpClient(server.origin);
    const { body } = await client.post<{ project: { id: string } }>('/api/projects', { name: 'Home' });
    const projectId = body.project.id;
    const make = (task: Record<string, unknown>) => client.post('/api/tasks', task);
    await make({ title: 'Paint fence', project_id: projectId, due_date: '2026-11-20' });
    await make({ title: 'Buy paint 100%', due_date: '2026-11-25', status: 'in_progress' });
    await make({ title: 'Call plumber', due_date: '2026-11-30', status: 'done', notes: 'about the PAINT stains' });
    await make({ title: 'Someday', status: 'todo' });

    const titles = async (query: string) =>
      (await client.get<TaskPage>(`/api/tasks?${query}`)).body.tasks.map((t) => t.title).toSorted();
    expect(await titles(`project_id=${projectId}`)).toEqual(['Paint fence']);
    expect(await titles('project_id=inbox')).toEqual(['Buy paint 100%', 'Call plumber', 'Someday']);
    expect(await titles('status=todo,in_progress')).toEqual(['Buy paint 100%', 'Paint fence', 'Someday']);
    expect(await titles('status=done&status=in_progress')).toEqual(['Buy paint 100%', 'Call plumber']);
    expect(await titles('due_before=2026-11-30')).toEqual(['Buy paint 100%', 'Paint fence']);
    expect(await titles('due_after=2026-11-20&due_before=2026-12-01')).toEqual(['Buy paint 100%', 'Call plumber']);
    expect(await titles('q=paint')).toEqual(['Buy paint 100%', 'Call plumber', 'Paint fence']);
    expect(await titles('q=100%25')).toEqual(['Buy paint 100%']);
    expect(await titles('q=_')).toEqual([]);
  });

  it('pages with a cursor through every task exactly once', async () => {
    const client = await signedUpClient(server.origin);
    for (let i = 1; i <= 7; i++) await client.post('/api/tasks', { title: `Task ${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `limit=3&cursor=${encodeURIComponent(cursor)}` : 'limit=3';
      const page: { body: TaskPage } = await client.get<TaskPage>(`/api/tasks?${query}`);
      seen.push(...page.body.tasks.map((t) => t.title));
      cursor = page.body.next_cursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['Task 1', 'Task 2', 'Task 3', 'Task 4', 'Task 5', 'Task 6', 'Task 7']);
  });

  it("gives user B a 404 on every one of user A's tasks, and on filtering by A's project", async () => {
    const alice = await signedUpClient(server.origin);
    const bob = await signedUpClient(server.origin);
    const { body: project } = await alice.post<{ project: { id: string } }>('/api/projects', { name: 'Private' });
    const { body } = await alice.post<{ task: Task }>('/api/tasks', { title: 'Secret', project_id: project.project.id });
    const path = `/api/tasks/${body.task.id}`;
    for (const response of [
      await bob.get<ErrorBody>(path),
      await bob.patch<ErrorBody>(path, { title: 'Mine' }),
      await bob.delete<ErrorBody>(path),
      await bob.post<ErrorBody>(`${path}/restore`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    const filtered = await bob.get<ErrorBody>(`/api/tasks?project_id=${project.project.id}`);
    expect(filtered.status).toBe(404);
    expect(filtered.body.error.code).toBe('not_found');
    // Nor can B file a task under A's project.
    const intoTheirs = await bob.post<ErrorBody>('/api/tasks', { title: 'x', project_id: project.project.id });
    expect(intoTheirs.status).toBe(400);
    expect((await bob.get<TaskPage>('/api/tasks')).body.tasks).toEqual([]);
    expect((await alice.get<{ task: Task }>(path)).body.task.title).toBe('Secret');
    expect((await alice.delete(path)).status).toBe(204);
    expect((await bob.post<ErrorBody>(`${path}/restore`)).status).toBe(404);
    expect((await alice.post(`${path}/restore`)).status).toBe(200);
  });

  it('answers 413 in the error format for an oversized body, declared or streamed', async () => {
    const client = await signedUpClient(server.origin);
    const huge = { title: 'x', notes: 'n'.repeat(300 * 1024) };
    const response = await client.post<ErrorBody>('/api/tasks', huge);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');

    // Chunked, with no Content-Length to refuse up front: counted while reading.
    const streamed = await postChunked(`${server.origin}/api/tasks`, JSON.stringify(huge), {
      cookie: client.cookie as string,
      origin: server.origin,
      'content-type': 'application/json',
    });
    expect(streamed.status).toBe(413);
    expect((JSON.parse(streamed.body) as ErrorBody).error.code).toBe('payload_too_large');
  });

  it('keeps answering on the same connections after refusing a declared oversized body unread', async () => {
    const client = await signedUpClient(server.origin);
    expect((await client.post('/api/tasks', { title: 'x', notes: 'n'.repeat(300 * 1024) })).status).toBe(413);
    // The refused body, left unread, used to hold its keep-alive connection: the next request
    // fetch sent on it stalled until the server reset it.
    const statuses: number[] = [];
    for (let index = 0; index < 4; index++) statuses.push((await client.post('/api/tasks', { title: `after ${index}` })).status);
    expect(statuses).toEqual([201, 201, 201, 201]);
  });
});
