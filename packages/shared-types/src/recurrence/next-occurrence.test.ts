import { describe, expect, it } from 'vitest';
import { nextOccurrenceDate, occurrenceDates, occurrenceTiming } from './next-occurrence.ts';

const NY = 'America/New_York';
const SYD = 'Australia/Sydney';

interface Row {
  name: string;
  rrule: string;
  fromCompletion?: boolean;
  /** DTSTART; the anchor when not given. */
  startsOn?: string;
  anchor: string;
  /** The day it is closed on; the anchor when not given. */
  today?: string;
  zone?: string;
  startTime?: string;
  next: string | null;
  /** The next start as a UTC instant, for rows with a start time. */
  startAt?: string;
}

// New York in 2026: EST (-05) until 8 March 02:00, EDT (-04) until 1 November 02:00.
// Sydney in 2026: AEDT (+11) until 5 April 03:00, AEST (+10) until 4 October 02:00, then AEDT.
const TABLE: Row[] = [
  // New York, spring forward
  { name: 'NY daily 09:00 into the DST change', rrule: 'FREQ=DAILY', anchor: '2026-03-07', zone: NY, startTime: '09:00', next: '2026-03-08', startAt: '2026-03-08T13:00:00.000Z' },
  { name: 'NY daily 09:00 the day after', rrule: 'FREQ=DAILY', anchor: '2026-03-08', zone: NY, startTime: '09:00', next: '2026-03-09', startAt: '2026-03-09T13:00:00.000Z' },
  { name: 'NY Sundays across the change', rrule: 'FREQ=WEEKLY;BYDAY=SU', anchor: '2026-03-01', zone: NY, startTime: '09:00', next: '2026-03-08', startAt: '2026-03-08T13:00:00.000Z' },
  { name: 'NY weekly from a Friday', rrule: 'FREQ=WEEKLY', anchor: '2026-03-06', zone: NY, startTime: '09:00', next: '2026-03-13', startAt: '2026-03-13T13:00:00.000Z' },
  { name: 'NY 02:30 in the spring gap moves to 03:30 EDT', rrule: 'FREQ=DAILY', anchor: '2026-03-07', zone: NY, startTime: '02:30', next: '2026-03-08', startAt: '2026-03-08T07:30:00.000Z' },
  { name: 'NY 02:30 is back the day after the gap', rrule: 'FREQ=DAILY', anchor: '2026-03-08', zone: NY, startTime: '02:30', next: '2026-03-09', startAt: '2026-03-09T06:30:00.000Z' },
  // New York, fall back
  { name: 'NY daily 09:00 into standard time', rrule: 'FREQ=DAILY', anchor: '2026-10-31', zone: NY, startTime: '09:00', next: '2026-11-01', startAt: '2026-11-01T14:00:00.000Z' },
  { name: 'NY 01:30 on the repeated hour takes the first (EDT)', rrule: 'FREQ=DAILY', anchor: '2026-10-31', zone: NY, startTime: '01:30', next: '2026-11-01', startAt: '2026-11-01T05:30:00.000Z' },
  { name: 'NY weekdays over the fall-back weekend', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', anchor: '2026-10-30', zone: NY, startTime: '09:00', next: '2026-11-02', startAt: '2026-11-02T14:00:00.000Z' },
  { name: 'NY first Sunday of the month', rrule: 'FREQ=MONTHLY;BYDAY=1SU', anchor: '2026-10-04', zone: NY, startTime: '09:00', next: '2026-11-01', startAt: '2026-11-01T14:00:00.000Z' },
  // Sydney, DST ends in April
  { name: 'Sydney daily 09:00 into standard time', rrule: 'FREQ=DAILY', anchor: '2026-04-04', zone: SYD, startTime: '09:00', next: '2026-04-05', startAt: '2026-04-04T23:00:00.000Z' },
  { name: 'Sydney daily 09:00 the day before the change', rrule: 'FREQ=DAILY', anchor: '2026-04-03', zone: SYD, startTime: '09:00', next: '2026-04-04', startAt: '2026-04-03T22:00:00.000Z' },
  { name: 'Sydney 02:30 on the repeated hour takes the first (AEDT)', rrule: 'FREQ=DAILY', anchor: '2026-04-04', zone: SYD, startTime: '02:30', next: '2026-04-05', startAt: '2026-04-04T15:30:00.000Z' },
  { name: 'Sydney monthly on the 5th lands on the change day', rrule: 'FREQ=MONTHLY;BYMONTHDAY=5', anchor: '2026-03-05', zone: SYD, startTime: '09:00', next: '2026-04-05', startAt: '2026-04-04T23:00:00.000Z' },
  // Sydney, DST starts in October
  { name: 'Sydney 02:30 in the spring gap moves to 03:30 AEDT', rrule: 'FREQ=DAILY', anchor: '2026-10-03', zone: SYD, startTime: '02:30', next: '2026-10-04', startAt: '2026-10-03T16:30:00.000Z' },
  { name: 'Sydney Sundays onto the change day', rrule: 'FREQ=WEEKLY;BYDAY=SU', anchor: '2026-09-27', zone: SYD, startTime: '09:00', next: '2026-10-04', startAt: '2026-10-03T22:00:00.000Z' },
  { name: 'Sydney Sundays after the change', rrule: 'FREQ=WEEKLY;BYDAY=SU', anchor: '2026-10-04', zone: SYD, startTime: '09:00', next: '2026-10-11', startAt: '2026-10-10T22:00:00.000Z' },
  { name: 'Sydney the week before, still standard time', rrule: 'FREQ=WEEKLY;BYDAY=SU', anchor: '2026-09-20', zone: SYD, startTime: '09:00', next: '2026-09-27', startAt: '2026-09-26T23:00:00.000Z' },
  // Month ends
  { name: 'last day of January to February', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', anchor: '2026-01-31', next: '2026-02-28' },
  { name: 'last day of February to March', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', anchor: '2026-02-28', next: '2026-03-31' },
  { name: 'last day of the month in a leap year', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', anchor: '2028-01-31', next: '2028-02-29' },
  { name: 'the 31st skips months without one', rrule: 'FREQ=MONTHLY;BYMONTHDAY=31', anchor: '2026-01-31', next: '2026-03-31' },
  { name: 'monthly from the 31st skips short months (RFC 5545)', rrule: 'FREQ=MONTHLY', anchor: '2026-01-31', next: '2026-03-31' },
  { name: 'the 30th skips February', rrule: 'FREQ=MONTHLY;BYMONTHDAY=30', anchor: '2026-01-30', next: '2026-03-30' },
  { name: 'quarterly on the last day across a year end', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1', anchor: '2026-11-30', next: '2027-02-28' },
  { name: 'monthly on the 15th at 09:00 NY', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', anchor: '2026-02-15', zone: NY, startTime: '09:00', next: '2026-03-15', startAt: '2026-03-15T13:00:00.000Z' },
  // Leap day 2028
  { name: 'leap day to the next leap day', rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', anchor: '2028-02-29', next: '2032-02-29' },
  { name: 'a leap-day rule started off the rule', rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', anchor: '2026-03-01', next: '2028-02-29' },
  { name: "February's last day, 2027 to 2028", rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1', anchor: '2027-02-28', next: '2028-02-29' },
  { name: 'daily onto the leap day', rrule: 'FREQ=DAILY', anchor: '2028-02-28', next: '2028-02-29' },
  { name: 'daily off the leap day', rrule: 'FREQ=DAILY', anchor: '2028-02-29', next: '2028-03-01' },
  { name: 'Tuesdays onto the leap day', rrule: 'FREQ=WEEKLY;BYDAY=TU', anchor: '2028-02-22', next: '2028-02-29' },
  { name: 'the 29th in a leap February', rrule: 'FREQ=MONTHLY;BYMONTHDAY=29', anchor: '2028-01-29', next: '2028-02-29' },
  { name: 'the 29th skips a common February', rrule: 'FREQ=MONTHLY;BYMONTHDAY=29', anchor: '2027-01-29', next: '2027-03-29' },
  // nth and last weekdays
  { name: 'last Friday of the month', rrule: 'FREQ=MONTHLY;BYDAY=-1FR', anchor: '2026-01-30', next: '2026-02-27' },
  { name: 'second Tuesday of the month', rrule: 'FREQ=MONTHLY;BYDAY=2TU', anchor: '2026-01-13', next: '2026-02-10' },
  { name: 'last Monday by BYSETPOS', rrule: 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1', anchor: '2026-03-30', next: '2026-04-27' },
  { name: 'last weekday of the month', rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', anchor: '2026-01-30', next: '2026-02-27' },
  { name: 'fourth Thursday of November', rrule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=4TH', anchor: '2026-11-26', next: '2027-11-25' },
  // Intervals
  { name: 'every other week on Mon and Wed', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE', startsOn: '2026-01-05', anchor: '2026-01-07', next: '2026-01-19' },
  { name: 'every 3 days across a year end', rrule: 'FREQ=DAILY;INTERVAL=3', anchor: '2026-12-30', next: '2027-01-02' },
  { name: 'yearly', rrule: 'FREQ=YEARLY', anchor: '2026-07-04', next: '2027-07-04' },
  // Until and count
  { name: 'until: the last day is still made', rrule: 'FREQ=DAILY;UNTIL=20260310', anchor: '2026-03-09', next: '2026-03-10' },
  { name: 'until: nothing after it', rrule: 'FREQ=DAILY;UNTIL=20260310', anchor: '2026-03-10', next: null },
  { name: 'count: the third of three', rrule: 'FREQ=WEEKLY;COUNT=3', startsOn: '2026-01-05', anchor: '2026-01-12', next: '2026-01-19' },
  { name: 'count: nothing after the third', rrule: 'FREQ=WEEKLY;COUNT=3', startsOn: '2026-01-05', anchor: '2026-01-19', next: null },
  // Closed late or early
  { name: 'closed weeks late: the next one not yet past', rrule: 'FREQ=WEEKLY;BYDAY=MO', anchor: '2026-01-05', today: '2026-01-28', next: '2026-02-02' },
  { name: 'closed days late: today when today is a rule day', rrule: 'FREQ=DAILY', anchor: '2026-01-05', today: '2026-01-10', next: '2026-01-10' },
  { name: 'closed early: the one after the anchor', rrule: 'FREQ=WEEKLY', anchor: '2026-01-12', today: '2026-01-09', next: '2026-01-19' },
  { name: 'count: overdue occurrences still count', rrule: 'FREQ=DAILY;COUNT=5', startsOn: '2026-01-01', anchor: '2026-01-01', today: '2026-01-05', next: '2026-01-05' },
  { name: 'count: ended while overdue', rrule: 'FREQ=DAILY;COUNT=5', startsOn: '2026-01-01', anchor: '2026-01-01', today: '2026-01-07', next: null },
  // From completion
  { name: 'from completion: 3 days after, across NY spring forward', rrule: 'FREQ=DAILY;INTERVAL=3', fromCompletion: true, anchor: '2026-03-01', today: '2026-03-06', zone: NY, startTime: '09:00', next: '2026-03-09', startAt: '2026-03-09T13:00:00.000Z' },
  { name: 'from completion: completed early counts from completion', rrule: 'FREQ=DAILY;INTERVAL=3', fromCompletion: true, anchor: '2026-03-10', today: '2026-03-02', next: '2026-03-05' },
  { name: 'from completion: a month after 31 January', rrule: 'FREQ=MONTHLY', fromCompletion: true, anchor: '2026-01-20', today: '2026-01-31', next: '2026-02-28' },
  { name: 'from completion: a month after 31 January 2028', rrule: 'FREQ=MONTHLY', fromCompletion: true, anchor: '2028-01-20', today: '2028-01-31', next: '2028-02-29' },
  { name: 'from completion: a year after the leap day', rrule: 'FREQ=YEARLY', fromCompletion: true, anchor: '2028-02-29', today: '2028-02-29', next: '2029-02-28' },
  { name: 'from completion: 2 weeks, across Sydney spring forward', rrule: 'FREQ=WEEKLY;INTERVAL=2', fromCompletion: true, anchor: '2026-09-20', today: '2026-09-25', zone: SYD, startTime: '09:00', next: '2026-10-09', startAt: '2026-10-08T22:00:00.000Z' },
  { name: 'from completion: past UNTIL ends it', rrule: 'FREQ=DAILY;INTERVAL=3;UNTIL=20260310', fromCompletion: true, anchor: '2026-03-01', today: '2026-03-08', next: null },
];

describe('nextOccurrenceDate and occurrenceDates', () => {
  it('has a table of at least 40 rules', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('$name', (row) => {
    const zone = row.zone ?? 'UTC';
    const next = nextOccurrenceDate(
      { rrule: row.rrule, fromCompletion: row.fromCompletion ?? false, startsOn: row.startsOn ?? row.anchor },
      { anchor: row.anchor, today: row.today ?? row.anchor },
    );
    expect(next).toBe(row.next);
    if (next === null || row.startTime === undefined) return;
    const dates = occurrenceDates(next, { startTime: row.startTime, startOffsetDays: 0, deadlineOffsetDays: null }, zone);
    expect(dates.start_at?.toISOString()).toBe(row.startAt);
  });
});

describe('occurrenceTiming', () => {
  it("keeps a start's wall time and day, and the deadline's distance, in the person's zone", () => {
    // 23:30 on 9 March in New York is 03:30Z on the 10th: still the 9th on their clock.
    const timing = occurrenceTiming('2026-03-09', { start_at: new Date('2026-03-10T03:30:00Z'), deadline: '2026-03-12' }, NY);
    expect(timing).toEqual({ startTime: '23:30', startOffsetDays: 0, deadlineOffsetDays: 3 });
    const next = occurrenceDates('2026-11-02', timing, NY);
    expect(next).toEqual({ due_date: '2026-11-02', start_at: new Date('2026-11-03T04:30:00Z'), deadline: '2026-11-05' });
  });

  it('carries a start on another day than the due date', () => {
    const timing = occurrenceTiming('2026-05-01', { start_at: new Date('2026-04-30T08:00:00Z'), deadline: null }, SYD);
    expect(timing).toEqual({ startTime: '18:00', startOffsetDays: -1, deadlineOffsetDays: null });
    expect(occurrenceDates('2026-06-01', timing, SYD).start_at?.toISOString()).toBe('2026-05-31T08:00:00.000Z');
  });
});
