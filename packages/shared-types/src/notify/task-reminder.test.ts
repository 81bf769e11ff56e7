import { describe, expect, it } from 'vitest';
import { patchedReminderInput, reminderDefinition, taskReminderInputSchema } from './task-reminder.ts';

const problems = (value: unknown) =>
  Object.fromEntries(taskReminderInputSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? []);

describe('taskReminderInputSchema', () => {
  it('accepts each anchor with its own fields, channels defaulting to push', () => {
    expect(reminderDefinition(taskReminderInputSchema.parse({ anchor: 'start', offset_minutes: 30, channels: ['push', 'sms'] }))).toEqual({
      anchor: 'start',
      offset_minutes: 30,
      days_before: 0,
      local_time: null,
      at: null,
      channels: ['push', 'sms'],
    });
    expect(reminderDefinition(taskReminderInputSchema.parse({ anchor: 'due_day', local_time: '09:00', days_before: 1 }))).toMatchObject({
      local_time: '09:00',
      days_before: 1,
      channels: ['push'],
    });
    expect(taskReminderInputSchema.parse({ anchor: 'absolute', at: '2026-06-10T09:00:00Z' }).at).toEqual(new Date('2026-06-10T09:00:00Z'));
  });

  it('names each bad field', () => {
    expect(problems({ anchor: 'due_day' })).toEqual({ local_time: 'Enter a time, like 09:00' });
    expect(problems({ anchor: 'absolute', offset_minutes: 5 })).toEqual({
      at: 'Enter a date and time',
      offset_minutes: 'Not used by a reminder anchored to "absolute"',
    });
    expect(problems({ anchor: 'start', offset_minutes: -1, channels: [] })).toEqual({
      offset_minutes: 'Enter 0 or more minutes',
      channels: 'Choose at least one channel',
    });
    expect(problems({ anchor: 'start', channels: ['sms', 'sms'] })).toEqual({ channels: 'List each channel once' });
    expect(problems({ anchor: 'due_day', local_time: '24:00' })).toEqual({ local_time: 'Enter a time, like 09:00' });
    expect(Object.keys(problems({ anchor: 'soon' }))).toEqual(['anchor']);
    expect(Object.keys(problems({ anchor: 'start', channels: ['pigeon'] }))).toEqual(['channels.0']);
  });
});

describe('patchedReminderInput', () => {
  const stored = { anchor: 'due_day' as const, offset_minutes: 0, days_before: 1, local_time: '09:00', at: null, channels: ['push' as const] };

  it('keeps the anchor’s fields and the channels when the anchor stays', () => {
    expect(patchedReminderInput(stored, { local_time: '08:00' })).toEqual({ anchor: 'due_day', local_time: '08:00', days_before: 1, channels: ['push'] });
  });

  it('drops the old anchor’s fields with a new anchor, so the new one must bring its own', () => {
    const input = patchedReminderInput(stored, { anchor: 'absolute' });
    expect(input).toEqual({ anchor: 'absolute', channels: ['push'] });
    expect(problems(input)).toEqual({ at: 'Enter a date and time' });
  });
});
