import { describe, expect, it } from 'vitest';
import { textPieces } from './text-pieces.ts';

describe('textPieces', () => {
  it('cuts text into pieces that join back to it', () => {
    expect(textPieces('{"operations":[]}')).toEqual(['{"op', 'erat', 'ions', '":[]', '}']);
    expect(textPieces('abc', 1)).toEqual(['a', 'b', 'c']);
    expect(textPieces('')).toEqual([]);
  });

  it('refuses a piece size that is not a positive integer', () => {
    expect(() => textPieces('abc', 0)).toThrow(/positive integer, got 0/);
  });
});
