import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { withLetterRanksAsMarks, withPriorityMarkLast } from './priority-marks.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

function read(dump: string): [string, string | null][] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, operation.priority] as [string, string | null]] : []));
}

describe('a priority mark leading a list item', () => {
  it.each([
    ['(A) service the boiler\n(B) repaint the gate\n(C) sort the loft', [['Service the boiler', 'high'], ['Repaint the gate', 'medium'], ['Sort the loft', 'low']]],
    ['(A) chase the invoice, asap, they keep asking', [['Chase the invoice', 'high']]],
    ['!!! Call the strata office about the leak\nBrine the turkey', [['Call the strata office about the leak', 'high'], ['Brine the turkey', null]]],
  ])('marks the item\'s task in "%s"', (dump, expected) => {
    expect(read(dump)).toEqual(expected);
  });

  it('gives a P1 to the task after a remark on its line, not to the remark', () => {
    const tasks = read('P1 the gutter is leaking again, ring the roofer tomorrow\nP3 label the freezer boxes');
    expect(tasks).toContainEqual(['Ring the roofer', 'high']);
    expect(tasks).toContainEqual(['Label the freezer boxes', 'low']);
    expect(tasks.filter(([title]) => title.includes('gutter')).every(([, priority]) => priority === null)).toBe(true);
  });

  it.each([
    ['- Heizung entlüften DRINGEND', 'Heizung entlüften'],
    ['- pagare la bolletta, urgente', 'Pagare la bolletta'],
  ])('reads "dringend" and "urgente" as high in "%s"', (dump, title) => {
    expect(read(dump)).toEqual([[title, 'high']]);
  });

  it.each(['(a) water the ferns', 'A) water the ferns', 'Plan B: water the ferns', '(D) water the ferns'])('reads no mark in "%s"', (line) => {
    expect(withPriorityMarkLast(line)).toBe(line);
  });

  it('reads Franklin-style letters and ranks (A1, A2, B1, C1) as high, medium and low', () => {
    expect(read('A1 fix the overbooking on the wedding block\nA2 find the 3,200 pesos\n- B1 do the December schedule\nC1 reorganise the lost & found closet')).toEqual([
      ['Fix the overbooking on the wedding block', 'high'],
      ['Find the 3,200 pesos', 'high'],
      ['Do the December schedule', 'medium'],
      ['Reorganise the lost & found closet', 'low'],
    ]);
  });

  it.each([
    '- A4 paper for the printer\n- B2 visa forms\n- B1 milk',
    'A1 fix the gate\nA2 call the bank',
    'A1 fix the gate\nA2 call the bank\nA3 tidy the shed',
  ])('reads no ranks where too few lines, one letter or a letter not counting from 1 carry them: "%s"', (dump) => {
    expect(withLetterRanksAsMarks(dump)).toBe(dump);
  });
});
