import { describe, expect, it } from 'vitest';
import { type ErrorBody, HttpClient, signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// People are onboarded in Europe/Paris (signedUpClient): CEST (+02:00) in June.

interface Reminder {
  id: string;
  task_id: string;
  anchor: string;
  offset_minutes: number;
  days_before: number;
  local_time: string | null;
  at: string | null;
  channels: string[];
  fire_at: string | null;
  state: string;
  fired_at: string | null;
}

const server = useWebServer();

async function newTask(client: HttpClient, fields: Record<string, unknown> = {}): Promise<string> {
  const created = await client.post<{ task: { id: string } }>('/api/tasks', {
    title: 'Call the bank',
    start_at: '2026-06-10T10:00:00Z',
    due_date: '2026-06-10',
    ...fields,
  });
  expect(created.status).toBe(201);
  return created.body.task.id;
}

const remindersOf = async (client: HttpClient, taskId: string) =>
  (await client.get<{ reminders: Reminder[] }>(`/api/tasks/${taskId}/reminders`)).body.reminders;

describe('task reminders API', () => {
  it('adds reminders of each anchor with their fire_at, lists, edits and removes them', async () => {
    const client = await signedUpClient(server.origin);
    const taskId = await newTask(client);
    const base = `/api/tasks/${taskId}/reminders`;

    const start = await client.post<{ reminder: Reminder }>(base, { anchor: 'start', offset_minutes: 30, channels: ['push', 'sms'] });
    expect(start.status).toBe(201);
    expect(start.body.reminder).toMatchObject({
      task_id: taskId,
      anchor: 'start',
      offset_minutes: 30,
      channels: ['push', 'sms'],
      fire_at: '2026-06-10T09:30:00.000Z',
      state: 'scheduled',
      fired_at: null,
    });
    // 09:00 in Paris; the end of the due day is midnight in Paris.
    const dueDay = await client.post<{ reminder: Reminder }>(base, { anchor: 'due_day', local_time: '09:00' });
    expect(dueDay.body.reminder).toMatchObject({ fire_at: '2026-06-10T07:00:00.000Z', channels: ['push'], local_time: '09:00' });
    const due = await client.post<{ reminder: Reminder }>(base, { anchor: 'due', offset_minutes: 60 });
    expect(due.body.reminder.fire_at).toBe('2026-06-10T21:00:00.000Z');
    const absolute = await client.post<{ reminder: Reminder }>(base, { anchor: 'absolute', at: '2026-06-09T18:00:00+02:00', channels: ['email'] });
    expect(absolute.body.reminder).toMatchObject({ at: '2026-06-09T16:00:00.000Z', fire_at: '2026-06-09T16:00:00.000Z' });

    // Next to fire first.
    expect((await remindersOf(client, taskId)).map((reminder) => reminder.anchor)).toEqual(['absolute', 'due_day', 'start', 'due']);

    const edited = await client.patch<{ reminder: Reminder }>(`${base}/${start.body.reminder.id}`, { offset_minutes: 15 });
    expect(edited.status).toBe(200);
    expect(edited.body.reminder).toMatchObject({ offset_minutes: 15, fire_at: '2026-06-10T09:45:00.000Z', channels: ['push', 'sms'] });
    const reanchored = await client.patch<{ reminder: Reminder }>(`${base}/${start.body.reminder.id}`, {
      anchor: 'due_day',
      local_time: '08:00',
      days_before: 1,
    });
    expect(reanchored.body.reminder).toMatchObject({ anchor: 'due_day', offset_minutes: 0, days_before: 1, fire_at: '2026-06-09T06:00:00.000Z' });

    // The task's own JSON lists them too.
    const read = await client.get<{ reminders: Reminder[] }>(`/api/tasks/${taskId}`);
    expect(read.body.reminders.map((reminder) => reminder.id)).toEqual((await remindersOf(client, taskId)).map((reminder) => reminder.id));

    expect((await client.delete(`${base}/${due.body.reminder.id}`)).status).toBe(204);
    expect((await client.delete(`${base}/${due.body.reminder.id}`)).status).toBe(404);
    expect(await remindersOf(client, taskId)).toHaveLength(3);
  });

  it('moves reminders with the task, and makes them inactive while it is done or deleted', async () => {
    const client = await signedUpClient(server.origin);
    const taskId = await newTask(client);
    const base = `/api/tasks/${taskId}/reminders`;
    const created = await client.post<{ reminder: Reminder }>(base, { anchor: 'start', offset_minutes: 30 });
    const id = created.body.reminder.id;
    const current = async () => (await remindersOf(client, taskId)).find((reminder) => reminder.id === id);

    await client.patch(`/api/tasks/${taskId}`, { start_at: '2026-06-11T15:00:00+02:00' });
    expect(await current()).toMatchObject({ fire_at: '2026-06-11T12:30:00.000Z', state: 'scheduled' });
    await client.patch(`/api/tasks/${taskId}`, { status: 'done' });
    expect(await current()).toMatchObject({ fire_at: null, state: 'inactive' });
    await client.post('/api/tasks/bulk', { action: 'reopen', ids: [taskId] });
    expect(await current()).toMatchObject({ fire_at: '2026-06-11T12:30:00.000Z', state: 'scheduled' });
    // A timezone change moves wall-clock anchors only.
    const dueDay = await client.post<{ reminder: Reminder }>(base, { anchor: 'due_day', local_time: '09:00' });
    await client.patch('/api/me', { timezone: 'America/New_York' });
    expect((await remindersOf(client, taskId)).find((reminder) => reminder.id === dueDay.body.reminder.id)?.fire_at).toBe('2026-06-10T13:00:00.000Z');
    expect((await current())?.fire_at).toBe('2026-06-11T12:30:00.000Z');

    expect((await client.delete(`/api/tasks/${taskId}`)).status).toBe(204);
    expect((await client.get(base)).status).toBe(404);
    await client.post(`/api/tasks/${taskId}/restore`);
    expect(await current()).toMatchObject({ state: 'scheduled' });
  });

  it('answers 400 naming each bad field, and caps reminders at 10 a task', async () => {
    const client = await signedUpClient(server.origin);
    const taskId = await newTask(client);
    const base = `/api/tasks/${taskId}/reminders`;
    const bad = await client.post<ErrorBody>(base, { anchor: 'due_day', offset_minutes: -5, channels: ['pigeon'], colour: 'red' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(Object.keys(bad.body.error.fields ?? {}).toSorted()).toEqual(['channels.0', 'colour', 'offset_minutes']);
    const noTime = await client.post<ErrorBody>(base, { anchor: 'absolute' });
    expect(noTime.body.error.fields).toEqual({ at: 'Enter a date and time' });
    const noAnchor = await client.post<ErrorBody>(base, { offset_minutes: 5 });
    expect(Object.keys(noAnchor.body.error.fields ?? {})).toEqual(['anchor']);

    const first = await client.post<{ reminder: Reminder }>(base, { anchor: 'start' });
    const reanchored = await client.patch<ErrorBody>(`${base}/${first.body.reminder.id}`, { anchor: 'absolute' });
    expect(reanchored.status).toBe(400);
    expect(reanchored.body.error.fields).toEqual({ at: 'Enter a date and time' });

    for (let i = 1; i < 10; i += 1) expect((await client.post(base, { anchor: 'start', offset_minutes: i })).status).toBe(201);
    const over = await client.post<ErrorBody>(base, { anchor: 'start', offset_minutes: 99 });
    expect(over.status).toBe(400);
    expect(over.body.error.fields).toEqual({ reminders: 'A task can have at most 10 reminders' });
    expect(await remindersOf(client, taskId)).toHaveLength(10);
  });

  it('keeps reminders to their owner (404 to anyone else) and refuses writes with a read token', async () => {
    const owner = await signedUpClient(server.origin);
    const other = await signedUpClient(server.origin);
    const taskId = await newTask(owner);
    const base = `/api/tasks/${taskId}/reminders`;
    const created = await owner.post<{ reminder: Reminder }>(base, { anchor: 'start' });
    const path = `${base}/${created.body.reminder.id}`;

    expect((await other.get(base)).status).toBe(404);
    expect((await other.post(base, { anchor: 'start' })).status).toBe(404);
    expect((await other.patch(path, { offset_minutes: 5 })).status).toBe(404);
    expect((await other.delete(path)).status).toBe(404);
    // Someone else's reminder under one's own task is not found either.
    const otherTask = await newTask(other);
    expect((await other.patch(`/api/tasks/${otherTask}/reminders/${created.body.reminder.id}`, { offset_minutes: 5 })).status).toBe(404);
    expect((await other.delete(`/api/tasks/${otherTask}/reminders/${created.body.reminder.id}`)).status).toBe(404);
    expect(await remindersOf(owner, taskId)).toEqual([expect.objectContaining({ offset_minutes: 0 })]);

    const minted = await owner.request<string>('POST', '/settings?/createToken', { form: { name: 'reader', scope: 'read' } });
    const token = /ordo_pat_[A-Za-z0-9_-]{43}/.exec(minted.body)?.[0];
    expect(token).toBeDefined();
    const reader = new HttpClient(server.origin);
    reader.bearer = token as string;
    expect((await reader.get(base)).status).toBe(200);
    expect((await reader.post(base, { anchor: 'start' })).status).toBe(403);
    expect((await reader.delete(path)).status).toBe(403);
    expect((await new HttpClient(server.origin).get(base)).status).toBe(401);
  });

  it('adds and removes reminders through the task page’s forms without JavaScript, refusals naming the field', async () => {
    const client = await signedUpClient(server.origin);
    const taskId = await newTask(client);
    const page = `/tasks/${taskId}`;
    const added = await client.request<string>('POST', `${page}?/addReminder`, { form: { preset: 'due_day_0900', channels: ['push', 'sms'] } });
    expect(added.status).toBe(200);
    expect(added.body).toContain('At 09:00 on the due day');
    const [reminder] = await remindersOf(client, taskId);
    expect(reminder).toMatchObject({ anchor: 'due_day', local_time: '09:00', channels: ['push', 'sms'], fire_at: '2026-06-10T07:00:00.000Z' });

    // A custom time is on the person's clock (Paris).
    await client.request('POST', `${page}?/addReminder`, { form: { preset: 'custom', at_local: '2026-06-09T20:15', channels: 'email' } });
    expect((await remindersOf(client, taskId)).map((row) => row.fire_at)).toEqual(['2026-06-09T18:15:00.000Z', '2026-06-10T07:00:00.000Z']);

    const noTime = await client.request<string>('POST', `${page}?/addReminder`, { form: { preset: 'custom', channels: 'push' } });
    expect(noTime.status).toBe(400);
    expect(noTime.body).toContain('Enter a date and time');
    const noChannel = await client.request<string>('POST', `${page}?/addReminder`, { form: { preset: 'at_start' } });
    expect(noChannel.status).toBe(400);
    expect(noChannel.body).toContain('Choose at least one channel');
    expect(await remindersOf(client, taskId)).toHaveLength(2);

    const removed = await client.request('POST', `${page}?/removeReminder`, { form: { reminder_id: reminder?.id as string } });
    expect(removed.status).toBe(200);
    expect(await remindersOf(client, taskId)).toHaveLength(1);
    // Someone else's page and reminders are not there to change.
    const other = await signedUpClient(server.origin);
    const [left] = await remindersOf(client, taskId);
    expect((await other.request('POST', `${page}?/removeReminder`, { form: { reminder_id: left?.id as string } })).status).toBe(404);
    expect((await other.request('POST', `${page}?/addReminder`, { form: { preset: 'at_start', channels: 'push' } })).status).toBe(404);
    expect(await remindersOf(client, taskId)).toHaveLength(1);
  });
});
