import { describe, expect, it } from 'vitest';
import { parseProfileForm, timeZones } from './profile-form.ts';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('parseProfileForm', () => {
  it('reads weekday checkboxes and times into working hours', () => {
    const result = parseProfileForm(
      form([
        ['name', 'Ada'],
        ['timezone', 'Europe/Paris'],
        ['start', '08:30'],
        ['end', '16:00'],
        ['days', '1'],
        ['days', '3'],
      ]),
    );
    expect(result).toEqual({
      ok: true,
      input: { name: 'Ada', timezone: 'Europe/Paris', working_hours: { start: '08:30', end: '16:00', days: [1, 3] } },
    });
  });

  it('names the form fields that are wrong and keeps what was typed', () => {
    const result = parseProfileForm(form([['name', ''], ['timezone', 'UTC'], ['start', '17:00'], ['end', '09:00']]));
    if (result.ok) throw new Error('expected errors');
    expect(Object.keys(result.errors).toSorted()).toEqual(['end', 'name']);
    expect(result.values.start).toBe('17:00');
  });

  it('words its errors for people', () => {
    const result = parseProfileForm(form([['name', ' '], ['timezone', ''], ['start', '08:3'], ['end', '17:00']]));
    if (result.ok) throw new Error('expected errors');
    expect(result.errors).toEqual({ name: 'Fill in this field', timezone: 'Choose a time zone', start: 'Enter a time, like 09:30' });
  });

  it('offers UTC, which the runtime list lacks and accounts start with', () => {
    expect(timeZones[0]).toBe('UTC');
    expect(parseProfileForm(form([['name', 'Ada'], ['timezone', 'UTC'], ['start', '09:00'], ['end', '17:00']])).ok).toBe(true);
  });
});
