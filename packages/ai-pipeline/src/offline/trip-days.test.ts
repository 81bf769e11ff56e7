import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

// 2026-03-20 is a Friday.
const context: DraftContext = { today: '2026-03-20', timezone: 'UTC', projects: [], tasks: [] };

/** Each new task's due date, by its title. */
function dueByTitle(dump: string): Record<string, string | null> {
  return Object.fromEntries(parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [[operation.title, operation.due_date]] : [])));
}

describe("a trip's days said once and counted from later", () => {
  it('dates steps before leaving and after coming back from the line that says both', () => {
    const due = dueByTitle(
      [
        'Field trip, round 2',
        'leave Tue 24th, back Mon 30th. The office is shut tomorrow',
        '',
        '- print the permits the day before we leave',
        '- fix the torn mesh before we go',
        '- charge the radios',
        "- after we're back: enter the counts + send Ana her hours",
      ].join('\n'),
    );
    expect(due['Print the permits']).toBe('2026-03-23');
    expect(due['Fix the torn mesh']).toBe('2026-03-23');
    expect(due['Charge the radios']).toBeNull();
    expect(due['Enter the counts']).toBe('2026-03-31');
    expect(due['Send Ana her hours']).toBe('2026-03-31');
  });

  it('takes the flight out on a calendar, not the last day it names', () => {
    const due = dueByTitle(['Fri 27th: last day of term', 'Mon 30th: fly to Cairns 6am', 'Tue 31st: swim club fees', '', 'also book the cattery before we fly'].join('\n'));
    expect(due['Book the cattery']).toBe('2026-03-29');
  });

  it("dates a 'before we leave' list from an itinerary's departure, not its flight home", () => {
    const due = dueByTitle(
      [
        'Sat 28 Mar   MEX→NRT  AM58  dep 23:55',
        'Mon 30 Mar   Tokyo',
        'Thu 2 Apr    Shinkansen to Kyoto',
        'Mon 6 Apr    KIX→LAX→MEX',
        '',
        'before we leave:',
        '- buy the rail pass online',
        '- download offline maps',
      ].join('\n'),
    );
    expect(due['Buy the rail pass online']).toBe('2026-03-27');
    expect(due['Download offline maps']).toBe('2026-03-27');
  });

  it('reads the leaving day from an earlier sentence of the paragraph', () => {
    const due = dueByTitle('We fly to Porto on 14 April. I still need to break in the boots. I should ring the GP about my knee before we go.');
    expect(due['Ring the GP about my knee']).toBe('2026-04-13');
  });

  it('leaves a step undated when no trip day is said, and keeps a day the step names itself', () => {
    expect(dueByTitle('- water the plants before we go\n- charge the radios')['Water the plants']).toBeNull();
    expect(dueByTitle('leave Tue 24th\n\n- cancel the milk before we leave on Sunday')['Cancel the milk']).toBe('2026-03-21');
    // A clock time after the word names no day.
    expect(dueByTitle('we fly at 6am\n\n- pack the chargers before we fly')['Pack the chargers']).toBeNull();
  });
});
