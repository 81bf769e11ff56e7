import { describe, expect, it } from 'vitest';
import { workingHoursSchema } from './user.ts';

describe('workingHoursSchema', () => {
  it('accepts the database default', () => {
    expect(workingHoursSchema.parse({ start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] })).toBeTruthy();
  });

  it('rejects impossible clock times, reversed ranges and unknown weekdays', () => {
    expect(workingHoursSchema.safeParse({ start: '24:00', end: '17:00', days: [] }).success).toBe(false);
    expect(workingHoursSchema.safeParse({ start: '17:00', end: '09:00', days: [] }).success).toBe(false);
    expect(workingHoursSchema.safeParse({ start: '09:00', end: '17:00', days: [0] }).success).toBe(false);
    expect(workingHoursSchema.safeParse({ start: '09:00', end: '17:00', days: [8] }).success).toBe(false);
  });
});
