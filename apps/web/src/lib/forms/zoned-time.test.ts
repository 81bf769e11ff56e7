import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './zoned-time.ts';

describe('zoned time', () => {
  it('reads a wall-clock time in the given zone', () => {
    expect(fromLocalInput('2026-11-23T09:30', 'Europe/Paris')?.toISOString()).toBe('2026-11-23T08:30:00.000Z');
    expect(fromLocalInput('2026-07-01T09:30', 'Europe/Paris')?.toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(fromLocalInput('2026-11-23T09:30', 'America/New_York')?.toISOString()).toBe('2026-11-23T14:30:00.000Z');
    expect(fromLocalInput('2026-11-23T09:30', 'UTC')?.toISOString()).toBe('2026-11-23T09:30:00.000Z');
  });

  it('shows an instant as the wall clock in the given zone, the inverse of reading it', () => {
    const instant = new Date('2026-11-23T23:15:00Z');
    expect(toLocalInput(instant, 'Pacific/Auckland')).toBe('2026-11-24T12:15');
    expect(fromLocalInput(toLocalInput(instant, 'Pacific/Auckland'), 'Pacific/Auckland')).toEqual(instant);
  });

  it('refuses text that is not a datetime-local value or not a real date', () => {
    expect(fromLocalInput('tomorrow', 'UTC')).toBeNull();
    expect(fromLocalInput('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(fromLocalInput('2026-11-23 10:00', 'UTC')).toBeNull();
  });
});
