import { describe, expect, it } from 'vitest';
import { clockHour } from './day-half.ts';

describe('the half of the day a clock time without am/pm is in', () => {
  it.each([
    ['birthday dinner at the Thai place', 8, 20],
    ['drinks after work', 6, 18],
    ['games night at Tom’s', 9, 21],
    ['the leaving party', 11, 23],
    ['breakfast with the in-laws', 6, 6],
    ['do the school run', 8, 8],
    ['brunch at Mia’s', 11, 11],
  ])('reads "%s" at %i as %i:00', (text, hour, expected) => {
    expect(clockHour(hour, text, true)).toBe(expected);
  });

  it('takes 1 to 6 with no cue as the afternoon when told to, and leaves noon and 7 to 11 as said', () => {
    expect(clockHour(4, 'pick up the parcel', true)).toBe(16);
    expect(clockHour(4, 'pick up the parcel', false)).toBe(4);
    expect(clockHour(9, 'pick up the parcel', true)).toBe(9);
    expect(clockHour(12, 'dinner', true)).toBe(12);
  });
});
