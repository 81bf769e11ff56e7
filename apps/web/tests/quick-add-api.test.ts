import { describe, expect, it } from 'vitest';
import { type ErrorBody, type HttpClient, signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// POST /api/tasks/quick-add over real HTTP against the built app and a real database. Test
// people are onboarded in Europe/Paris; dates are written out in 2030 so "today" never moves them.

interface Task {
  id: string;
  title: string;
  project_id: string | null;
  priority: string | null;
  due_date: string | null;
  start_at: string | null;
  duration_minutes: number | null;
  deadline: string | null;
  labels: string[];
  recurrence: { rrule: string; from_completion: boolean } | null;
  recurrence_series_id: string | null;
}
interface Span {
  kind: string;
  start: number;
  end: number;
  text: string;
  value: unknown;
}
interface QuickAdded {
  task: Task;
  spans: Span[];
}
interface Project {
  id: string;
  name: string;
}

const server = useWebServer();

async function projectsOf(client: HttpClient): Promise<Project[]> {
  return (await client.get<{ projects: Project[] }>('/api/projects')).body.projects;
}

async function taskTitles(client: HttpClient): Promise<string[]> {
  return (await client.get<{ tasks: Task[] }>('/api/tasks')).body.tasks.map((task) => task.title);
}

describe('quick add in the API', () => {
  it('creates the task with its time, duration, priority, new project, label, repeat and deadline, and answers with the spans', async () => {
    const client = await signedUpClient(server.origin);
    const text = 'Call mum June 10 2030 6pm for 30m p1 #Family @phone every monday deadline June 24 2030';
    const created = await client.post<QuickAdded>('/api/tasks/quick-add', { text, create_project: true });
    expect(created.status).toBe(201);
    const family = (await projectsOf(client)).find((project) => project.name === 'Family');
    expect(family).toBeDefined();
    expect(created.body.task).toMatchObject({
      title: 'Call mum',
      project_id: family?.id,
      priority: 'high',
      due_date: '2030-06-10',
      // 18:00 in Paris, summer time.
      start_at: '2030-06-10T16:00:00.000Z',
      duration_minutes: 30,
      deadline: '2030-06-24',
      labels: ['phone'],
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO', from_completion: false },
    });
    expect(created.body.task.recurrence_series_id).not.toBeNull();
    expect(created.body.spans.map((span) => [span.kind, span.text])).toEqual([
      ['date', 'June 10 2030 6pm'],
      ['duration', 'for 30m'],
      ['priority', 'p1'],
      ['project', '#Family'],
      ['label', '@phone'],
      ['recurrence', 'every monday'],
      ['deadline', 'deadline June 24 2030'],
    ]);
    for (const span of created.body.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(created.body.spans.find((span) => span.kind === 'project')?.value).toEqual({ name: 'Family', existing: false });

    // The label exists now, and the task reads back the same.
    const labels = await client.get<{ labels: { name: string }[] }>('/api/labels');
    expect(labels.body.labels.map((label) => label.name)).toEqual(['phone']);
    const read = await client.get<{ task: Task }>(`/api/tasks/${created.body.task.id}`);
    expect(read.body.task).toMatchObject({ title: 'Call mum', labels: ['phone'], deadline: '2030-06-24' });

    // Next time #family is the existing project, in any case, and a second @Phone is the same label.
    const again = await client.post<QuickAdded>('/api/tasks/quick-add', { text: 'Book flights #family @Phone every! 2 weeks' });
    expect(again.status).toBe(201);
    expect(again.body.task).toMatchObject({
      title: 'Book flights',
      project_id: family?.id,
      labels: ['phone'],
      recurrence: { rrule: 'FREQ=WEEKLY;INTERVAL=2', from_completion: true },
    });
    expect((await projectsOf(client)).filter((project) => project.name.toLowerCase() === 'family')).toHaveLength(1);
  });

  it('matches a multi-word project greedily, keeps quoted words and undone chips as text, and files into project_id by default', async () => {
    const client = await signedUpClient(server.origin);
    const reno = (await client.post<{ project: Project }>('/api/projects', { name: 'Home Reno' })).body.project;
    const garden = (await client.post<{ project: Project }>('/api/projects', { name: 'Garden' })).body.project;

    const multiWord = await client.post<QuickAdded>('/api/tasks/quick-add', { text: 'paint the hall #home reno' });
    expect(multiWord.body.task).toMatchObject({ title: 'paint the hall', project_id: reno.id });

    const quoted = await client.post<QuickAdded>('/api/tasks/quick-add', { text: 'watch "Friday night lights" June 14 2030' });
    expect(quoted.body.task).toMatchObject({ title: 'watch Friday night lights', due_date: '2030-06-14', project_id: null });

    // "p1" undone: it stays in the title and sets no priority. The default project applies.
    const text = 'call May June 3 2030 p1';
    const undone = await client.post<QuickAdded>('/api/tasks/quick-add', { text, ignore: [{ start: 21, end: 23 }], project_id: garden.id });
    expect(undone.status).toBe(201);
    expect(undone.body.task).toMatchObject({ title: 'call May p1', priority: null, due_date: '2030-06-03', project_id: garden.id });
    expect(undone.body.spans.map((span) => span.kind)).toEqual(['date']);
  });

  it('refuses a project the person does not have with a 409 naming it, creating nothing', async () => {
    const client = await signedUpClient(server.origin);
    const refused = await client.post<ErrorBody>('/api/tasks/quick-add', { text: 'plan party #Birthday @fun' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('conflict');
    expect(refused.body.error.message).toContain('Birthday');
    expect(Object.keys(refused.body.error.fields ?? {})).toEqual(['create_project']);
    expect(await taskTitles(client)).toEqual([]);
    expect(await projectsOf(client)).toEqual([]);
    expect((await client.get<{ labels: unknown[] }>('/api/labels')).body.labels).toEqual([]);
  });

  it("never matches another person's project", async () => {
    const owner = await signedUpClient(server.origin);
    const secret = (await owner.post<{ project: Project }>('/api/projects', { name: 'Secret' })).body.project;
    const other = await signedUpClient(server.origin);

    expect((await other.post<ErrorBody>('/api/tasks/quick-add', { text: 'peek #Secret' })).status).toBe(409);
    const created = await other.post<QuickAdded>('/api/tasks/quick-add', { text: 'peek #Secret', create_project: true });
    expect(created.status).toBe(201);
    expect(created.body.task.project_id).not.toBe(secret.id);
    expect((await projectsOf(other)).map((project) => project.name)).toEqual(['Secret']);
    // The owner's project has none of it.
    expect((await owner.get<{ tasks: Task[] }>(`/api/tasks?project_id=${secret.id}`)).body.tasks).toEqual([]);
    expect((await projectsOf(owner)).map((project) => project.id)).toEqual([secret.id]);
  });

  it('writes nothing when the task cannot be made: the new project goes back too', async () => {
    const client = await signedUpClient(server.origin);
    const refused = await client.post<ErrorBody>('/api/tasks/quick-add', {
      text: 'water plants June 10 2030 every day until jan 1 2029 #Balcony @garden',
      create_project: true,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields?.text).toMatch(/UNTIL/);
    expect(await projectsOf(client)).toEqual([]);
    expect(await taskTitles(client)).toEqual([]);
    expect((await client.get<{ labels: unknown[] }>('/api/labels')).body.labels).toEqual([]);
  });

  it('answers bad bodies with a 400 naming the field', async () => {
    const client = await signedUpClient(server.origin);
    const cases: [unknown, string][] = [
      [{}, 'text'],
      [{ text: 5 }, 'text'],
      [{ text: '   ' }, 'text'],
      [{ text: 'x'.repeat(1001) }, 'text'],
      // Nothing left for a title.
      [{ text: 'June 10 2030 p1' }, 'text'],
      [{ text: 'buy milk', ignore: [{ start: 3, end: 1 }] }, 'ignore.0.end'],
      [{ text: 'buy milk', ignore: [{ start: 0, end: 99 }] }, 'ignore.0.end'],
      [{ text: 'buy milk', ignore: [{ start: -1, end: 2 }] }, 'ignore.0.start'],
      [{ text: 'buy milk', ignore: 'all' }, 'ignore'],
      [{ text: 'buy milk', create_project: 'yes' }, 'create_project'],
      [{ text: 'buy milk', project_id: 'inbox' }, 'project_id'],
      [{ text: 'buy milk', title: 'buy milk' }, 'title'],
    ];
    for (const [body, field] of cases) {
      const answer = await client.post<ErrorBody>('/api/tasks/quick-add', body);
      expect({ body, status: answer.status, code: answer.body.error?.code }).toEqual({ body, status: 400, code: 'validation_failed' });
      expect(Object.keys(answer.body.error.fields ?? {})).toContain(field);
    }
    // A project id that is not one of theirs names project_id, as POST /api/tasks does.
    const other = await signedUpClient(server.origin);
    const theirs = (await other.post<{ project: Project }>('/api/projects', { name: 'Theirs' })).body.project;
    const notMine = await client.post<ErrorBody>('/api/tasks/quick-add', { text: 'buy milk', project_id: theirs.id });
    expect(notMine.status).toBe(400);
    expect(Object.keys(notMine.body.error.fields ?? {})).toEqual(['project_id']);
    expect(await taskTitles(client)).toEqual([]);
  });
});
