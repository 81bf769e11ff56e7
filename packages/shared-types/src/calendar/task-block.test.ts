import { describe, expect, it } from 'vitest';
import { taskBlockPatchSchema } from './task-block.ts';

const issues = (value: unknown) => {
  const result = taskBlockPatchSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('a block move or resize', () => {
  it('takes either time or both, as instants with an offset', () => {
    expect(taskBlockPatchSchema.parse({ start_at: '2026-03-08T09:00:00-04:00' }).start_at?.toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(issues({ end_at: '2026-03-08T10:00:00Z' })).toEqual([]);
    expect(issues({ start_at: '2026-03-08T09:00:00Z', end_at: '2026-03-08T10:00:00Z' })).toEqual([]);
  });

  it('names the field that is wrong', () => {
    expect(issues({})).toEqual(['start_at: Send start_at, end_at or both']);
    expect(issues({ start_at: '2026-03-08T10:00:00Z', end_at: '2026-03-08T10:00:00Z' })).toEqual(['end_at: Must be after start_at']);
    expect(issues({ start_at: '2026-03-08T10:00:00Z', end_at: '2026-03-09T10:15:00Z' })).toEqual(['end_at: A block lasts at most 24 hours']);
    expect(issues({ start_at: 'tomorrow' })[0]).toMatch(/^start_at: /);
    expect(issues({ start_at: '2026-03-08T10:00:00Z', task_id: '7d7b8a55-0a3e-4a55-9d7e-3b1f1f5e2c11' })).toHaveLength(1);
  });
});
