import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

function read(dump: string): [string, string | null][] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, operation.due_date] as [string, string | null]] : []));
}

describe('the day a task is done when its words name more than one', () => {
  it.each([
    ["- file yesterday's timesheets on Friday", "File yesterday's timesheets", '2026-12-04'],
    ["- go through Monday's minutes tomorrow", "Go through Monday's minutes", '2026-12-03'],
    ["- answer last month's letters this weekend", "Answer last month's letters", '2026-12-05'],
  ])('takes the day said after a past or possessive one in "%s"', (dump, title, due) => {
    expect(read(dump)).toEqual([[title, due]]);
  });

  it('still reads a possessive day alone as the day: "book the venue for Sunday\'s lunch"', () => {
    expect(read("- book the venue for Sunday's lunch")).toEqual([["Book the venue for Sunday's lunch", '2026-12-06']]);
  });
});

describe('a day of the month before a reason or a pronoun', () => {
  it.each([
    ['- renew the lease by the 20th because the agent asked', 'Renew the lease', '2026-12-20'],
    ['- pay Tomasz back on the 9th since he covered lunch', 'Pay Tomasz back', '2026-12-09'],
  ])('reads the day in "%s"', (dump, title, due) => {
    expect(read(dump).at(0)).toEqual([title, due]);
  });

  it('still reads an ordinal naming which thing as no day: "clean the 2nd bathroom"', () => {
    expect(read('- clean the 2nd bathroom')).toEqual([['Clean the 2nd bathroom', null]]);
  });
});

describe('a day said alone after a comma', () => {
  it.each([
    ['- water rates, due on the 18th', 'Water rates', '2026-12-18'],
    ['- send the school form back, due the 11th', 'Send the school form back', '2026-12-11'],
  ])('dates the task before it in "%s"', (dump, title, due) => {
    expect(read(dump)).toEqual([[title, due]]);
  });
});

describe('the end of the year', () => {
  it.each([
    ['- close the old savings account before the end of the year', 'Close the old savings account'],
    ['- donate the old coats by end of this year', 'Donate the old coats'],
    ['- archive the project folders EOY', 'Archive the project folders'],
  ])('is the 31st of December in "%s"', (dump, title) => {
    expect(read(dump)).toEqual([[title, '2026-12-31']]);
  });

  it('leaves "year-end" naming a thing: "draft the year-end newsletter"', () => {
    expect(read('- draft the year-end newsletter')).toEqual([['Draft the year-end newsletter', null]]);
  });
});
