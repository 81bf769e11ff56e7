import { describe, expect, it } from 'vitest';
import { dayColumn } from './day-column.ts';
import { dropAt, moveByDays, moveByMinutes, resizeBy, resizeTo, snapMinute, spanFormValues, spanFromForm } from './moves.ts';

const at = (iso: string) => new Date(iso).getTime();
const iso = (span: { start: number; end: number }) => [new Date(span.start).toISOString(), new Date(span.end).toISOString()];
const NY = 'America/New_York';

describe('moving and resizing a scheduled task', () => {
  const hour = { start: at('2026-06-10T13:00:00Z'), end: at('2026-06-10T14:00:00Z') };

  it('snaps a drop to 15 minutes and keeps the length', () => {
    expect(snapMinute(607)).toBe(600);
    expect(snapMinute(608)).toBe(615);
    const column = dayColumn('2026-06-11', NY);
    expect(iso(dropAt(hour, column, 10 * 60 + 7))).toEqual(['2026-06-11T14:00:00.000Z', '2026-06-11T15:00:00.000Z']);
    // Kept within the day it is dropped on.
    expect(iso(dropAt(hour, column, 1500))).toEqual(['2026-06-12T03:45:00.000Z', '2026-06-12T04:45:00.000Z']);
    expect(iso(dropAt(hour, column, -30))[0]).toBe('2026-06-11T04:00:00.000Z');
  });

  it('drops at the wall time the grid shows on a 23-hour day', () => {
    // On 8 March the line 8 elapsed hours after midnight is 09:00 EDT.
    const spring = dayColumn('2026-03-08', NY);
    expect(iso(dropAt(hour, spring, 8 * 60))[0]).toBe('2026-03-08T13:00:00.000Z');
  });

  it('moves by 15 minutes, and by whole days at the same wall time across a change of clocks', () => {
    expect(iso(moveByMinutes(hour, -15))).toEqual(['2026-06-10T12:45:00.000Z', '2026-06-10T13:45:00.000Z']);
    const before = { start: at('2026-03-07T14:00:00Z'), end: at('2026-03-07T15:00:00Z') }; // 09:00 EST
    expect(iso(moveByDays(before, 1, NY))).toEqual(['2026-03-08T13:00:00.000Z', '2026-03-08T14:00:00.000Z']); // 09:00 EDT
    expect(iso(moveByDays(moveByDays(before, 1, NY), -1, NY))).toEqual(iso(before));
  });

  it('resizes by steps, never under 15 minutes nor over 24 hours', () => {
    expect(iso(resizeBy(hour, 15))[1]).toBe('2026-06-10T14:15:00.000Z');
    expect(iso(resizeBy(hour, -120))[1]).toBe('2026-06-10T13:15:00.000Z');
    expect(iso(resizeBy(hour, 3000))[1]).toBe('2026-06-11T13:00:00.000Z');
    expect(iso(resizeTo(hour, dayColumn('2026-06-10', NY), 11 * 60 + 20))[1]).toBe('2026-06-10T15:15:00.000Z');
  });

  it('reads and writes the form in the person’s zone', () => {
    expect(spanFormValues(hour, NY)).toEqual({ date: '2026-06-10', time: '09:00', duration: 60 });
    const parsed = spanFromForm({ date: '2026-11-02', time: '09:00', duration: 45 }, NY);
    expect('span' in parsed && iso(parsed.span)).toEqual(['2026-11-02T14:00:00.000Z', '2026-11-02T14:45:00.000Z']);
    expect(spanFromForm({ date: '2026-02-30', time: '09:00', duration: 45 }, NY)).toEqual({ field: 'date', message: 'Enter a real date' });
    expect(spanFromForm({ date: '2026-02-03', time: '', duration: 45 }, NY)).toMatchObject({ field: 'time' });
    expect(spanFromForm({ date: '2026-02-03', time: '09:00', duration: 0 }, NY)).toMatchObject({ field: 'duration' });
  });
});
