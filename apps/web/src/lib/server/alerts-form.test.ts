import { defaultNotificationPreferences } from '@ordo/shared-types';
import { describe, expect, it } from 'vitest';
import { alertsFormValues, parseAlertsForm } from './alerts-form.ts';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const filled = {
  push_enabled: 'on',
  brief_ready: 'on',
  task_due_soon: 'on',
  due_soon_minutes: '15',
  event_soon_minutes: '10',
  overdue_digest_time: '08:00',
  quiet_start: '22:00',
  quiet_end: '07:00',
  daily_sms_cap: '10',
};

describe('parseAlertsForm', () => {
  it('reads the defaults back as they are shown, unchecked quiet hours as none', () => {
    expect(parseAlertsForm(form(filled))).toEqual({ ok: true, input: defaultNotificationPreferences });
  });

  it('shows saved preferences as the form posts them, suggesting a night for quiet hours that are off', () => {
    const values = alertsFormValues(defaultNotificationPreferences);
    expect(values).toMatchObject({ quiet_hours: false, quiet_start: '22:00', quiet_end: '07:00', due_soon_minutes: '15', daily_sms_cap: '10' });
    const saved = { ...defaultNotificationPreferences, quiet_hours: { start: '23:30', end: '06:00' }, sms_enabled: true };
    const posted = new FormData();
    for (const [name, value] of Object.entries(alertsFormValues(saved))) {
      if (value === true) posted.append(name, 'on');
      else if (value !== false) posted.append(name, value);
    }
    expect(parseAlertsForm(posted)).toEqual({ ok: true, input: saved });
  });

  it('reads every switch, number and time, and quiet hours when checked', () => {
    const result = parseAlertsForm(
      form({ ...filled, sms_enabled: 'on', push_enabled: '', event_soon: 'on', overdue_digest: 'on', overdue_digest_time: '18:30', quiet_hours: 'on', due_soon_minutes: '30', daily_sms_cap: '3' }),
    );
    expect(result).toEqual({
      ok: true,
      input: {
        ...defaultNotificationPreferences,
        sms_enabled: true,
        push_enabled: false,
        event_soon: true,
        overdue_digest: true,
        overdue_digest_time: '18:30',
        quiet_hours: { start: '22:00', end: '07:00' },
        due_soon_minutes: 30,
        daily_sms_cap: 3,
      },
    });
  });

  it('names each bad field by its input name, keeping what was posted', () => {
    const result = parseAlertsForm(
      form({ ...filled, quiet_hours: 'on', quiet_start: '23:00', quiet_end: '23:00', due_soon_minutes: '', event_soon_minutes: '1441', overdue_digest_time: '8am', daily_sms_cap: '0' }),
    );
    expect(result).toEqual({
      ok: false,
      values: expect.objectContaining({ quiet_hours: true, quiet_end: '23:00', due_soon_minutes: '', overdue_digest_time: '8am' }),
      errors: {
        quiet_end: 'Choose an end different from the start',
        due_soon_minutes: 'Enter whole minutes',
        event_soon_minutes: 'Enter at most 1440 minutes (a day)',
        overdue_digest_time: 'Enter a time, like 22:00',
        daily_sms_cap: 'Enter 1 or more',
      },
    });
    const badStart = parseAlertsForm(form({ ...filled, quiet_hours: 'on', quiet_start: '' }));
    expect(badStart).toMatchObject({ ok: false, errors: { quiet_start: 'Enter a time, like 22:00' } });
    // Unchecked, quiet hours' times are not checked at all.
    expect(parseAlertsForm(form({ ...filled, quiet_start: 'nonsense' }))).toMatchObject({ ok: true, input: { quiet_hours: null } });
  });
});
