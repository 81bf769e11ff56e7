import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-05-11', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

describe('"and for me" in dictation after its groups', () => {
  it("turns the run-on to the writer's own things, in no group", () => {
    expect(grouped('for the choir I need to copy the scores and book the hall and for me renew my bus pass')).toEqual([
      'Choir / Copy the scores',
      'Choir / Book the hall',
      '- / Renew my bus pass',
    ]);
  });

  it('"for me" after a step, with no step of its own, leaves the group going on', () => {
    expect(grouped('for the choir I need to copy the scores for me and book the hall')).toEqual(['Choir / Copy the scores', 'Choir / Book the hall']);
  });
});
