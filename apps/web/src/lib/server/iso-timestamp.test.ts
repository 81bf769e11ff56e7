import { describe, expect, it } from 'vitest';
import { isoTimestamp } from './iso-timestamp.ts';

describe('isoTimestamp', () => {
  it('is toISOString for years 0 to 9999', () => {
    const samples = [0, 1, -1, Date.UTC(2026, 11, 1, 9, 5, 3, 7), Date.UTC(999, 0, 1), Date.UTC(0, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59, 999)];
    // Spread over the whole range, with every millisecond, second and minute digit.
    for (let i = 0; i < 20_000; i++) samples.push(Date.UTC(0, 0, 1) + Math.floor(((i * 7919) % 20_000) / 20_000 * 315_537_897_600_000) + i);
    for (const time of samples) {
      const date = new Date(time);
      expect(isoTimestamp(date)).toBe(date.toISOString());
    }
  });

  it('leaves other years and invalid dates to toISOString', () => {
    expect(isoTimestamp(new Date(Date.UTC(10_000, 0, 1)))).toBe('+010000-01-01T00:00:00.000Z');
    expect(isoTimestamp(new Date(Date.UTC(-1, 0, 1)))).toBe('-000001-01-01T00:00:00.000Z');
    expect(() => isoTimestamp(new Date(Number.NaN))).toThrow(RangeError);
  });
});
