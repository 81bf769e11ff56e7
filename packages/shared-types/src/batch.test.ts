import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BATCH_IDS_MAX, reorderInputSchema, taskBulkInputSchema } from './batch.ts';

const issuePaths = (value: unknown, schema: { safeParse: (v: unknown) => { error?: { issues: { path: PropertyKey[] }[] } } }) =>
  (schema.safeParse(value).error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('taskBulkInputSchema', () => {
  const ids = [randomUUID(), randomUUID()];

  it('takes move with a project or null for the inbox, and the other actions without one', () => {
    expect(taskBulkInputSchema.parse({ action: 'move', ids, project_id: null })).toEqual({ action: 'move', ids, project_id: null });
    for (const action of ['complete', 'reopen', 'delete', 'restore']) {
      expect(taskBulkInputSchema.safeParse({ action, ids }).success, action).toBe(true);
    }
  });

  it('requires project_id for move and refuses it elsewhere', () => {
    expect(issuePaths({ action: 'move', ids }, taskBulkInputSchema)).toEqual(['project_id']);
    const refused = taskBulkInputSchema.safeParse({ action: 'delete', ids, project_id: null });
    expect(refused.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['project_id'] });
  });

  it('names the action when it is unknown', () => {
    expect(issuePaths({ action: 'archive', ids }, taskBulkInputSchema)).toEqual(['action']);
  });
});

describe('reorderInputSchema', () => {
  it('takes 1 to BATCH_IDS_MAX distinct ids', () => {
    const many = Array.from({ length: BATCH_IDS_MAX }, () => randomUUID());
    expect(reorderInputSchema.safeParse({ ids: many }).success).toBe(true);
    expect(issuePaths({ ids: [...many, randomUUID()] }, reorderInputSchema)).toEqual(['ids']);
    expect(issuePaths({ ids: [] }, reorderInputSchema)).toEqual(['ids']);
  });

  it('refuses a repeated id and ids that are not UUIDs', () => {
    const id = randomUUID();
    expect(reorderInputSchema.safeParse({ ids: [id, id] }).error?.issues[0]?.message).toBe('an id appears more than once');
    expect(issuePaths({ ids: [id, 'nope'] }, reorderInputSchema)).toEqual(['ids.1']);
  });
});
