import { describe, expect, it } from 'vitest';
import { describeRecurrence } from './describe-recurrence.ts';

const describe_ = (rrule: string, from_completion = false) => describeRecurrence({ rrule, from_completion });

describe('describeRecurrence', () => {
  it.each([
    ['FREQ=DAILY', 'Every day'],
    ['FREQ=DAILY;INTERVAL=2', 'Every 2 days'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'Every weekday'],
    ['FREQ=WEEKLY;BYDAY=MO,TH', 'Every week on Mon, Thu'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', 'Every 2 weeks on Fri'],
    ['FREQ=WEEKLY', 'Every week'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'Every month on the last day'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', 'Every month on the 1st and 15th'],
    ['FREQ=MONTHLY;BYDAY=2TU', 'Every month on the 2nd Tuesday'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'Every month on the last Friday'],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=3', 'Every month on the 3rd Monday'],
    ['FREQ=YEARLY', 'Every year'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'Every year on February 29'],
    ['FREQ=DAILY;COUNT=5', 'Every day, 5 times'],
    ['FREQ=WEEKLY;UNTIL=20271231', 'Every week, until 2027-12-31'],
    ['FREQ=YEARLY;BYWEEKNO=20', 'Custom repeat (FREQ=YEARLY;BYWEEKNO=20)'],
  ])('%s → %s', (rrule, text) => {
    expect(describe_(rrule)).toBe(text);
  });

  it('says how long after completion', () => {
    expect(describe_('FREQ=DAILY;INTERVAL=3', true)).toBe('3 days after completion');
    expect(describe_('FREQ=WEEKLY', true)).toBe('1 week after completion');
  });
});
