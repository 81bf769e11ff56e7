import { describe, expect, it } from 'vitest';
import { type BriefRecipient, briefDedupKey, type DueBrief, dueBriefs, nextBrief } from './due-briefs.ts';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const MINUTE = 60_000;

function person(id: string, timezone: string, sendTime: string, overrides: Partial<BriefRecipient['preferences']> = {}): BriefRecipient {
  return {
    user_id: id,
    email: `${id}@example.com`,
    timezone,
    preferences: { enabled: true, send_time: sendTime, weekdays: EVERY_DAY, weekly_day: null, ...overrides },
  };
}

const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });
const brief = (due: DueBrief) => `${due.user_id} ${due.kind} ${due.local_date} ${due.send_at.toISOString()}`;

/** Slides a one-minute window over [start, end), as the schedule does, and collects everything it finds. */
function minuteByMinute(people: BriefRecipient[], start: string, end: string): DueBrief[] {
  const found: DueBrief[] = [];
  for (let at = new Date(start).getTime() + MINUTE; at <= new Date(end).getTime(); at += MINUTE) {
    found.push(...dueBriefs(people, { from: new Date(at - MINUTE), to: new Date(at) }));
  }
  return found;
}

describe('dueBriefs in New York across the 2026 DST changes', () => {
  const people = [person('ny-0130', 'America/New_York', '01:30'), person('ny-0230', 'America/New_York', '02:30'), person('ny-0700', 'America/New_York', '07:00')];

  it('sends 02:30 on the spring day once, an hour into daylight time, and every other time once', () => {
    const found = minuteByMinute(people, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z').map(brief);
    expect(found).toEqual([
      'ny-0130 daily 2026-03-07 2026-03-07T06:30:00.000Z',
      'ny-0230 daily 2026-03-07 2026-03-07T07:30:00.000Z',
      'ny-0700 daily 2026-03-07 2026-03-07T12:00:00.000Z',
      // 01:30 is still standard time (-05:00); 02:30 does not exist and moves forward by the gap to 03:30 EDT.
      'ny-0130 daily 2026-03-08 2026-03-08T06:30:00.000Z',
      'ny-0230 daily 2026-03-08 2026-03-08T07:30:00.000Z',
      'ny-0700 daily 2026-03-08 2026-03-08T11:00:00.000Z',
      'ny-0130 daily 2026-03-09 2026-03-09T05:30:00.000Z',
      'ny-0230 daily 2026-03-09 2026-03-09T06:30:00.000Z',
      'ny-0700 daily 2026-03-09 2026-03-09T11:00:00.000Z',
    ]);
  });

  it('sends the repeated 01:30 on the autumn day once, at its first (daylight) occurrence', () => {
    const found = minuteByMinute(people, '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z').map(brief);
    expect(found).toEqual([
      'ny-0130 daily 2026-10-31 2026-10-31T05:30:00.000Z',
      'ny-0230 daily 2026-10-31 2026-10-31T06:30:00.000Z',
      'ny-0700 daily 2026-10-31 2026-10-31T11:00:00.000Z',
      'ny-0130 daily 2026-11-01 2026-11-01T05:30:00.000Z',
      'ny-0230 daily 2026-11-01 2026-11-01T07:30:00.000Z',
      'ny-0700 daily 2026-11-01 2026-11-01T12:00:00.000Z',
      'ny-0130 daily 2026-11-02 2026-11-02T06:30:00.000Z',
      'ny-0230 daily 2026-11-02 2026-11-02T07:30:00.000Z',
      'ny-0700 daily 2026-11-02 2026-11-02T12:00:00.000Z',
    ]);
  });

  it('finds the same briefs in one wide window as minute by minute', () => {
    const wide = dueBriefs(people, window('2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z')).map(brief);
    expect(wide).toEqual(minuteByMinute(people, '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z').map(brief));
  });
});

describe('dueBriefs at fractional offsets', () => {
  it('resolves +05:30, +05:45, +12:45/+13:45 and -03:30 from the zone rules', () => {
    const people = [
      person('kolkata', 'Asia/Kolkata', '07:00'),
      person('kathmandu', 'Asia/Kathmandu', '07:00'),
      person('chatham', 'Pacific/Chatham', '07:00'),
      person('st-johns', 'America/St_Johns', '07:00'),
    ];
    const march = dueBriefs(people, window('2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z')).map(brief);
    expect(march).toEqual([
      'kathmandu daily 2026-03-10 2026-03-10T01:15:00.000Z',
      'kolkata daily 2026-03-10 2026-03-10T01:30:00.000Z',
      // St John's is on daylight time (-02:30) from March 8; Chatham on its summer +13:45.
      'st-johns daily 2026-03-10 2026-03-10T09:30:00.000Z',
      'chatham daily 2026-03-11 2026-03-10T17:15:00.000Z',
    ]);
    const winter = dueBriefs(people, window('2026-01-15T00:00:00Z', '2026-01-16T00:00:00Z')).map(brief);
    expect(winter).toContain('st-johns daily 2026-01-15 2026-01-15T10:30:00.000Z');
    const june = dueBriefs(people, window('2026-06-10T00:00:00Z', '2026-06-11T00:00:00Z')).map(brief);
    expect(june).toContain('chatham daily 2026-06-11 2026-06-10T18:15:00.000Z');
  });

  it('sends once a day minute by minute through Chatham and St John’s own DST changes', () => {
    const people = [person('chatham', 'Pacific/Chatham', '03:00'), person('st-johns', 'America/St_Johns', '02:30')];
    const spring = minuteByMinute(people, '2026-09-25T12:00:00Z', '2026-09-28T12:00:00Z').map(brief);
    // 03:00 on 27 September does not exist in Chatham (02:45 → 03:45): it moves to 04:00 +13:45.
    expect(spring.filter((line) => line.startsWith('chatham'))).toEqual([
      'chatham daily 2026-09-26 2026-09-25T14:15:00.000Z',
      'chatham daily 2026-09-27 2026-09-26T14:15:00.000Z',
      'chatham daily 2026-09-28 2026-09-27T13:15:00.000Z',
    ]);
    const autumn = minuteByMinute(people, '2026-04-03T12:00:00Z', '2026-04-06T12:00:00Z').map(brief);
    // 03:00 on 5 April happens twice (03:45 → 02:45): the first, on +13:45.
    expect(autumn.filter((line) => line.startsWith('chatham'))).toEqual([
      'chatham daily 2026-04-04 2026-04-03T13:15:00.000Z',
      'chatham daily 2026-04-05 2026-04-04T13:15:00.000Z',
      'chatham daily 2026-04-06 2026-04-05T14:15:00.000Z',
    ]);
    const stJohns = minuteByMinute(people, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z').map(brief);
    // St John's skips 02:00–03:00 on 8 March: 02:30 becomes 03:30 -02:30.
    expect(stJohns.filter((line) => line.startsWith('st-johns'))).toEqual([
      'st-johns daily 2026-03-07 2026-03-07T06:00:00.000Z',
      'st-johns daily 2026-03-08 2026-03-08T06:00:00.000Z',
      'st-johns daily 2026-03-09 2026-03-09T05:00:00.000Z',
    ]);
  });
});

describe('dueBriefs and the settings', () => {
  it('sends on the chosen weekdays only, and the weekly review instead of that morning’s daily brief', () => {
    const weekdays = person('weekdays', 'Europe/Berlin', '07:00', { weekdays: [1, 2, 3, 4, 5], weekly_day: 1 });
    const sundayReview = person('sunday', 'Europe/Berlin', '08:00', { weekdays: [1, 2, 3, 4, 5], weekly_day: 7 });
    // Monday 2026-03-09 to Monday 2026-03-16.
    const found = dueBriefs([weekdays, sundayReview], window('2026-03-09T00:00:00Z', '2026-03-16T23:00:00Z'));
    expect(found.filter((due) => due.user_id === 'weekdays').map((due) => `${due.local_date} ${due.kind}`)).toEqual([
      '2026-03-09 weekly',
      '2026-03-10 daily',
      '2026-03-11 daily',
      '2026-03-12 daily',
      '2026-03-13 daily',
      '2026-03-16 weekly',
    ]);
    expect(found.filter((due) => due.user_id === 'sunday').map((due) => `${due.local_date} ${due.kind}`)).toEqual([
      '2026-03-09 daily',
      '2026-03-10 daily',
      '2026-03-11 daily',
      '2026-03-12 daily',
      '2026-03-13 daily',
      '2026-03-15 weekly',
      '2026-03-16 daily',
    ]);
  });

  it('gives nothing to someone who turned briefs off, and nothing for an empty or backwards window', () => {
    const off = person('off', 'UTC', '07:00', { enabled: false });
    expect(dueBriefs([off], window('2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z'))).toEqual([]);
    const on = person('on', 'UTC', '07:00');
    expect(dueBriefs([on], window('2026-03-02T07:00:00Z', '2026-03-02T07:00:00Z'))).toEqual([]);
    expect(dueBriefs([on], window('2026-03-03T00:00:00Z', '2026-03-02T00:00:00Z'))).toEqual([]);
  });

  it('includes the window’s end and excludes its start, so consecutive ticks never share a brief', () => {
    const on = person('on', 'UTC', '07:00');
    expect(dueBriefs([on], window('2026-03-02T06:59:00Z', '2026-03-02T07:00:00Z'))).toHaveLength(1);
    expect(dueBriefs([on], window('2026-03-02T07:00:00Z', '2026-03-02T07:01:00Z'))).toHaveLength(0);
  });

  it('names the next brief and builds the dedup key in one place', () => {
    const next = nextBrief(person('next', 'Asia/Kolkata', '07:00', { weekdays: [1] }), new Date('2026-03-10T00:00:00Z'));
    expect(next && brief(next)).toBe('next daily 2026-03-16 2026-03-16T01:30:00.000Z');
    expect(nextBrief(person('none', 'UTC', '07:00', { weekdays: [] }), new Date('2026-03-10T00:00:00Z'))).toBeNull();
    expect(briefDedupKey('u1', 'weekly', '2026-03-16')).toBe('brief:u1:weekly:2026-03-16');
  });
});
