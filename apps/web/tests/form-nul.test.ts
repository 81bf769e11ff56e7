import { describe, expect, it } from 'vitest';
import { signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

const server = useWebServer();

// PostgreSQL text cannot hold U+0000: a form field carrying one reached the database and came
// back as a 500 from whichever action read it. The JSON API refuses it per field; forms did not.
describe('form posts with a NUL character', () => {
  it.each([
    ['/tasks?/createTask', { title: 'buy\u0000milk' }, 'title'],
    ['/projects?/createProject', { name: 'Gar\u0000den' }, 'name'],
    ['/settings?/createToken', { name: 'script\u0000', scope: 'read' }, 'name'],
  ])('%s is refused with a 400 naming the field, and nothing is written', async (path, form, field) => {
    const client = await signedUpClient(server.origin);
    const before = await client.get<{ tasks?: unknown[]; projects?: unknown[] }>(path.startsWith('/tasks') ? '/api/tasks' : '/api/projects');

    const plain = await client.request<string>('POST', path, { form });
    expect(plain.status).toBe(400);
    expect(plain.body).toContain(`Remove the invisible NUL character from ${field}`);

    const enhanced = await client.request<{ type: string; error: { message: string } }>('POST', path, {
      form,
      headers: { 'x-sveltekit-action': 'true', accept: 'application/json' },
    });
    expect(enhanced.status).toBe(400);
    expect(enhanced.body).toEqual({ type: 'error', error: { message: `Remove the invisible NUL character from ${field}: it cannot be saved.` } });

    const after = await client.get(path.startsWith('/tasks') ? '/api/tasks' : '/api/projects');
    expect(after.body).toEqual(before.body);
  });

  it('still lets the same forms through without one', async () => {
    const client = await signedUpClient(server.origin);
    const created = await client.request<string>('POST', '/tasks?/createTask', { form: { title: 'buy milk' } });
    expect(created.status).toBe(200);
    const tasks = await client.get<{ tasks: { title: string }[] }>('/api/tasks');
    expect(tasks.body.tasks.map((task) => task.title)).toContain('buy milk');
  });
});
