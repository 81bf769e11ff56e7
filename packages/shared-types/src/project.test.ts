import { describe, expect, it } from 'vitest';
import { PROJECT_NAME_MAX } from './limits.ts';
import { projectInputSchema, projectStatusSchema } from './project.ts';

describe('projectInputSchema', () => {
  it('accepts a name of exactly the maximum length and rejects one more', () => {
    expect(projectInputSchema.safeParse({ name: 'p'.repeat(PROJECT_NAME_MAX) }).success).toBe(true);
    expect(projectInputSchema.safeParse({ name: 'p'.repeat(PROJECT_NAME_MAX + 1) }).success).toBe(false);
  });

  it('accepts six-digit hex colours only', () => {
    expect(projectInputSchema.safeParse({ name: 'p', color: '#A1b2C3' }).success).toBe(true);
    for (const color of ['#abc', 'a1b2c3', '#a1b2c3ff', '#g1b2c3']) {
      expect(projectInputSchema.safeParse({ name: 'p', color }).success).toBe(false);
    }
  });

  it('rejects non-finite positions', () => {
    expect(projectInputSchema.safeParse({ name: 'p', position: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(projectInputSchema.safeParse({ name: 'p', position: Number.NaN }).success).toBe(false);
  });
});

describe('projectStatusSchema', () => {
  it('knows active, paused and completed only', () => {
    expect(projectStatusSchema.options).toEqual(['active', 'paused', 'completed']);
    expect(projectStatusSchema.safeParse('archived').success).toBe(false);
  });
});
