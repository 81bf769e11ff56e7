import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { closingDay } from './closing-remarks.ts';
import { parseDump } from './parse-dump.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-11-11', timezone: 'UTC', projects: [], tasks: [] };

function tasksOf(dump: string): { title: string; due: string | null }[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [{ title: operation.title, due: operation.due_date }] : []));
}

describe('a window closing after a task', () => {
  it('dates the task before it, and is no task of its own', () => {
    expect(tasksOf('- enter the bake-off, entries close Friday')).toEqual([{ title: 'Enter the bake-off', due: '2026-11-13' }]);
    expect(tasksOf('- apply for the allotment grant, applications are due 4 December')).toEqual([{ title: 'Apply for the allotment grant', due: '2026-12-04' }]);
    expect(tasksOf('Put Noor down for the chess club too, sign-ups close on the 20th.')).toEqual([{ title: 'Put Noor down for the chess club', due: '2026-11-20' }]);
    expect(tasksOf('- book the pottery course, the early bird rate ends on the 30th')).toEqual([{ title: 'Book the pottery course', due: '2026-11-30' }]);
    expect(tasksOf('- call the hotel about the room block, the group rate expires on the 19th')).toEqual([{ title: 'Call the hotel about the room block', due: '2026-11-19' }]);
    expect(tasksOf('- accept the builder’s quote, the quote expires Friday')).toEqual([{ title: "Accept the builder's quote", due: '2026-11-13' }]);
  });

  it('dates the task by a window "it" closes, said over one clause or two', () => {
    expect(tasksOf('- renew the parking permit, it expires on the 20th')).toEqual([{ title: 'Renew the parking permit', due: '2026-11-20' }]);
    expect(tasksOf("vote in the steward election, it's online and closes Friday")).toEqual([{ title: 'Vote in the steward election', due: '2026-11-13' }]);
  });

  it('dates a verbless item by a bare deadline', () => {
    expect(tasksOf('- travel expenses for the Leeds trip, deadline the 25th')).toEqual([{ title: 'Travel expenses for the Leeds trip', due: '2026-11-25' }]);
  });

  it("leaves a task with a day of its own, and another item's day, alone", () => {
    expect(tasksOf('- send the abstract to Ada by Friday, early-bird ends on the 30th').find((task) => task.title === 'Send the abstract to Ada')?.due).toBe('2026-11-13');
    expect(tasksOf('Shop: restock the till rolls, PAYE due 22 Nov').find((task) => task.title === 'Restock the till rolls')?.due).toBeNull();
  });
});

describe('closingDay', () => {
  it('is the day a window closes, ends or falls due on', () => {
    expect(closingDay('early-bird ends May 15')).toBe('May 15');
    expect(closingDay('registration closes on Sunday')).toBe('Sunday');
    expect(closingDay('deadline is the 3rd')).toBe('the 3rd');
  });

  it('is none for an hour, a thing of its own, a window opening or one gone by', () => {
    expect(closingDay('entries close at 5')).toBeNull();
    expect(closingDay('VAT201 due 23 Jan')).toBeNull();
    expect(closingDay('registration opens Monday')).toBeNull();
    expect(closingDay('the sale ended Monday')).toBeNull();
  });
});
