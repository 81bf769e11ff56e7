import { describe, expect, it } from 'vitest';
import type { ReminderEditValues } from './reminder-edit-values.ts';
import { editFieldOf, reminderPatch } from './reminder-patch.ts';

const values: ReminderEditValues = {
  anchor: 'start',
  amount: 30,
  unit: 'minutes',
  local_time: '09:00',
  days_before: 0,
  at_local: '',
  channels: ['push'],
};

describe('reminderPatch', () => {
  it('sends an offset in minutes, whatever unit it was typed in', () => {
    expect(reminderPatch({ ...values, amount: 45 }, 'UTC')).toEqual({ ok: true, patch: { anchor: 'start', offset_minutes: 45, channels: ['push'] } });
    expect(reminderPatch({ ...values, anchor: 'due', amount: 3, unit: 'hours', channels: ['sms', 'email'] }, 'UTC')).toEqual({
      ok: true,
      patch: { anchor: 'due', offset_minutes: 180, channels: ['sms', 'email'] },
    });
    expect(reminderPatch({ ...values, amount: 2, unit: 'days' }, 'UTC')).toMatchObject({ patch: { offset_minutes: 2880 } });
    // Not whole minutes: left for the API's schema to name.
    expect(reminderPatch({ ...values, amount: 0.5 }, 'UTC')).toMatchObject({ patch: { offset_minutes: 0.5 } });
    expect(reminderPatch({ ...values, amount: null }, 'UTC')).toEqual({ ok: false, errors: { amount: 'Enter a number' } });
  });

  it('sends only the chosen anchor’s own fields', () => {
    expect(reminderPatch({ ...values, anchor: 'due_day', local_time: '07:45', days_before: 2 }, 'UTC')).toEqual({
      ok: true,
      patch: { anchor: 'due_day', local_time: '07:45', days_before: 2, channels: ['push'] },
    });
    expect(reminderPatch({ ...values, anchor: 'due_day', days_before: null }, 'UTC')).toEqual({ ok: false, errors: { days_before: 'Enter a number of days' } });
  });

  it('reads an absolute time on the person’s clock, across a DST change', () => {
    expect(reminderPatch({ ...values, anchor: 'absolute', at_local: '2026-11-01T01:30' }, 'America/New_York')).toEqual({
      ok: true,
      patch: { anchor: 'absolute', at: new Date('2026-11-01T05:30:00Z'), channels: ['push'] },
    });
    expect(reminderPatch({ ...values, anchor: 'absolute', at_local: '2026-02-30T10:00' }, 'UTC')).toEqual({ ok: false, errors: { at_local: 'Enter a date and time' } });
  });
});

describe('editFieldOf', () => {
  it('puts the API’s field names on the form’s fields', () => {
    expect(editFieldOf('offset_minutes')).toBe('amount');
    expect(editFieldOf('at')).toBe('at_local');
    expect(editFieldOf('channels.1')).toBe('channels');
    expect(editFieldOf('local_time')).toBe('local_time');
  });
});
