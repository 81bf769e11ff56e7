import { describe, expect, it } from 'vitest';
import { dayLabel, instantLabel, taskDateLabel, timeLabel } from './date-label.ts';

// A fixed clock: Monday 23 November 2026 in the person's zone.
const today = '2026-11-23';
const paris = 'Europe/Paris';

describe('dayLabel', () => {
  it('is relative for yesterday, today and the coming week, with a tone for each', () => {
    expect(dayLabel('2026-11-22', today)).toEqual({ text: 'Yesterday', tone: 'overdue' });
    expect(dayLabel('2026-11-23', today)).toEqual({ text: 'Today', tone: 'today' });
    expect(dayLabel('2026-11-24', today)).toEqual({ text: 'Tomorrow', tone: 'soon' });
    expect(dayLabel('2026-11-25', today)).toEqual({ text: 'Wed', tone: 'soon' });
    expect(dayLabel('2026-11-29', today)).toEqual({ text: 'Sun', tone: 'soon' });
  });

  it('is "Fri Dec 4" further away, before or after, with the year outside this one', () => {
    expect(dayLabel('2026-11-30', today)).toEqual({ text: 'Mon Nov 30', tone: 'later' });
    expect(dayLabel('2026-12-04', today)).toEqual({ text: 'Fri Dec 4', tone: 'later' });
    expect(dayLabel('2026-11-02', today)).toEqual({ text: 'Mon Nov 2', tone: 'overdue' });
    expect(dayLabel('2027-03-01', today)).toEqual({ text: 'Mon Mar 1, 2027', tone: 'later' });
  });

  it('counts across month and year ends', () => {
    expect(dayLabel('2027-01-02', '2026-12-31')).toEqual({ text: 'Sat', tone: 'soon' });
    expect(dayLabel('2025-12-31', '2026-01-01')).toEqual({ text: 'Yesterday', tone: 'overdue' });
  });
});

describe('times', () => {
  it('shows the wall clock in the person’s zone', () => {
    const instant = new Date('2026-11-24T14:00:00Z');
    expect(timeLabel(instant, paris)).toBe('3:00 PM');
    expect(timeLabel(instant, 'America/New_York')).toBe('9:00 AM');
    expect(instantLabel(instant, today, paris)).toEqual({ text: 'Tomorrow at 3:00 PM', tone: 'soon' });
    expect(instantLabel('2026-11-24T14:00:00.000Z', today, paris).text).toBe('Tomorrow at 3:00 PM');
  });

  it('takes the day from the zone, not from UTC', () => {
    // 23:30 UTC on the 23rd is already the 24th in Paris.
    expect(instantLabel(new Date('2026-11-23T23:30:00Z'), today, paris).text).toBe('Tomorrow at 12:30 AM');
  });
});

describe('taskDateLabel', () => {
  it('adds the start time to the due day it falls on', () => {
    const dentist = { due_date: '2026-12-01', start_at: new Date('2026-12-01T14:00:00Z') };
    expect(taskDateLabel(dentist, today, paris)).toEqual({ text: 'Tue Dec 1 at 3:00 PM', tone: 'later' });
    expect(taskDateLabel({ ...dentist, due_date: null }, '2026-11-26', paris)).toEqual({ text: 'Tue at 3:00 PM', tone: 'soon' });
  });

  it('shows only the day without a time, a later start beside the due day, and nothing without either', () => {
    expect(taskDateLabel({ due_date: '2026-11-24', start_at: null }, today, paris)).toEqual({ text: 'Tomorrow', tone: 'soon' });
    expect(taskDateLabel({ due_date: '2026-11-27', start_at: '2026-11-24T08:00:00Z' }, today, paris)).toEqual({
      text: 'Fri (starts Tomorrow at 9:00 AM)',
      tone: 'soon',
    });
    expect(taskDateLabel({ due_date: null, start_at: null }, today, paris)).toBeNull();
  });
});
