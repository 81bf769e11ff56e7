import { describe, expect, it } from 'vitest';
import { quietHoursRelease } from './quiet-hours.ts';

const NY = 'America/New_York';

describe('quietHoursRelease', () => {
  it('lets through what is due outside quiet hours, and everything without them', () => {
    const at = new Date('2026-06-10T16:00:00Z'); // 12:00 in New York
    expect(quietHoursRelease(at, { start: '22:00', end: '07:00' }, NY)).toEqual(at);
    expect(quietHoursRelease(at, null, NY)).toEqual(at);
    expect(quietHoursRelease(at, { start: '09:00', end: '09:00' }, NY)).toEqual(at);
  });

  it('holds until the end of quiet hours that span midnight, before and after it', () => {
    const quiet = { start: '22:00', end: '07:00' };
    // 23:30 on 10 June → 07:00 on 11 June (EDT, UTC-4).
    expect(quietHoursRelease(new Date('2026-06-11T03:30:00Z'), quiet, NY)).toEqual(new Date('2026-06-11T11:00:00Z'));
    // 02:00 on 11 June → 07:00 the same day.
    expect(quietHoursRelease(new Date('2026-06-11T06:00:00Z'), quiet, NY)).toEqual(new Date('2026-06-11T11:00:00Z'));
    // Exactly 07:00 is outside; exactly 22:00 is inside.
    expect(quietHoursRelease(new Date('2026-06-11T11:00:00Z'), quiet, NY)).toEqual(new Date('2026-06-11T11:00:00Z'));
    expect(quietHoursRelease(new Date('2026-06-11T02:00:00Z'), quiet, NY)).toEqual(new Date('2026-06-11T11:00:00Z'));
  });

  it('holds within daytime quiet hours', () => {
    const quiet = { start: '12:00', end: '13:30' };
    expect(quietHoursRelease(new Date('2026-06-10T16:45:00Z'), quiet, NY)).toEqual(new Date('2026-06-10T17:30:00Z'));
  });

  it('keeps the wall-clock end across the spring and autumn changes', () => {
    const quiet = { start: '22:00', end: '07:00' };
    // 23:00 EST on 7 March 2026 → 07:00 EDT on 8 March: 7 hours later, not 8.
    expect(quietHoursRelease(new Date('2026-03-08T04:00:00Z'), quiet, NY)).toEqual(new Date('2026-03-08T11:00:00Z'));
    // 23:00 EDT on 31 October → 07:00 EST on 1 November: 9 hours later.
    expect(quietHoursRelease(new Date('2026-11-01T03:00:00Z'), quiet, NY)).toEqual(new Date('2026-11-01T12:00:00Z'));
  });

  it('moves an end time the zone skips forward by the gap', () => {
    // Quiet 01:00–02:30 on the spring-forward night: 02:30 does not exist, 03:30 EDT does.
    const quiet = { start: '01:00', end: '02:30' };
    expect(quietHoursRelease(new Date('2026-03-08T06:15:00Z'), quiet, NY)).toEqual(new Date('2026-03-08T07:30:00Z'));
  });
});
