import { describe, expect, it } from 'vitest';
import { clockTime, NOTIFICATION_TITLE_MAX, notificationTitle, shortDuration } from './alert-text.ts';

describe('alert text', () => {
  it('says the time on the person’s clock, across the DST change', () => {
    expect(clockTime(new Date('2026-03-08T06:30:00Z'), 'America/New_York')).toBe('01:30');
    expect(clockTime(new Date('2026-03-08T07:30:00Z'), 'America/New_York')).toBe('03:30');
    expect(clockTime(new Date('2026-06-01T09:05:00Z'), 'Asia/Kathmandu')).toBe('14:50');
  });

  it('says durations in minutes and hours', () => {
    expect(shortDuration(15 * 60_000)).toBe('15 min');
    expect(shortDuration(14.6 * 60_000)).toBe('15 min');
    expect(shortDuration(60 * 60_000)).toBe('1 h');
    expect(shortDuration(90 * 60_000)).toBe('1 h 30 min');
    expect(shortDuration(24 * 60 * 60_000)).toBe('24 h');
    expect(shortDuration(-5)).toBe('0 min');
  });

  it('keeps a title to one line of at most 120 characters without splitting an emoji', () => {
    expect(notificationTitle('  Call\n the bank ')).toBe('Call the bank');
    const long = notificationTitle(`${'a'.repeat(118)}👨‍👩‍👧 and more`);
    expect([...long].length).toBeLessThanOrEqual(NOTIFICATION_TITLE_MAX);
    expect(long).toBe(`${'a'.repeat(118)}…`);
    expect(notificationTitle('x'.repeat(120))).toBe('x'.repeat(120));
  });
});
