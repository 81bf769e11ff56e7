import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  formatZonedIso,
  instantOfLocalDateTime,
  instantOfWallTime,
  isTimeZone,
  localDateTimeAt,
  offsetMinutesAt,
  wallTimeAt,
} from './zoned.ts';

const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute });
const at = (iso: string) => new Date(iso);

describe('the local date of an instant', () => {
  it("gives the date in the person's time zone, not the machine's", () => {
    const now = at('2026-11-23T12:30:00Z');
    expect(calendarDay(now, 'UTC')).toBe('2026-11-23');
    expect(calendarDay(now, 'Pacific/Auckland')).toBe('2026-11-24');
    expect(calendarDay(at('2026-11-23T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-22');
  });

  it('turns the day over at local midnight, year end included', () => {
    const late = at('2026-12-31T23:30:00Z');
    expect(calendarDay(late, 'Europe/Berlin')).toBe('2027-01-01');
    expect(calendarDay(late, 'America/New_York')).toBe('2026-12-31');
    expect(calendarDay(at('2027-01-01T04:59:00Z'), 'America/New_York')).toBe('2026-12-31');
    expect(calendarDay(at('2027-01-01T05:00:00Z'), 'America/New_York')).toBe('2027-01-01');
  });

  it('turns the day over at half- and quarter-hour offsets', () => {
    // Kolkata +05:30, Kathmandu +05:45, Chatham +12:45 in its (southern) winter, St John's -02:30 in summer.
    expect(calendarDay(at('2026-06-01T18:29:00Z'), 'Asia/Kolkata')).toBe('2026-06-01');
    expect(calendarDay(at('2026-06-01T18:30:00Z'), 'Asia/Kolkata')).toBe('2026-06-02');
    expect(calendarDay(at('2026-06-01T18:14:00Z'), 'Asia/Kathmandu')).toBe('2026-06-01');
    expect(calendarDay(at('2026-06-01T18:15:00Z'), 'Asia/Kathmandu')).toBe('2026-06-02');
    expect(calendarDay(at('2026-06-01T11:14:00Z'), 'Pacific/Chatham')).toBe('2026-06-01');
    expect(calendarDay(at('2026-06-01T11:15:00Z'), 'Pacific/Chatham')).toBe('2026-06-02');
    expect(calendarDay(at('2026-06-02T02:29:00Z'), 'America/St_Johns')).toBe('2026-06-01');
    expect(calendarDay(at('2026-06-02T02:30:00Z'), 'America/St_Johns')).toBe('2026-06-02');
  });

  it('reads the wall clock in the zone, not on the machine', () => {
    const instant = at('2026-11-23T11:30:00Z');
    expect(wallTimeAt(instant, 'Pacific/Auckland')).toEqual(wall(2026, 11, 24, 0, 30));
    expect(wallTimeAt(instant, 'Pacific/Honolulu')).toEqual(wall(2026, 11, 23, 1, 30));
  });
});

describe('the offset a zone observes', () => {
  it('follows DST and odd offsets', () => {
    expect(offsetMinutesAt(at('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutesAt(at('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutesAt(at('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutesAt(at('2026-01-15T12:00:00Z'), 'Pacific/Auckland')).toBe(780);
    expect(offsetMinutesAt(at('2026-07-15T12:00:00Z'), 'Pacific/Auckland')).toBe(720);
    expect(offsetMinutesAt(at('2026-07-15T12:00:00Z'), 'Pacific/Honolulu')).toBe(-600);
    expect(offsetMinutesAt(at('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(offsetMinutesAt(at('2026-07-15T12:00:00Z'), 'Asia/Kathmandu')).toBe(345);
    expect(offsetMinutesAt(at('2026-07-15T12:00:00Z'), 'Pacific/Chatham')).toBe(765);
    expect(offsetMinutesAt(at('2026-01-15T12:00:00Z'), 'Pacific/Chatham')).toBe(825);
    expect(offsetMinutesAt(at('2026-01-15T12:00:00Z'), 'America/St_Johns')).toBe(-210);
    expect(offsetMinutesAt(at('2026-07-15T12:00:00Z'), 'America/St_Johns')).toBe(-150);
  });

  it('refuses a zone it does not know', () => {
    expect(() => offsetMinutesAt(at('2026-07-15T12:00:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('changes at the very millisecond the zone does, whichever instant of that day was asked first', () => {
    // A day's answer is remembered only when its first and last milliseconds agree: these do not.
    const switches: [string, string, string, number, number][] = [
      ['America/New_York', '2026-03-08T06:59:59.999Z', '2026-03-08T07:00:00.000Z', -300, -240],
      ['America/St_Johns', '2026-03-08T05:29:59.999Z', '2026-03-08T05:30:00.000Z', -210, -150],
      ['Australia/Lord_Howe', '2026-04-04T14:59:59.999Z', '2026-04-04T15:00:00.000Z', 660, 630],
      ['Pacific/Chatham', '2026-09-26T13:59:59.999Z', '2026-09-26T14:00:00.000Z', 765, 825],
    ];
    for (const [zone, before, after, offsetBefore, offsetAfter] of switches) {
      expect(offsetMinutesAt(at(after), zone)).toBe(offsetAfter);
      expect(offsetMinutesAt(at(before), zone)).toBe(offsetBefore);
      expect(offsetMinutesAt(at(after), zone)).toBe(offsetAfter);
    }
  });

  it('keeps a steady day\'s offset from its first millisecond to its last', () => {
    expect(offsetMinutesAt(at('2026-07-15T23:59:59.999Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutesAt(at('2026-07-15T00:00:00.000Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutesAt(at('2026-07-16T00:00:00.000Z'), 'Asia/Kathmandu')).toBe(345);
    expect(offsetMinutesAt(at('1969-12-31T23:59:59.999Z'), 'Asia/Kolkata')).toBe(330);
  });
});

describe('the instant of a local date and wall time', () => {
  it('resolves on either side of a switch', () => {
    // Berlin springs forward on 29 March 2026 at 02:00 and falls back on 25 October at 03:00.
    expect(instantOfWallTime(wall(2026, 3, 28, 15), 'Europe/Berlin').toISOString()).toBe('2026-03-28T14:00:00.000Z');
    expect(instantOfWallTime(wall(2026, 3, 30, 15), 'Europe/Berlin').toISOString()).toBe('2026-03-30T13:00:00.000Z');
    expect(instantOfWallTime(wall(2026, 11, 2, 9), 'America/New_York').toISOString()).toBe('2026-11-02T14:00:00.000Z');
    expect(instantOfWallTime(wall(2026, 10, 31, 9), 'America/New_York').toISOString()).toBe('2026-10-31T13:00:00.000Z');
  });

  it('moves a time skipped by spring-forward on by the gap, to one real instant', () => {
    const skipped = instantOfWallTime(wall(2026, 3, 8, 2, 30), 'America/New_York');
    expect(skipped.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(formatZonedIso(skipped, 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
    // The minutes either side of the gap stay where they are.
    expect(instantOfWallTime(wall(2026, 3, 8, 1, 59), 'America/New_York').toISOString()).toBe('2026-03-08T06:59:00.000Z');
    expect(instantOfWallTime(wall(2026, 3, 8, 3, 0), 'America/New_York').toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(formatZonedIso(instantOfWallTime(wall(2026, 3, 29, 2, 30), 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-03-29T03:30:00+02:00');
  });

  it('takes the first occurrence of a time the autumn repeats, once', () => {
    const repeated = instantOfWallTime(wall(2026, 11, 1, 1, 30), 'America/New_York');
    expect(repeated.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(formatZonedIso(repeated, 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
    // The second 01:30 (EST, 06:30Z) reads the same on the wall but is never the answer.
    expect(localDateTimeAt(at('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30');
    // East of UTC too: Berlin repeats 02:00–03:00 on 25 October.
    expect(formatZonedIso(instantOfWallTime(wall(2026, 10, 25, 2, 30), 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-10-25T02:30:00+02:00');
  });

  it('resolves wall times at half- and quarter-hour offsets', () => {
    expect(instantOfWallTime(wall(2026, 6, 2, 7), 'Asia/Kolkata').toISOString()).toBe('2026-06-02T01:30:00.000Z');
    expect(instantOfWallTime(wall(2026, 6, 2, 7), 'Asia/Kathmandu').toISOString()).toBe('2026-06-02T01:15:00.000Z');
    expect(instantOfWallTime(wall(2026, 6, 2, 7), 'Pacific/Chatham').toISOString()).toBe('2026-06-01T18:15:00.000Z');
    expect(instantOfWallTime(wall(2026, 1, 2, 7), 'America/St_Johns').toISOString()).toBe('2026-01-02T10:30:00.000Z');
  });

  it("handles Chatham's own DST gap (02:45 → 03:45 on 27 September 2026)", () => {
    const skipped = instantOfWallTime(wall(2026, 9, 27, 3, 0), 'Pacific/Chatham');
    expect(formatZonedIso(skipped, 'Pacific/Chatham')).toBe('2026-09-27T04:00:00+13:45');
  });
});

describe('ISO text with the zone offset', () => {
  it('formats negative and fractional offsets', () => {
    expect(formatZonedIso(at('2026-06-01T20:00:00Z'), 'Pacific/Honolulu')).toBe('2026-06-01T10:00:00-10:00');
    expect(formatZonedIso(at('2026-06-01T20:00:00Z'), 'Asia/Kathmandu')).toBe('2026-06-02T01:45:00+05:45');
    expect(formatZonedIso(at('2026-06-01T20:00:00Z'), 'America/St_Johns')).toBe('2026-06-01T17:30:00-02:30');
    expect(formatZonedIso(at('2026-01-01T20:00:00Z'), 'America/St_Johns')).toBe('2026-01-01T16:30:00-03:30');
    expect(formatZonedIso(at('2026-06-01T20:00:00Z'), 'Pacific/Chatham')).toBe('2026-06-02T08:45:00+12:45');
  });
});

describe('datetime-local values', () => {
  it('reads a wall-clock time in the given zone', () => {
    expect(instantOfLocalDateTime('2026-11-23T09:30', 'Europe/Paris')?.toISOString()).toBe('2026-11-23T08:30:00.000Z');
    expect(instantOfLocalDateTime('2026-07-01T09:30', 'Europe/Paris')?.toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(instantOfLocalDateTime('2026-11-23T09:30', 'America/New_York')?.toISOString()).toBe('2026-11-23T14:30:00.000Z');
    expect(instantOfLocalDateTime('2026-11-23T09:30', 'UTC')?.toISOString()).toBe('2026-11-23T09:30:00.000Z');
  });

  it('shows an instant as the wall clock in the given zone, the inverse of reading it', () => {
    const instant = at('2026-11-23T23:15:00Z');
    expect(localDateTimeAt(instant, 'Pacific/Auckland')).toBe('2026-11-24T12:15');
    expect(instantOfLocalDateTime(localDateTimeAt(instant, 'Pacific/Auckland'), 'Pacific/Auckland')).toEqual(instant);
  });

  it('reads the DST gap and overlap by the same rule', () => {
    expect(instantOfLocalDateTime('2026-03-08T02:30', 'America/New_York')?.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(instantOfLocalDateTime('2026-11-01T01:30', 'America/New_York')?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(instantOfLocalDateTime('2026-10-25T02:30', 'Europe/Berlin')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses text that is not a datetime-local value or not a real date', () => {
    expect(instantOfLocalDateTime('tomorrow', 'UTC')).toBeNull();
    expect(instantOfLocalDateTime('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(instantOfLocalDateTime('2026-11-23 10:00', 'UTC')).toBeNull();
  });
});

describe('zone names', () => {
  it('knows which zone names exist', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Asia/Calcutta')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
