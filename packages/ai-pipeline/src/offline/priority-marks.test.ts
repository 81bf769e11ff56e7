import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { withPriorityMarkLast } from './priority-marks.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

function read(dump: string): [string, string | null][] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, operation.priority] as [string, string | null]] : []));
}

describe('a priority mark leading a list item', () => {
  it.each([
    ['(A) service the boiler\n(B) repaint the gate\n(C) sort the loft', [['Service the boiler', 'high'], ['Repaint the gate', 'medium'], ['Sort the loft', 'low']]],
    ['(A) chase the invoice, asap, they keep asking', [['Chase the invoice', 'high']]],
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
});
