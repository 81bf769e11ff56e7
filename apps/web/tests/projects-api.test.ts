import { describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient, type ErrorBody } from './http-client.ts';
import { useWebServer } from './web-server.ts';

interface Project {
  id: string;
  name: string;
  color: string;
  status: string;
  position: number;
  archived_at: string | null;
  user_id: string;
}

const server = useWebServer();

describe('projects API', () => {
  it('creates, lists in order, reads, edits, archives and deletes a project', async () => {
    const client = await signedUpClient(server.origin);
    const created = await client.post<{ project: Project }>('/api/projects', { name: '  Garden  ', color: '#22aa55' });
    expect(created.status).toBe(201);
    expect(created.body.project).toMatchObject({ name: 'Garden', color: '#22aa55', status: 'active', archived_at: null });
    const second = await client.post<{ project: Project }>('/api/projects', { name: 'House' });
    expect(second.body.project.position).toBeGreaterThan(created.body.project.position);
    const id = created.body.project.id;

    const listed = await client.get<{ projects: Project[] }>('/api/projects');
    expect(listed.body.projects.map((p) => p.name)).toEqual(['Garden', 'House']);

    expect((await client.get<{ project: Project }>(`/api/projects/${id}`)).body.project.name).toBe('Garden');

    const edited = await client.patch<{ project: Project }>(`/api/projects/${id}`, { name: 'Vegetable garden', status: 'paused' });
    expect(edited.status).toBe(200);
    expect(edited.body.project).toMatchObject({ name: 'Vegetable garden', status: 'paused' });

    const archived = await client.patch<{ project: Project }>(`/api/projects/${id}`, { archived: true });
    expect(archived.body.project.archived_at).not.toBeNull();
    expect((await client.get<{ projects: Project[] }>('/api/projects')).body.projects.map((p) => p.name)).toEqual(['House']);
    const withArchived = await client.get<{ projects: Project[] }>('/api/projects?include_archived=true');
    expect(withArchived.body.projects).toHaveLength(2);
    const unarchived = await client.patch<{ project: Project }>(`/api/projects/${id}`, { archived: false });
    expect(unarchived.body.project.archived_at).toBeNull();

    expect((await client.delete(`/api/projects/${id}`)).status).toBe(204);
    expect((await client.get(`/api/projects/${id}`)).status).toBe(404);
    expect((await client.delete(`/api/projects/${id}`)).status).toBe(404);
  });

  it('restores a deleted project with the tasks deleted along with it, but not ones deleted before', async () => {
    const client = await signedUpClient(server.origin);
    const { body } = await client.post<{ project: Project }>('/api/projects', { name: 'Trip' });
    const id = body.project.id;
    const kept = await client.post<{ task: { id: string } }>('/api/tasks', { title: 'Book train', project_id: id });
    const earlier = await client.post<{ task: { id: string } }>('/api/tasks', { title: 'Old idea', project_id: id });
    await client.delete(`/api/tasks/${earlier.body.task.id}`);
    await client.delete(`/api/projects/${id}`);
    expect((await client.get(`/api/tasks/${kept.body.task.id}`)).status).toBe(404);

    const restored = await client.post<{ project: Project }>(`/api/projects/${id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.project.name).toBe('Trip');
    expect((await client.get(`/api/tasks/${kept.body.task.id}`)).status).toBe(200);
    expect((await client.get(`/api/tasks/${earlier.body.task.id}`)).status).toBe(404);
    expect((await client.post(`/api/projects/${id}/restore`)).status).toBe(404);
  });

  it('answers 400 naming each bad field on create and patch', async () => {
    const client = await signedUpClient(server.origin);
    const bad = await client.post<ErrorBody>('/api/projects', { name: ' ', color: 'red', user_id: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(Object.keys(bad.body.error.fields ?? {}).toSorted()).toEqual(['color', 'name', 'user_id']);

    const { body } = await client.post<{ project: Project }>('/api/projects', { name: 'Ok' });
    const badPatch = await client.patch<ErrorBody>(`/api/projects/${body.project.id}`, { status: 'archived', archived: 'yes' });
    expect(badPatch.status).toBe(400);
    expect(Object.keys(badPatch.body.error.fields ?? {}).toSorted()).toEqual(['archived', 'status']);
  });

  it('answers 401 without a session and 404 for an id that does not exist or is not a uuid', async () => {
    const client = await signedUpClient(server.origin);
    expect((await new HttpClient(server.origin).get<ErrorBody>('/api/projects')).status).toBe(401);
    expect((await new HttpClient(server.origin).post<ErrorBody>('/api/projects', { name: 'x' })).status).toBe(401);
    expect((await client.get('/api/projects/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const malformed = await client.get<ErrorBody>('/api/projects/not-a-uuid');
    expect(malformed.status).toBe(404);
    // No route serves it, and still the answer is the API's error format, not the HTML error page.
    expect(malformed.body.error.code).toBe('not_found');
    expect((await client.delete<ErrorBody>('/api/projects/not-a-uuid/anything')).body.error.code).toBe('not_found');
  });

  it("gives user B a 404 on every one of user A's projects", async () => {
    const alice = await signedUpClient(server.origin);
    const bob = await signedUpClient(server.origin);
    const { body } = await alice.post<{ project: Project }>('/api/projects', { name: 'Secret' });
    const path = `/api/projects/${body.project.id}`;
    for (const response of [
      await bob.get<ErrorBody>(path),
      await bob.patch<ErrorBody>(path, { name: 'Mine now' }),
      await bob.delete<ErrorBody>(path),
      await bob.post<ErrorBody>(`${path}/restore`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect((await bob.get<{ projects: Project[] }>('/api/projects')).body.projects).toEqual([]);
    expect((await alice.get<{ project: Project }>(path)).body.project.name).toBe('Secret');
    // Undo of a deletion is A's alone too.
    expect((await alice.delete(path)).status).toBe(204);
    expect((await bob.post<ErrorBody>(`${path}/restore`)).status).toBe(404);
    expect((await alice.post(`${path}/restore`)).status).toBe(200);
  });
});
