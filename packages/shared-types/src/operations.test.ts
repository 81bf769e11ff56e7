import { describe, expect, it } from 'vitest';
import { isSuggestion, operationSchema, operationsDocumentSchema } from './operations.ts';

describe('operation schema', () => {
  it('fills omitted nullable fields of create_task with null', () => {
    expect(operationSchema.parse({ op: 'create_task', ref: 't1', title: 'Call the dentist' })).toEqual({
      op: 'create_task',
      ref: 't1',
      title: 'Call the dentist',
      project_ref: null,
      project_id: null,
      due_date: null,
      start_at: null,
      duration_minutes: null,
      priority: null,
      notes: null,
    });
  });

  it('names the field and the problem for bad values', () => {
    const result = operationSchema.safeParse({ op: 'create_task', ref: 'x', title: ' ', due_date: '2026-13-40' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['ref', 'title', 'due_date']));
  });

  it('rejects an unknown op, unknown fields and empty updates', () => {
    expect(operationSchema.safeParse({ op: 'delete_everything' }).success).toBe(false);
    expect(operationSchema.safeParse({ op: 'create_project', ref: 'p1', name: 'Home', colour: 'red' }).success).toBe(false);
    const taskId = '0b6f7c9e-8a51-4a43-9d7a-3f5c2e1d0a11';
    expect(operationSchema.safeParse({ op: 'update_task', task_id: taskId, changes: {} }).success).toBe(false);
    expect(operationSchema.safeParse({ op: 'update_task', task_id: taskId, changes: { due_date: '2026-12-04' } }).success).toBe(true);
  });

  it('accepts a whole document and refuses extra top-level keys', () => {
    const document = { operations: [{ op: 'create_project', ref: 'p1', name: 'Garden' }, { op: 'create_task', ref: 't1', title: 'Buy seeds', project_ref: 'p1' }] };
    expect(operationsDocumentSchema.parse(document).operations).toHaveLength(2);
    expect(operationsDocumentSchema.safeParse({ ...document, notes: 'x' }).success).toBe(false);
  });

  it('takes an optional confidence between 0 and 1; below one half an operation is a suggestion', () => {
    const withConfidence = operationSchema.parse({ op: 'create_task', ref: 't1', title: 'Call the dentist', confidence: 0.3 });
    expect(withConfidence).toMatchObject({ confidence: 0.3 });
    expect(isSuggestion(withConfidence)).toBe(true);
    expect(isSuggestion(operationSchema.parse({ op: 'create_project', ref: 'p1', name: 'Home', confidence: 0.5 }))).toBe(false);
    const withoutConfidence = operationSchema.parse({ op: 'create_task', ref: 't1', title: 'Call the dentist' });
    expect('confidence' in withoutConfidence).toBe(false);
    expect(isSuggestion(withoutConfidence)).toBe(false);
    const taskId = '0b6f7c9e-8a51-4a43-9d7a-3f5c2e1d0a11';
    const update = { op: 'update_task', task_id: taskId, changes: { status: 'done' }, confidence: 1.5 };
    expect(operationSchema.safeParse(update).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['confidence']);
  });
});
