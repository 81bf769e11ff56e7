import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient } from '../../../tests/http-client.ts';
import { startWebServer, type WebServer } from '../../../tests/web-server.ts';

// The app pages and their form actions over plain HTTP, as a browser without JavaScript
// would use them: redirects for visitors who may not be there, and 404 for anything not theirs.

let server: WebServer;

beforeAll(async () => {
  server = await startWebServer();
});

afterAll(() => server?.stop());

interface Created {
  task: { id: string; status: string; title: string };
  project: { id: string; name: string };
}

async function seed(client: HttpClient): Promise<Created> {
  const project = await client.post<{ project: { id: string; name: string } }>('/api/projects', { name: 'Private project' });
  const task = await client.post<{ task: { id: string; status: string; title: string } }>('/api/tasks', {
    title: 'Private task',
    project_id: project.body.project.id,
  });
  return { project: project.body.project, task: task.body.task };
}

describe('app pages', () => {
  it('sends a signed-out visitor to sign in, keeping where they were going', async () => {
    const visitor = new HttpClient(server.origin);
    for (const path of ['/dashboard', '/projects', '/tasks?status=done']) {
      const response = await visitor.get(path);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
    const home = await visitor.get<string>('/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('Sign in');
  });

  it('sends a signed-in user who has not finished onboarding there first, and an onboarded one from home to the dashboard', async () => {
    const fresh = await signedUpClient(server.origin, { onboard: false });
    const dashboard = await fresh.get('/dashboard');
    expect(dashboard.status).toBe(303);
    expect(dashboard.headers.get('location')).toBe('/onboarding');

    const onboarded = await signedUpClient(server.origin);
    const home = await onboarded.get('/');
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/dashboard');
    const page = await onboarded.request<string>('GET', '/dashboard', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Nothing due today');
  });

  it("shows a task's page with its priority chosen in the edit form, for a browser without JavaScript", async () => {
    const client = await signedUpClient(server.origin);
    const created = await client.post<{ task: { id: string } }>('/api/tasks', { title: 'Prioritised', priority: 'medium' });
    const page = await client.request<string>('GET', `/tasks/${created.body.task.id}`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const picker = /<select id="priority"[^>]*>([\s\S]*?)<\/select>/.exec(page.body)?.[1] ?? '';
    const options = [...picker.matchAll(/<option value="([^"]*)"( selected(?:="")?)?>([^<]*)<\/option>/g)].map(
      ([, value, selected, label]) => ({ value, label, selected: selected !== undefined }),
    );
    expect(options).toEqual([
      { value: '', label: 'None', selected: false },
      { value: 'low', label: 'Low', selected: false },
      { value: 'medium', label: 'Medium', selected: true },
      { value: 'high', label: 'High', selected: false },
    ]);
  });

  it("answers 404 to another user's project and task pages and changes nothing through their forms", async () => {
    const [owner, intruder] = await Promise.all([signedUpClient(server.origin), signedUpClient(server.origin)]);
    const { project, task } = await seed(owner);

    expect((await intruder.get(`/projects/${project.id}`)).status).toBe(404);
    expect((await intruder.get(`/tasks/${task.id}`)).status).toBe(404);
    expect((await owner.get(`/projects/${project.id}`)).status).toBe(200);

    const attempts: [string, Record<string, string | string[]>][] = [
      ['/tasks?/toggleTask', { id: task.id, status: 'done' }],
      ['/tasks?/deleteTask', { id: task.id }],
      ['/tasks?/reorderTasks', { ids: [task.id] }],
      ['/tasks?/bulkTasks', { ids: [task.id], operation: 'delete' }],
      [`/tasks/${task.id}?/updateTask`, { id: task.id, title: 'Taken over' }],
      ['/projects?/updateProject', { id: project.id, name: 'Taken over' }],
      ['/projects?/archiveProject', { id: project.id }],
      ['/projects?/deleteProject', { id: project.id }],
    ];
    for (const [path, form] of attempts) {
      const response = await intruder.request<string>('POST', path, { form });
      expect(response.status, path).toBe(404);
    }
    // A task cannot be filed under someone else's project.
    const filed = await intruder.request<string>('POST', '/tasks?/createTask', { form: { title: 'Mine', project_id: project.id } });
    expect(filed.status).toBe(400);
    expect(filed.body).toContain('That project does not exist');

    const after = await owner.get<{ task: Created['task'] }>(`/api/tasks/${task.id}`);
    expect(after.body.task).toMatchObject({ title: 'Private task', status: 'todo' });
    const ownProject = await owner.get<{ project: Created['project'] & { archived_at: unknown } }>(`/api/projects/${project.id}`);
    expect(ownProject.body.project).toMatchObject({ name: 'Private project', archived_at: null });
  });

  it('shows validation errors next to the field and keeps what was typed', async () => {
    const client = await signedUpClient(server.origin);
    const response = await client.request<string>('POST', '/projects?/createProject', { form: { name: '   ', color: 'blue' } });
    expect(response.status).toBe(400);
    expect(response.body).toMatch(/<p class="field-error" id="project-name-error">[^<]+<\/p>/);
    expect(response.body).toMatch(/<p class="field-error" id="project-color-error">Enter a colour as # and six hex digits, like #64748b<\/p>/);

    const edit = await seed(client);
    const refused = await client.request<string>('POST', `/tasks/${edit.task.id}?/updateTask`, {
      form: { id: edit.task.id, title: 'Still here', duration_minutes: '5000', start_at: 'soon' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('id="start-error">Enter a date and time</p>');
    expect(refused.body).toContain('value="Still here"');
  });

  it('remembers a theme chosen without JavaScript and goes back only to a path on this site', async () => {
    const client = await signedUpClient(server.origin);
    const chosen = await client.request('POST', '/theme', { form: { theme: 'dark', back: '/tasks?status=done' } });
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get('location')).toBe('/tasks?status=done');
    const cookie = chosen.headers.getSetCookie().find((line) => line.startsWith('ordo_theme='));
    expect(cookie).toMatch(/^ordo_theme=dark;/);

    // The client keeps only the session cookie; send the theme cookie beside it as a browser would.
    client.cookie = `${client.cookie}; ordo_theme=dark`;
    const page = await client.request<string>('GET', '/dashboard', { headers: { accept: 'text/html' } });
    expect(page.body).toContain('data-theme="dark"');

    const offsite = await client.request('POST', '/theme', { form: { theme: 'nonsense', back: '//evil.example/' } });
    expect(offsite.headers.get('location')).toBe('/dashboard');
    expect(offsite.headers.getSetCookie().find((line) => line.startsWith('ordo_theme='))).toMatch(/^ordo_theme=system;/);
  });
});
