import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

// A Sunday: Friday is the 6th.
const context: DraftContext = { today: '2026-11-01', timezone: 'America/New_York', projects: [], tasks: [] };

/** Each task as "title / due / priority", suggestions marked "(suggested)". */
function drafted(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task'
      ? [`${operation.title} / ${operation.due_date ?? '-'} / ${operation.priority ?? '-'}${(operation.confidence ?? 1) < 0.5 ? ' (suggested)' : ''}`]
      : [],
  );
}

describe('a getting-things-done review', () => {
  it('calls the people listed under "@calls" and writes to those under "To email:", in no group', () => {
    expect(drafted('@calls\n- Dr. Feld at Lincoln High re the rec\n- call Mom back\n\nTo email:\n- Priya re the contract')).toEqual([
      'Call Dr. Feld at Lincoln High re the rec / - / -',
      'Call Mom back / - / -',
      'Email Priya re the contract / - / -',
    ]);
  });

  it('only suggests what a "Waiting for" list holds: others are doing it', () => {
    expect(drafted('Waiting for\n- IT: new laptop image\n- Dean\'s sign-off on the travel budget')).toEqual([
      'New laptop image / - / - (suggested)',
      "Dean's sign-off on the travel budget / - / - (suggested)",
    ]);
  });

  it('makes "Someday/maybe" items low priority, in no group', () => {
    expect(drafted('Someday/maybe\n- learn Portuguese\n- redo the campus tour script')).toEqual([
      'Learn Portuguese / - / low',
      'Redo the campus tour script / - / low',
    ]);
    expect(parseDump('Someday/maybe\n- learn Portuguese', context).some((operation) => operation.op === 'create_project')).toBe(false);
  });

  it('reads "SAT" before a word in lower case as the test, not Saturday', () => {
    expect(drafted('- reply to the applicants with missing SAT scores by Friday\n- football SAT morning')).toEqual([
      'Reply to the applicants with missing SAT scores / 2026-11-06 / -',
      'Football / 2026-11-07 / -',
    ]);
  });
});
