import { calendarDay } from '@ordo/shared-types';
import { describe, expect, it } from 'vitest';
import { type ErrorBody, signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// Saved filters and search through the JSON API, over real HTTP against the built app.

interface SavedFilter {
  id: string;
  name: string;
  query: string;
  position: number;
}
interface Task {
  id: string;
  title: string;
}
interface TaskPage {
  tasks: Task[];
  next_cursor: string | null;
}

const server = useWebServer();
const titles = (page: TaskPage) => page.tasks.map((task) => task.title);

describe('saved filters in the API', () => {
  it('creates, lists in order, reads, renames, changes and deletes a filter', async () => {
    const client = await signedUpClient(server.origin);
    const first = await client.post<{ filter: SavedFilter }>('/api/filters', { name: '  Urgent  ', query: ' p1 & !done ' });
    expect(first.status).toBe(201);
    expect(first.body.filter).toMatchObject({ name: 'Urgent', query: 'p1 & !done', position: 1 });
    const second = await client.post<{ filter: SavedFilter }>('/api/filters', { name: 'Work today', query: '#Work & today' });
    expect(second.body.filter.position).toBe(2);
    const early = await client.post<{ filter: SavedFilter }>('/api/filters', { name: 'Inbox', query: 'inbox', position: 0.5 });

    const listed = await client.get<{ filters: SavedFilter[] }>('/api/filters');
    expect(listed.body.filters.map((filter) => filter.name)).toEqual(['Inbox', 'Urgent', 'Work today']);
    expect((await client.get<{ filter: SavedFilter }>(`/api/filters/${second.body.filter.id}`)).body.filter.query).toBe('#Work & today');

    const renamed = await client.patch<{ filter: SavedFilter }>(`/api/filters/${second.body.filter.id}`, { name: 'Work', query: '#Work & (today | overdue)' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.filter).toMatchObject({ name: 'Work', query: '#Work & (today | overdue)' });

    const duplicate = await client.post<ErrorBody>('/api/filters', { name: 'WORK', query: 'today' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error).toMatchObject({ code: 'validation_failed', fields: { name: 'You already have a filter named “WORK”' } });

    expect((await client.delete(`/api/filters/${early.body.filter.id}`)).status).toBe(204);
    expect((await client.delete(`/api/filters/${early.body.filter.id}`)).status).toBe(404);
    expect((await client.get(`/api/filters/${early.body.filter.id}`)).status).toBe(404);
    expect((await client.get<{ filters: SavedFilter[] }>('/api/filters')).body.filters.map((filter) => filter.name)).toEqual(['Urgent', 'Work']);
  });

  it('refuses filter text that does not parse, naming the field and the position', async () => {
    const client = await signedUpClient(server.origin);
    const cases: [string, string][] = [
      ['p1 & deadline before', "Expected a date after 'deadline before' at 20"],
      ['today p1', "Expected '&' or '|' before 'p1' at 6"],
      ['(today | overdue', "This '(' is never closed at 0"],
      ['#Work & tuesday', "Unknown filter term 'tuesday' at 8"],
    ];
    for (const [query, message] of cases) {
      const refused = await client.post<ErrorBody>('/api/filters', { name: `Bad ${query}`, query });
      expect(refused.status, query).toBe(400);
      expect(refused.body.error, query).toEqual({ code: 'validation_failed', message: 'invalid query', fields: { query: message } });
    }
    const empty = await client.post<ErrorBody>('/api/filters', { name: 'Empty', query: '   ' });
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.error.fields ?? {})).toEqual(['query']);
    const good = await client.post<{ filter: SavedFilter }>('/api/filters', { name: 'Good', query: 'today' });
    const patched = await client.patch<ErrorBody>(`/api/filters/${good.body.filter.id}`, { query: 'due after 2026-02-30' });
    expect(patched.status).toBe(400);
    expect(patched.body.error.fields).toEqual({ query: "'2026-02-30' is not a date: use YYYY-MM-DD, yesterday, today or tomorrow at 10" });
    const unknownField = await client.post<ErrorBody>('/api/filters', { name: 'Extra', query: 'today', colour: 'red' });
    expect(unknownField.status).toBe(400);
    // Nothing was stored by the refusals.
    expect((await client.get<{ filters: SavedFilter[] }>('/api/filters')).body.filters.map((filter) => filter.name)).toEqual(['Good']);
  });

  it("runs a saved filter in the person's time zone, and pages its tasks", async () => {
    const client = await signedUpClient(server.origin);
    // Kiritimati (UTC+14) and Pago Pago (UTC-11) are never on the same day.
    const aheadDay = calendarDay(new Date(), 'Pacific/Kiritimati');
    const behindDay = calendarDay(new Date(), 'Pacific/Pago_Pago');
    const { body: project } = await client.post<{ project: { id: string } }>('/api/projects', { name: 'Work' });
    await client.post('/api/tasks', { title: 'Ahead', due_date: aheadDay, priority: 'high', project_id: project.project.id, labels: ['phone'] });
    await client.post('/api/tasks', { title: 'Behind', due_date: behindDay, priority: 'high' });
    await client.post('/api/tasks', { title: 'Done ahead', due_date: aheadDay, priority: 'high', status: 'done' });
    const today = await client.post<{ filter: SavedFilter }>('/api/filters', { name: 'Today', query: 'today' });
    const run = async (id: string, query = '') => (await client.get<TaskPage>(`/api/filters/${id}/tasks${query}`)).body;

    expect((await client.patch('/api/me', { timezone: 'Pacific/Kiritimati' })).status).toBe(200);
    expect(titles(await run(today.body.filter.id))).toEqual(['Ahead']);
    expect((await client.patch('/api/me', { timezone: 'Pacific/Pago_Pago' })).status).toBe(200);
    expect(titles(await run(today.body.filter.id))).toEqual(['Behind']);

    const work = await client.post<{ filter: SavedFilter }>('/api/filters', { name: 'Work calls', query: '#work & @PHONE & p1' });
    expect(titles(await run(work.body.filter.id))).toEqual(['Ahead']);
    const everything = await client.post<{ filter: SavedFilter }>('/api/filters', { name: 'Everything', query: 'p1 & (open | done)' });
    const firstPage = await run(everything.body.filter.id, '?limit=2');
    expect(titles(firstPage)).toEqual(['Ahead', 'Behind']);
    expect(firstPage.next_cursor).not.toBeNull();
    const secondPage = await run(everything.body.filter.id, `?limit=2&cursor=${firstPage.next_cursor}`);
    expect(titles(secondPage)).toEqual(['Done ahead']);
    expect(secondPage.next_cursor).toBeNull();
    const badCursor = await client.get<ErrorBody>(`/api/filters/${everything.body.filter.id}/tasks?cursor=nonsense`);
    expect(badCursor.status).toBe(400);
    expect(Object.keys(badCursor.body.error.fields ?? {})).toEqual(['cursor']);
  });

  it("keeps each person's filters and tasks their own", async () => {
    const alice = await signedUpClient(server.origin);
    const bob = await signedUpClient(server.origin);
    await alice.post('/api/tasks', { title: 'Alice secret', priority: 'high' });
    await bob.post('/api/tasks', { title: 'Bob task', priority: 'high' });
    const alices = await alice.post<{ filter: SavedFilter }>('/api/filters', { name: 'Mine', query: 'p1' });
    const path = `/api/filters/${alices.body.filter.id}`;
    expect((await bob.get(path)).status).toBe(404);
    expect((await bob.get(`${path}/tasks`)).status).toBe(404);
    expect((await bob.patch(path, { name: 'Taken' })).status).toBe(404);
    expect((await bob.delete(path)).status).toBe(404);
    expect((await bob.get<{ filters: SavedFilter[] }>('/api/filters')).body.filters).toEqual([]);
    // Bob may use the same name for a filter of his own.
    const bobs = await bob.post<{ filter: SavedFilter }>('/api/filters', { name: 'Mine', query: 'p1' });
    expect(bobs.status).toBe(201);
    expect(titles((await bob.get<TaskPage>(`/api/filters/${bobs.body.filter.id}/tasks`)).body)).toEqual(['Bob task']);
    expect(titles((await alice.get<TaskPage>(`${path}/tasks`)).body)).toEqual(['Alice secret']);
    expect((await alice.get<{ filter: SavedFilter }>(path)).body.filter.name).toBe('Mine');
  });
});

describe('search through GET /api/tasks?q=', () => {
  it('ranks title matches first, matches the last word as a prefix, pages by rank, and takes odd text', async () => {
    const client = await signedUpClient(server.origin);
    await client.post('/api/tasks', { title: 'Call the plumber', notes: 'kitchen sink leaks' });
    await client.post('/api/tasks', { title: 'Kitchen sink', notes: 'kitchen' });
    await client.post('/api/tasks', { title: 'Paint the kitchen' });
    const other = await signedUpClient(server.origin);
    await other.post('/api/tasks', { title: 'Kitchen of someone else' });

    const search = async (q: string, extra = '') => (await client.get<TaskPage>(`/api/tasks?q=${encodeURIComponent(q)}${extra}`)).body;
    expect(titles(await search('kitch'))).toEqual(['Kitchen sink', 'Paint the kitchen', 'Call the plumber']);
    expect(titles(await search('kitchen si'))).toEqual(['Kitchen sink', 'Call the plumber']);
    const first = await search('kitchen', '&limit=2');
    expect(titles(first)).toEqual(['Kitchen sink', 'Paint the kitchen']);
    const rest = await search('kitchen', `&limit=2&cursor=${first.next_cursor}`);
    expect(titles(rest)).toEqual(['Call the plumber']);
    expect(rest.next_cursor).toBeNull();
    for (const odd of ["'", '\\', 'a & | ! ( ) : *', "kitchen':*", '🎉', 'ä"ö\'ü']) {
      const answer = await client.get<TaskPage>(`/api/tasks?q=${encodeURIComponent(odd)}`);
      expect(answer.status, odd).toBe(200);
    }
    expect(titles(await search("kitchen':*"))).toEqual(['Kitchen sink', 'Paint the kitchen', 'Call the plumber']);
  });
});
