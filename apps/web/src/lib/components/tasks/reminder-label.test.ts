import { describe, expect, it } from 'vitest';
import { reminderLabel, reminderStatus } from './reminder-label.ts';

const base = { offset_minutes: 0, days_before: 0, local_time: null, at: null };

describe('reminderLabel', () => {
  it('says what each anchor is set to, in hours and days where they are whole', () => {
    expect(reminderLabel({ ...base, anchor: 'start' }, 'UTC')).toBe('At start');
    expect(reminderLabel({ ...base, anchor: 'start', offset_minutes: 90 }, 'UTC')).toBe('1 h 30 min before start');
    expect(reminderLabel({ ...base, anchor: 'due', offset_minutes: 2880 }, 'UTC')).toBe('2 d before the end of the due day');
    expect(reminderLabel({ ...base, anchor: 'due_day', local_time: '09:00' }, 'UTC')).toBe('At 09:00 on the due day');
    expect(reminderLabel({ ...base, anchor: 'due_day', local_time: '08:15', days_before: 1 }, 'UTC')).toBe('At 08:15, 1 day before the due day');
    expect(reminderLabel({ ...base, anchor: 'absolute', at: new Date('2026-11-01T05:30:00Z') }, 'America/New_York')).toBe('At Sun, 1 Nov 2026, 01:30');
  });
});

describe('reminderStatus', () => {
  it('gives the next firing time on the person’s clock, or why it will not fire', () => {
    const fireAt = new Date('2026-11-01T06:30:00Z');
    expect(reminderStatus({ anchor: 'start', state: 'scheduled', fire_at: fireAt, fired_at: null }, 'America/New_York')).toBe('Next: Sun, 1 Nov 2026, 01:30');
    expect(reminderStatus({ anchor: 'start', state: 'notified', fire_at: fireAt, fired_at: fireAt }, 'Asia/Kathmandu')).toBe('Sent Sun, 1 Nov 2026, 12:15');
    expect(reminderStatus({ anchor: 'due_day', state: 'missed', fire_at: fireAt, fired_at: null }, 'UTC')).toBe('Not sent: Sun, 1 Nov 2026, 06:30 had passed');
    expect(reminderStatus({ anchor: 'due_day', state: 'inactive', fire_at: null, fired_at: null }, 'UTC')).toBe('Off: the task is finished or has no due date');
  });
});
