import { describe, expect, it } from 'vitest';
import { TASK_DURATION_MINUTES_MAX, TASK_TITLE_MAX } from './limits.ts';
import { taskInputSchema, taskResourceSchema, taskSchema, taskStatusSchema, toTaskResource } from './task.ts';

describe('taskInputSchema', () => {
  it('trims the title and accepts exactly the maximum length', () => {
    const title = 'x'.repeat(TASK_TITLE_MAX);
    expect(taskInputSchema.parse({ title: `  ${title}  ` }).title).toBe(title);
  });

  it('rejects blank and over-long titles', () => {
    expect(taskInputSchema.safeParse({ title: ' \t\n ' }).success).toBe(false);
    expect(taskInputSchema.safeParse({ title: 'x'.repeat(TASK_TITLE_MAX + 1) }).success).toBe(false);
  });

  it('keeps duration within 1..max whole minutes', () => {
    const parse = (duration_minutes: number) => taskInputSchema.safeParse({ title: 't', duration_minutes }).success;
    expect(parse(1)).toBe(true);
    expect(parse(TASK_DURATION_MINUTES_MAX)).toBe(true);
    expect(parse(0)).toBe(false);
    expect(parse(TASK_DURATION_MINUTES_MAX + 1)).toBe(false);
    expect(parse(1.5)).toBe(false);
  });

  it('refuses fields a client must not choose, such as the owner', () => {
    const result = taskInputSchema.safeParse({ title: 't', user_id: '2b7b3f7e-8d4c-4c1a-9a4e-2f0b6c1d9e11' });
    expect(result.success).toBe(false);
  });

  it('accepts only calendar dates for due_date', () => {
    expect(taskInputSchema.safeParse({ title: 't', due_date: '2026-11-30' }).success).toBe(true);
    expect(taskInputSchema.safeParse({ title: 't', due_date: '2026-11-30T10:00:00Z' }).success).toBe(false);
    expect(taskInputSchema.safeParse({ title: 't', due_date: '2026-02-30' }).success).toBe(false);
  });
});

describe('taskStatusSchema', () => {
  it('knows exactly the four statuses', () => {
    expect(taskStatusSchema.options).toEqual(['todo', 'in_progress', 'done', 'cancelled']);
    expect(taskStatusSchema.safeParse('doing').success).toBe(false);
  });
});

describe('taskSchema', () => {
  const row = {
    id: '6a0f3c52-3f43-4e6b-9a4b-0d3c1f6e2a10',
    user_id: '2b7b3f7e-8d4c-4c1a-9a4e-2f0b6c1d9e11',
    project_id: null,
    title: 'Write report',
    notes: null,
    status: 'done',
    priority: null,
    due_date: '2026-11-30',
    start_at: null,
    duration_minutes: 45,
    completed_at: new Date('2026-11-23T10:00:00Z'),
    position: 1.5,
    deleted_at: null,
    created_at: new Date('2026-11-20T08:00:00Z'),
    updated_at: new Date('2026-11-23T10:00:00Z'),
    deadline: '2026-12-02',
    recurrence_rule: 'FREQ=WEEKLY',
    recurrence_from_completion: false,
    recurrence_series_id: '0f7c1f6e-2a10-4e6b-9a4b-6a0f3c523f43',
    recurrence_anchor: '2026-11-30',
    recurrence_previous_id: null,
    parent_id: null,
  };
  const extras = {
    labels: [
      { name: 'Errands', color: 'teal' },
      { name: 'home', color: '#12ab9f' },
    ],
    progress: { done: 1, total: 2 },
  };

  it('parses a row with Date timestamps as postgres.js returns it', () => {
    expect(taskSchema.parse(row).completed_at).toEqual(new Date('2026-11-23T10:00:00Z'));
  });

  it('parses the same row with ISO string timestamps as JSON carries it', () => {
    const json = JSON.parse(JSON.stringify(row));
    expect(taskSchema.parse(json)).toEqual(taskSchema.parse(row));
  });

  it('shows the repeat as one recurrence object in the API shape, without the bookkeeping columns', () => {
    const resource = toTaskResource({ ...taskSchema.parse(row), ...extras });
    expect(resource.recurrence).toEqual({ rrule: 'FREQ=WEEKLY', from_completion: false });
    expect(resource.deadline).toBe('2026-12-02');
    expect(Object.keys(resource)).not.toContain('recurrence_rule');
    expect(Object.keys(resource)).not.toContain('recurrence_anchor');
    expect(resource).toMatchObject({ labels: ['Errands', 'home'], progress: { done: 1, total: 2 }, parent_id: null });
    expect(taskResourceSchema.parse(resource)).toEqual(resource);
    expect(toTaskResource({ ...taskSchema.parse({ ...row, recurrence_rule: null, recurrence_from_completion: null }), ...extras }).recurrence).toBeNull();
  });

  it('rejects timestamps without an offset, which would be read in local time', () => {
    expect(taskSchema.safeParse({ ...row, created_at: '2026-11-20T08:00:00' }).success).toBe(false);
  });
});
