import { describe, expect, it } from 'vitest';
import { parseBriefForm } from './brief-form.ts';

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  return data;
}

describe('parseBriefForm', () => {
  it('reads checkboxes, an empty weekly day as none, and numbers', () => {
    const result = parseBriefForm(
      form({ enabled: 'on', send_time: '06:45', weekdays: ['1', '3'], sections: ['wins', 'focus'], weekly_day: '', max_lateness_minutes: '90' }),
    );
    expect(result).toEqual({
      ok: true,
      input: { enabled: true, send_time: '06:45', weekdays: [1, 3], sections: ['wins', 'focus'], weekly_day: null, max_lateness_minutes: 90 },
    });
    const off = parseBriefForm(form({ send_time: '07:00', weekly_day: '7', max_lateness_minutes: '0' }));
    expect(off).toMatchObject({ ok: true, input: { enabled: false, weekdays: [], sections: [], weekly_day: 7, max_lateness_minutes: 0 } });
  });

  it('names each bad field by its input name, keeping what was posted', () => {
    const result = parseBriefForm(
      form({ enabled: 'on', send_time: '25:00', weekdays: ['1', '9'], sections: ['wins', 'gossip'], weekly_day: '0', max_lateness_minutes: '' }),
    );
    expect(result).toEqual({
      ok: false,
      values: { enabled: true, send_time: '25:00', weekdays: [1, 9], sections: ['wins', 'gossip'], weekly_day: '0', max_lateness_minutes: '' },
      errors: {
        send_time: 'Enter a time, like 07:00',
        weekdays: 'Choose a weekday from 1 (Monday) to 7 (Sunday)',
        sections: expect.any(String),
        weekly_day: 'Choose a weekday from 1 (Monday) to 7 (Sunday)',
        max_lateness_minutes: 'Enter whole minutes',
      },
    });
  });
});
