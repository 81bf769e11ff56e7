import { describe, expect, it } from 'vitest';
import { distinctSlots } from './reorder-slots.ts';

describe('distinctSlots', () => {
  it('keeps distinct positions as they are', () => {
    expect(distinctSlots([1, 4, 9.5])).toEqual([1, 4, 9.5]);
  });

  it('spreads shared positions over the gap to the next one, staying below it', () => {
    expect(distinctSlots([1, 1, 1, 2, 5])).toEqual([1, 1 + 1 / 3, 1 + 2 / 3, 2, 5]);
  });

  it('spreads shared positions at the end over the next whole step', () => {
    expect(distinctSlots([3, 7, 7])).toEqual([3, 7, 7.5]);
  });

  it('returns strictly increasing positions', () => {
    const slots = distinctSlots([0, 0, 0, 0, 1, 1, 2]);
    for (let i = 1; i < slots.length; i++) expect(slots[i]).toBeGreaterThan(slots[i - 1] as number);
  });
});
