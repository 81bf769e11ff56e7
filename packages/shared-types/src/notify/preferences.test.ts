import { describe, expect, it } from 'vitest';
import { alertChannels, defaultNotificationPreferences, notificationPreferencesSchema } from './preferences.ts';

describe('notification preferences', () => {
  it('accepts the defaults and quiet hours spanning midnight or within a day', () => {
    expect(notificationPreferencesSchema.parse(defaultNotificationPreferences)).toEqual(defaultNotificationPreferences);
    for (const quiet_hours of [{ start: '22:00', end: '07:00' }, { start: '12:00', end: '13:30' }, null]) {
      expect(notificationPreferencesSchema.safeParse({ ...defaultNotificationPreferences, quiet_hours }).success).toBe(true);
    }
  });

  it('refuses quiet hours that start when they end, naming the end', () => {
    const parsed = notificationPreferencesSchema.safeParse({ ...defaultNotificationPreferences, quiet_hours: { start: '07:00', end: '07:00' } });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['quiet_hours.end', 'Choose an end different from the start']]);
  });

  it('sends by SMS and push as switched on, and nowhere when both are off', () => {
    expect(alertChannels({ sms_enabled: true, push_enabled: true })).toEqual(['sms', 'push']);
    expect(alertChannels({ sms_enabled: false, push_enabled: true })).toEqual(['push']);
    expect(alertChannels({ sms_enabled: true, push_enabled: false })).toEqual(['sms']);
    expect(alertChannels({ sms_enabled: false, push_enabled: false })).toEqual([]);
  });
});
