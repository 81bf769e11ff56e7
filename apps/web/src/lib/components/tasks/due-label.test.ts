import { describe, expect, it } from 'vitest';
import { describeDue } from './due-label.ts';

describe('describeDue', () => {
  const today = '2026-11-23';

  it('names nearby days and marks anything before today as overdue', () => {
    expect(describeDue('2026-11-22', today)).toEqual({ text: 'Yesterday', tone: 'overdue' });
    expect(describeDue('2026-11-02', today)).toEqual({ text: 'Nov 2', tone: 'overdue' });
    expect(describeDue('2026-11-23', today)).toEqual({ text: 'Today', tone: 'today' });
    expect(describeDue('2026-11-24', today)).toEqual({ text: 'Tomorrow', tone: 'soon' });
    expect(describeDue('2026-11-27', today)).toEqual({ text: 'Fri Nov 27', tone: 'soon' });
    expect(describeDue('2026-12-25', today)).toEqual({ text: 'Dec 25', tone: 'later' });
  });

  it('adds the year outside the current one and counts across month and year ends', () => {
    expect(describeDue('2027-01-02', '2026-12-31')).toEqual({ text: 'Sat Jan 2, 2027', tone: 'soon' });
    expect(describeDue('2025-12-31', '2026-01-01')).toEqual({ text: 'Yesterday', tone: 'overdue' });
    expect(describeDue('2027-03-01', today)).toEqual({ text: 'Mar 1, 2027', tone: 'later' });
  });
});
