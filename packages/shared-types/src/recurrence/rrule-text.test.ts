import { describe, expect, it } from 'vitest';
import { taskInputSchema } from '../task.ts';
import { readRrule, recurrenceSchema } from './rrule-text.ts';

const problem = (text: string) => {
  const reading = readRrule(text);
  return reading.ok ? null : reading.problem;
};

describe('readRrule', () => {
  it('accepts the rules the issue names and writes them canonically', () => {
    for (const text of [
      'FREQ=DAILY;INTERVAL=2',
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
      'FREQ=WEEKLY;UNTIL=20271231',
      'FREQ=DAILY;COUNT=10',
    ]) {
      expect(problem(text), text).toBeNull();
    }
    const reading = readRrule(' rrule:freq=weekly;byday=mo ');
    expect(reading.ok && reading.rule.text).toBe('FREQ=WEEKLY;BYDAY=MO');
  });

  it('refuses repeats within a day and time-of-day parts', () => {
    expect(problem('FREQ=HOURLY')).toMatch(/within a day/);
    expect(problem('FREQ=MINUTELY;INTERVAL=30')).toMatch(/within a day/);
    expect(problem('FREQ=DAILY;BYHOUR=9')).toMatch(/BYHOUR is not supported/);
  });

  it('refuses rules that never produce a date', () => {
    expect(problem('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30')).toBe('This rule never produces a date');
    expect(problem('FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31')).toBe('This rule never produces a date');
  });

  it('refuses absurd counts and intervals, both ends at once, and malformed parts', () => {
    expect(problem('FREQ=DAILY;COUNT=1001')).toMatch(/COUNT must be a whole number from 1 to 1000/);
    expect(problem('FREQ=DAILY;COUNT=0')).toMatch(/COUNT/);
    expect(problem('FREQ=DAILY;INTERVAL=0')).toMatch(/INTERVAL/);
    expect(problem('FREQ=DAILY;COUNT=3;UNTIL=20270101')).toBe('Use COUNT or UNTIL, not both');
    expect(problem('FREQ=DAILY;UNTIL=20270230')).toMatch(/UNTIL must be a date/);
    expect(problem('FREQ=DAILY;UNTIL=20270101T000000Z')).toMatch(/UNTIL must be a date/);
    expect(problem('INTERVAL=2')).toMatch(/FREQ is missing/);
    expect(problem('FREQ=FORTNIGHTLY')).toMatch(/not one of/);
    expect(problem('FREQ=DAILY;FREQ=WEEKLY')).toMatch(/appears twice/);
    expect(problem('FREQ=DAILY;DTSTART=20260101')).toMatch(/not a rule part/);
    expect(problem('FREQ=WEEKLY;BYDAY=XX')).toMatch(/BYDAY/);
    expect(problem('every monday')).toBe('Each part is KEY=VALUE, and “EVERY MONDAY” is not');
    expect(problem('')).toMatch(/Write a rule/);
  });
});

describe('recurrenceSchema', () => {
  it('names recurrence.rrule and the problem in a task input', () => {
    const result = taskInputSchema.safeParse({ title: 't', recurrence: { rrule: 'FREQ=HOURLY', from_completion: false } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['recurrence', 'rrule']);
    expect(result.error?.issues[0]?.message).toMatch(/within a day/);
  });

  it('defaults from_completion to false and refuses unknown keys', () => {
    expect(recurrenceSchema.parse({ rrule: 'FREQ=DAILY' })).toEqual({ rrule: 'FREQ=DAILY', from_completion: false });
    expect(recurrenceSchema.safeParse({ rrule: 'FREQ=DAILY', dtstart: '2026-01-01' }).success).toBe(false);
  });

  it('takes only FREQ, INTERVAL and UNTIL when counting from completion', () => {
    expect(recurrenceSchema.safeParse({ rrule: 'FREQ=DAILY;INTERVAL=3', from_completion: true }).success).toBe(true);
    const result = recurrenceSchema.safeParse({ rrule: 'FREQ=WEEKLY;BYDAY=MO', from_completion: true });
    expect(result.error?.issues[0]?.path).toEqual(['rrule']);
    expect(result.error?.issues[0]?.message).toMatch(/not BYDAY/);
  });

  it('refuses a rule too long to read when counting from completion, with one issue and no throw', () => {
    const result = recurrenceSchema.safeParse({ rrule: 'y'.repeat(30_000), from_completion: true });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['rrule']]);
  });
});
