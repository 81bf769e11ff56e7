import { describe, expect, it } from 'vitest';
import { tillIsNounAfter } from './till.ts';

describe('"till" after a determiner', () => {
  it.each(['empty the', 'print our', 'check my ', 'restock these'])('is the cash drawer after "%s"', (before) => {
    expect(tillIsNounAfter(before)).toBe(true);
  });

  it.each(['wait', 'keep the ladder out', 'stay up', '', 'theatre'])('is "until" after "%s"', (before) => {
    expect(tillIsNounAfter(before)).toBe(false);
  });
});
