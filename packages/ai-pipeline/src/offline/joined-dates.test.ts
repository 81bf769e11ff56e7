import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

function read(dump: string): [string, string | null][] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, operation.due_date] as [string, string | null]] : []));
}

describe('days joined by "and" inside one task', () => {
  it.each([
    ['Arrange cover for Thursday and Friday', 'Arrange cover for Thursday and Friday', '2026-12-03'],
    ['hire the van on Saturday and Sunday', 'Hire the van on Saturday and Sunday', '2026-12-05'],
    ['staff the stall Thursday or Friday', 'Staff the stall Thursday or Friday', '2026-12-03'],
    ['feed the neighbour’s cat on the 14th and 15th', 'Feed the neighbour\'s cat on the 14th and 15th', '2026-12-14'],
  ])('keeps the words of "%s" and takes the first day', (dump, title, due) => {
    expect(read(dump)).toEqual([[title, due]]);
  });

  it.each([
    ['ring the plumber friday and book the MOT', [['Ring the plumber', '2026-12-04'], ['Book the MOT', null]]],
    ['meet Sam tomorrow and Dana', [['Meet Sam and Dana', '2026-12-03']]],
  ])('still cuts a day that nothing joins in "%s"', (dump, expected) => {
    expect(read(dump)).toEqual(expected);
  });
});

describe('a day leading the need a sentence lists', () => {
  it.each([
    ['By Friday I need to get the bank statements, reconcile the counts and send everything to Mr Haddad.', '2026-12-04'],
    ['Before the AGM on 12 December we have to get the bank statements, reconcile the counts and send everything to Mr Haddad.', '2026-12-11'],
  ])('dates every step: "%s"', (dump, day) => {
    expect(read(dump)).toEqual([
      ['Get the bank statements', day],
      ['Reconcile the counts', day],
      ['Send everything to Mr Haddad', day],
    ]);
  });
});
