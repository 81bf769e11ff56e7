import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, draftedTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each task, suggestions too, as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(draftedTasks(parseDump(dump, context)));
}

describe('a bracket tag that can be a verb is a group when a step follows it', () => {
  it('before the step', () => {
    expect(grouped('[shop] restock the candles\n[shop] email the wax supplier\n[home] mow the lawn')).toEqual([
      'Shop / Restock the candles',
      'Shop / Email the wax supplier',
      'Home / Mow the lawn',
    ]);
  });

  it('after the step', () => {
    expect(grouped('read chapter four [study]\nemail the tutor [study]')).toEqual(['Study / Read chapter four', 'Study / Email the tutor']);
  });
});

describe('near misses: a verb in brackets before its object is the step', () => {
  it('"[call] mum" names no group', () => {
    expect(grouped('[call] grandma\n[call] the bank about the card').filter((line) => !line.startsWith('- / '))).toEqual([]);
  });
});
