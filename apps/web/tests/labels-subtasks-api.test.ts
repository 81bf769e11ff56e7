import { describe, expect, it } from 'vitest';
import { type ErrorBody, signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// Labels and subtasks through the JSON API, over real HTTP against the built app.

interface Task {
  id: string;
  title: string;
  status: string;
  labels: string[];
  parent_id: string | null;
  progress: { done: number; total: number } | null;
}
interface Label {
  id: string;
  name: string;
  color: string;
}
interface WithNext {
  task: Task;
  next_occurrence: Task | null;
}

const server = useWebServer();

describe('labels in the API', () => {
  it('creates unknown names on a task, sorts them, filters by them in any case, and keeps names unique per person', async () => {
    const client = await signedUpClient(server.origin);
    const made = await client.post<{ label: Label }>('/api/labels', { name: 'Errands', color: '#12AB9F' });
    expect(made.status).toBe(201);
    expect(made.body.label).toMatchObject({ name: 'Errands', color: '#12ab9f' });

    const tagged = await client.post<{ task: Task }>('/api/tasks', { title: 'Buy stamps', labels: ['errands', 'Post office', 'admin'] });
    expect(tagged.status).toBe(201);
    // "errands" is the existing label, by its own spelling.
    expect(tagged.body.task.labels).toEqual(['admin', 'Errands', 'Post office']);
    await client.post('/api/tasks', { title: 'Untagged' });

    const filtered = await client.get<{ tasks: Task[] }>('/api/tasks?label=ERRANDS');
    expect(filtered.status).toBe(200);
    expect(filtered.body.tasks.map((task) => task.title)).toEqual(['Buy stamps']);
    const labels = await client.get<{ labels: Label[] }>('/api/labels');
    expect(labels.body.labels.map((label) => label.name)).toEqual(['admin', 'Errands', 'Post office']);

    const duplicate = await client.post<ErrorBody>('/api/labels', { name: 'ERRANDS' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error).toMatchObject({ code: 'validation_failed', fields: { name: expect.stringContaining('ERRANDS') } });
    const badColour = await client.post<ErrorBody>('/api/labels', { name: 'Home', color: 'chartreuse' });
    expect(badColour.status).toBe(400);
    expect(Object.keys(badColour.body.error.fields ?? {})).toEqual(['color']);

    // A patch replaces the set; renaming and deleting a label show on the task.
    const patched = await client.patch<WithNext>(`/api/tasks/${tagged.body.task.id}`, { labels: ['Errands', 'admin'] });
    expect(patched.body.task.labels).toEqual(['admin', 'Errands']);
    const errands = labels.body.labels.find((label) => label.name === 'Errands') as Label;
    const admin = labels.body.labels.find((label) => label.name === 'admin') as Label;
    expect((await client.patch<{ label: Label }>(`/api/labels/${errands.id}`, { name: 'Shopping', color: 'green' })).body.label).toMatchObject({
      name: 'Shopping',
      color: 'green',
    });
    expect((await client.delete(`/api/labels/${admin.id}`)).status).toBe(204);
    const after = await client.get<{ task: Task }>(`/api/tasks/${tagged.body.task.id}`);
    expect(after.body.task.labels).toEqual(['Shopping']);

    // Another person sees none of it, and may use the same names.
    const other = await signedUpClient(server.origin);
    expect((await other.patch<ErrorBody>(`/api/labels/${errands.id}`, { name: 'Mine' })).status).toBe(404);
    expect((await other.get<{ tasks: Task[] }>('/api/tasks?label=Shopping')).body.tasks).toEqual([]);
    expect((await other.post('/api/labels', { name: 'Shopping' })).status).toBe(201);
  });
});

describe('subtasks in the API', () => {
  it('lists a parent’s subtasks with its progress, and refuses a parent that is not a live task of the person', async () => {
    const client = await signedUpClient(server.origin);
    const parent = (await client.post<{ task: Task }>('/api/tasks', { title: 'Plan trip' })).body.task;
    expect(parent).toMatchObject({ parent_id: null, progress: null, labels: [] });
    const one = (await client.post<{ task: Task }>('/api/tasks', { title: 'Book train', parent_id: parent.id })).body.task;
    await client.post('/api/tasks', { title: 'Book hotel', parent_id: parent.id });
    expect(one.parent_id).toBe(parent.id);
    await client.post(`/api/tasks/${one.id}/complete`, {});

    const children = await client.get<{ tasks: Task[] }>(`/api/tasks?parent_id=${parent.id}`);
    expect(children.body.tasks.map((task) => task.title)).toEqual(['Book train', 'Book hotel']);
    expect((await client.get<{ task: Task }>(`/api/tasks/${parent.id}`)).body.task.progress).toEqual({ done: 1, total: 2 });
    const topLevel = await client.get<{ tasks: Task[] }>('/api/tasks?parent_id=none');
    expect(topLevel.body.tasks.map((task) => task.title)).toEqual(['Plan trip']);

    // A cycle is refused naming the field.
    const cycle = await client.patch<ErrorBody>(`/api/tasks/${parent.id}`, { parent_id: one.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.fields?.parent_id).toMatch(/own subtasks/);
    // So is a fourth level.
    const third = (await client.post<{ task: Task }>('/api/tasks', { title: 'Pick seats', parent_id: one.id })).body.task;
    const fourth = await client.post<ErrorBody>('/api/tasks', { title: 'Window seat', parent_id: third.id });
    expect(fourth.status).toBe(400);
    expect(fourth.body.error.fields?.parent_id).toMatch(/3 levels/);
    // A repeating task cannot be a subtask.
    const repeating = await client.post<ErrorBody>('/api/tasks', { title: 'Daily check', parent_id: parent.id, recurrence: { rrule: 'FREQ=DAILY' } });
    expect(repeating.status).toBe(400);
    expect(repeating.body.error.fields?.parent_id).toMatch(/cannot repeat/);

    const other = await signedUpClient(server.origin);
    const stranger = await other.post<ErrorBody>('/api/tasks', { title: 'Sneaky', parent_id: parent.id });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.fields).toEqual({ parent_id: 'That task does not exist' });
    expect((await other.get(`/api/tasks?parent_id=${parent.id}`)).status).toBe(404);
  });

  it('answers 409 naming open subtasks when a parent is completed, and completes them all with complete_subtasks', async () => {
    const client = await signedUpClient(server.origin);
    const parent = (await client.post<{ task: Task }>('/api/tasks', { title: 'Move house' })).body.task;
    const pack = (await client.post<{ task: Task }>('/api/tasks', { title: 'Pack', parent_id: parent.id })).body.task;
    const kitchen = (await client.post<{ task: Task }>('/api/tasks', { title: 'Pack the kitchen', parent_id: pack.id })).body.task;

    for (const attempt of [
      () => client.post<ErrorBody>(`/api/tasks/${parent.id}/complete`),
      () => client.patch<ErrorBody>(`/api/tasks/${parent.id}`, { status: 'done' }),
      () => client.post<ErrorBody>('/api/tasks/bulk', { action: 'complete', ids: [parent.id] }),
    ]) {
      const refused = await attempt();
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('conflict');
      expect(refused.body.error.message).toContain('“Pack”');
      expect(refused.body.error.message).toContain('“Pack the kitchen”');
      expect(Object.keys(refused.body.error.fields ?? {})).toEqual(['complete_subtasks']);
    }
    // Nothing changed.
    expect((await client.get<{ task: Task }>(`/api/tasks/${parent.id}`)).body.task.status).toBe('todo');

    // A batch that lists the subtasks too needs no flag.
    const batch = await client.post<{ tasks: Task[] }>('/api/tasks/bulk', { action: 'complete', ids: [pack.id, kitchen.id] });
    expect(batch.status).toBe(200);
    await client.patch(`/api/tasks/${pack.id}`, { status: 'todo' });
    await client.patch(`/api/tasks/${kitchen.id}`, { status: 'todo' });

    const done = await client.post<WithNext>(`/api/tasks/${parent.id}/complete`, { complete_subtasks: true });
    expect(done.status).toBe(200);
    expect(done.body.task).toMatchObject({ status: 'done', progress: { done: 1, total: 1 } });
    const children = await client.get<{ tasks: Task[] }>(`/api/tasks?parent_id=${pack.id}&status=done`);
    expect(children.body.tasks.map((task) => task.id)).toEqual([kitchen.id]);
  });

  it('deletes a parent with its subtasks and restores them together; a repeating parent’s next occurrence keeps the labels, not the subtasks', async () => {
    const client = await signedUpClient(server.origin);
    const parent = (await client.post<{ task: Task }>('/api/tasks', { title: 'Weekly shop', labels: ['Errands'], recurrence: { rrule: 'FREQ=WEEKLY' } })).body
      .task;
    const child = (await client.post<{ task: Task }>('/api/tasks', { title: 'Milk', parent_id: parent.id })).body.task;

    expect((await client.delete(`/api/tasks/${parent.id}`)).status).toBe(204);
    expect((await client.get(`/api/tasks/${child.id}`)).status).toBe(404);
    expect((await client.post(`/api/tasks/${parent.id}/restore`)).status).toBe(200);
    expect((await client.get<{ task: Task }>(`/api/tasks/${child.id}`)).body.task.parent_id).toBe(parent.id);

    const done = await client.post<WithNext>(`/api/tasks/${parent.id}/complete`, { complete_subtasks: true });
    expect(done.body.next_occurrence).toMatchObject({ title: 'Weekly shop', labels: ['Errands'], progress: null });
  });
});
