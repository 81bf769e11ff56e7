import { taskInputSchema } from '@ordo/shared-types';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from './zod-fields.ts';

describe('fieldErrors', () => {
  it('names each bad field once, unknown fields included', () => {
    const result = taskInputSchema.safeParse({ title: '', duration_minutes: 0, owner: 'x' });
    if (result.success) throw new Error('expected a failure');
    const fields = fieldErrors(result.error);
    expect(Object.keys(fields).toSorted()).toEqual(['duration_minutes', 'owner', 'title']);
    expect(fields.owner).toBe('unknown field');
  });
});
