import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

function dueOf(dump: string, title: string): string | null | undefined {
  const found = parseDump(dump, context).find((operation) => operation.op === 'create_task' && operation.title === title);
  return found?.op === 'create_task' ? found.due_date : undefined;
}

describe('a task put before an event the dump dated earlier', () => {
  it('is due the day before the event, dated in a sentence above naming it', () => {
    expect(dueOf('The recital is on Saturday the 12th, doors at six.\n\nPractice: tune the cello before the recital.', 'Tune the cello')).toBe('2026-12-11');
    expect(dueOf('SCHOOL PLAY (Thu)\n- iron the costumes before the play', 'Iron the costumes')).toBe('2026-12-02');
    expect(dueOf('Notes: Inspection: the assessor visits Friday. Me: sweep the yard ahead of the inspection.', 'Sweep the yard')).toBe('2026-12-03');
  });

  it('takes the nearest sentence above that names the event with a day', () => {
    const dump = 'The fete was moved from the 5th.\nThe fete is now on the 19th.\n- bake scones before the fete';
    expect(dueOf(dump, 'Bake scones')).toBe('2026-12-18');
  });

  it('leaves a task undated when no sentence above dates the event', () => {
    expect(dueOf('GALA\n- order the raffle prizes\n- sell tickets before the gala', 'Sell tickets')).toBeNull();
    expect(dueOf('Reading day on Friday.\n- fix the fence before the frost', 'Fix the fence')).toBeNull();
  });

  it('leaves a task with its own day, or an event with more words, as they were', () => {
    expect(dueOf('The audit is on the 10th.\n- print the ledgers before the audit on the 9th', 'Print the ledgers')).toBe('2026-12-08');
    expect(dueOf('The trip is on the 20th.\n- renew passports before the ski trip', 'Renew passports')).toBeNull();
  });
});
