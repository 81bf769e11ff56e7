import { describe, expect, it } from 'vitest';
import { reminderEditValues } from './reminder-edit-values.ts';

const stored = { offset_minutes: 0, days_before: 0, local_time: null, at: null, channels: ['push' as const] };

describe('reminderEditValues', () => {
  it('shows an offset in the largest unit it is a whole number of', () => {
    expect(reminderEditValues({ ...stored, anchor: 'start', offset_minutes: 90 }, 'UTC')).toMatchObject({ anchor: 'start', amount: 90, unit: 'minutes' });
    expect(reminderEditValues({ ...stored, anchor: 'start', offset_minutes: 120 }, 'UTC')).toMatchObject({ amount: 2, unit: 'hours' });
    expect(reminderEditValues({ ...stored, anchor: 'due', offset_minutes: 2880 }, 'UTC')).toMatchObject({ anchor: 'due', amount: 2, unit: 'days' });
    expect(reminderEditValues({ ...stored, anchor: 'start' }, 'UTC')).toMatchObject({ amount: 0, unit: 'minutes' });
  });

  it('keeps the other anchors’ fields at the add form’s defaults', () => {
    expect(reminderEditValues({ ...stored, anchor: 'due_day', local_time: '07:45', days_before: 1, channels: ['sms', 'email'] }, 'UTC')).toEqual({
      anchor: 'due_day',
      amount: 30,
      unit: 'minutes',
      local_time: '07:45',
      days_before: 1,
      at_local: '',
      channels: ['sms', 'email'],
    });
  });

  it('shows an absolute time on the person’s clock', () => {
    expect(reminderEditValues({ ...stored, anchor: 'absolute', at: new Date('2026-11-01T05:30:00Z') }, 'America/New_York')).toMatchObject({
      at_local: '2026-11-01T01:30',
      local_time: '09:00',
    });
  });
});
