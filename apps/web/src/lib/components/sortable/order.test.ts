import { describe, expect, it } from 'vitest';
import { applyOrder, changedStretch, moveItem } from './order.ts';

describe('moveItem', () => {
  it('moves an item up and down', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('changedStretch', () => {
  it('is the part between the first and last difference', () => {
    expect(changedStretch(['a', 'b', 'c', 'd', 'e'], ['a', 'd', 'b', 'c', 'e'])).toEqual(['d', 'b', 'c']);
    expect(changedStretch(['a', 'b'], ['b', 'a'])).toEqual(['b', 'a']);
  });

  it('is null when the order is unchanged', () => {
    expect(changedStretch(['a', 'b', 'c'], ['a', 'b', 'c'])).toBeNull();
  });
});

describe('applyOrder', () => {
  it('keeps the wanted order, drops ids the server no longer has and appends new ones', () => {
    expect(applyOrder(['a', 'b', 'c', 'x'], ['c', 'gone', 'a', 'b'])).toEqual(['c', 'a', 'b', 'x']);
    expect(applyOrder(['a', 'b'], null)).toEqual(['a', 'b']);
  });
});
