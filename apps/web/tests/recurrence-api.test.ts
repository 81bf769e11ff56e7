import { describe, expect, it } from 'vitest';
import { type ErrorBody, signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// Repeating tasks and deadlines through the JSON API, over real HTTP. Dates are in 2030, so the
// rule's "not before today" never moves them.

interface Task {
  id: string;
  title: string;
  status: string;
  due_date: string | null;
  start_at: string | null;
  deadline: string | null;
  recurrence: { rrule: string; from_completion: boolean } | null;
  recurrence_series_id: string | null;
}
interface WithNext {
  task: Task;
  next_occurrence: Task | null;
}

const server = useWebServer();

describe('repeating tasks in the API', () => {
  it('carries deadline and recurrence in the issue shape, and completing makes the next occurrence once', async () => {
    const client = await signedUpClient(server.origin);
    const created = await client.post<{ task: Task }>('/api/tasks', {
      title: 'Team review',
      due_date: '2030-06-10',
      deadline: '2030-06-11',
      // 09:00 in Paris (CEST).
      start_at: '2030-06-10T07:00:00Z',
      recurrence: { rrule: 'rrule:freq=weekly;byday=mo' },
    });
    expect(created.status).toBe(201);
    const task = created.body.task;
    expect(task).toMatchObject({ deadline: '2030-06-11', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO', from_completion: false } });
    expect(Object.keys(task)).not.toContain('recurrence_rule');

    // Two tabs complete it at once: one next occurrence, which both answers name.
    const [a, b] = await Promise.all([
      client.post<WithNext>(`/api/tasks/${task.id}/complete`, {}),
      client.post<WithNext>(`/api/tasks/${task.id}/complete`, {}),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.next_occurrence?.id).toBe(b.body.next_occurrence?.id);
    expect(a.body.next_occurrence).toMatchObject({
      title: 'Team review',
      status: 'todo',
      due_date: '2030-06-17',
      start_at: '2030-06-17T07:00:00.000Z',
      deadline: '2030-06-18',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO', from_completion: false },
      recurrence_series_id: task.recurrence_series_id,
    });
    const open = await client.get<{ tasks: Task[] }>('/api/tasks?status=todo');
    expect(open.body.tasks.filter((row) => row.title === 'Team review').map((row) => row.due_date)).toEqual(['2030-06-17']);
  });

  it("edits 'this' occurrence or 'future' ones, skips one, and completes by PATCH", async () => {
    const client = await signedUpClient(server.origin);
    const created = await client.post<{ task: Task }>('/api/tasks', {
      title: 'Water plants',
      due_date: '2030-03-01',
      recurrence: { rrule: 'FREQ=DAILY;INTERVAL=2' },
    });
    const first = created.body.task;
    const thisOnly = await client.patch<WithNext>(`/api/tasks/${first.id}`, { title: 'Water plants (balcony too)', due_date: '2030-03-02' });
    expect(thisOnly.status).toBe(200);
    const done = await client.patch<WithNext>(`/api/tasks/${first.id}`, { status: 'done' });
    // The series' title, two days after the rule's day (not after the day it was moved to).
    expect(done.body.next_occurrence).toMatchObject({ title: 'Water plants', due_date: '2030-03-03' });

    const second = done.body.next_occurrence as Task;
    const future = await client.patch<WithNext>(`/api/tasks/${second.id}`, { title: 'Water all plants', recurrence_scope: 'future' });
    expect(future.body.task.title).toBe('Water all plants');
    const skipped = await client.post<WithNext>(`/api/tasks/${second.id}/skip`, {});
    expect(skipped.status).toBe(200);
    expect(skipped.body.task.status).toBe('cancelled');
    expect(skipped.body.next_occurrence).toMatchObject({ title: 'Water all plants', due_date: '2030-03-05' });
    const again = await client.post<ErrorBody>(`/api/tasks/${second.id}/skip`, {});
    expect(again.status).toBe(409);

    const stopped = await client.patch<WithNext>(`/api/tasks/${skipped.body.next_occurrence?.id}`, { recurrence: null });
    expect(stopped.body.task.recurrence).toBeNull();
    const last = await client.post<WithNext>(`/api/tasks/${stopped.body.task.id}/complete`, {});
    expect(last.body.next_occurrence).toBeNull();
  });

  it('answers 400 naming recurrence.rrule, recurrence_scope or deadline, and 409 for skipping a one-off task', async () => {
    const client = await signedUpClient(server.origin);
    const refused = async (body: Record<string, unknown>) => {
      const response = await client.post<ErrorBody>('/api/tasks', { title: 'x', due_date: '2030-01-10', ...body });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      return response.body.error.fields ?? {};
    };
    expect((await refused({ recurrence: { rrule: 'FREQ=HOURLY' } }))['recurrence.rrule']).toMatch(/within a day/);
    expect((await refused({ recurrence: { rrule: 'FREQ=DAILY;COUNT=5000' } }))['recurrence.rrule']).toMatch(/COUNT/);
    expect((await refused({ recurrence: { rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' } }))['recurrence.rrule']).toBe('This rule never produces a date');
    expect((await refused({ recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO', from_completion: true } }))['recurrence.rrule']).toMatch(/not BYDAY/);
    expect((await refused({ recurrence: { rrule: 'FREQ=DAILY;UNTIL=20300101' } }))['recurrence.rrule']).toMatch(/UNTIL is before/);
    expect(Object.keys(await refused({ deadline: '10/01/2030' }))).toEqual(['deadline']);

    const plain = await client.post<{ task: Task }>('/api/tasks', { title: 'once' });
    expect((await client.patch<ErrorBody>(`/api/tasks/${plain.body.task.id}`, { recurrence_scope: 'sometimes' })).body.error.fields).toHaveProperty(
      'recurrence_scope',
    );
    const skip = await client.post<ErrorBody>(`/api/tasks/${plain.body.task.id}/skip`, {});
    expect(skip.status).toBe(409);
    expect(skip.body.error.code).toBe('conflict');
  });
});
