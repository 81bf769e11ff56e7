import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { startsWithVerb } from './verbs.ts';

// Dumps written for the categories, not taken from either evaluation part. Wednesday 2 December 2026.
const context: DraftContext = { today: '2026-12-02', timezone: 'Europe/London', projects: [], tasks: [] };

/** The confident tasks of a dump: title and due date. */
function drafted(dump: string): [string, string | null][] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [[operation.title, operation.due_date] as [string, string | null]] : [],
  );
}

describe('verbs the list lacks, told by their object', () => {
  it.each(['rehearse it with Amir', 'hand back the keys', 'chase up the invoice', 'tidy my desk', 'defrost the freezer'])('reads "%s" as asking', (clause) => {
    expect(startsWithVerb(clause)).toBe(true);
  });

  it.each(['before the meeting', 'lost the keys', 'paid the deposit', 'Sunday the 25th', 'thanks the team', 'let me think', 'Kate the plumber'])(
    'reads "%s" as no task verb',
    (clause) => {
      expect(startsWithVerb(clause)).toBe(false);
    },
  );

  it('splits two tasks joined by "and" when the second verb is not in the list', () => {
    expect(drafted('Finish the slides by next Friday and rehearse it with Amir.')).toEqual([
      ['Finish the slides', '2026-12-11'],
      ['Rehearse it with Amir', null],
    ]);
  });
});

describe('a day leading dictation', () => {
  it('covers the clauses after filler until one names its own day', () => {
    expect(
      drafted('ok so tomorrow I need to drop the kids at school then pick up the dry cleaning and I should book the car in for its service on Monday and renew the library books'),
    ).toEqual([
      ['Drop the kids at school', '2026-12-03'],
      ['Pick up the dry cleaning', '2026-12-03'],
      ['Book the car in for its service', '2026-12-07'],
      ['Renew the library books', null],
    ]);
  });
});
