import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, draftedTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each task, suggestions too, as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(draftedTasks(parseDump(dump, context)));
}

describe('an effort said to be under way after a wait groups the sentences after it', () => {
  it.each([
    'Quiet day at the shop. The boathouse roof is finally moving after weeks of waiting on the council. Tomorrow I need to order the felt. I also have to ring the scaffolder.',
    'The boathouse roof is finally happening, after a year of arguing with the insurers. Tomorrow I need to order the felt. I also have to ring the scaffolder.',
    'The boathouse roof is moving again since the surveyor came back. Tomorrow I need to order the felt. I also have to ring the scaffolder.',
  ])('%s', (dump) => {
    expect(grouped(dump)).toEqual(['Boathouse roof / Order the felt', 'Boathouse roof / Ring the scaffolder']);
  });
});

describe('near misses', () => {
  it('a thing working again after a repair is no effort', () => {
    const lines = grouped('The dishwasher is finally working after the repair. Tomorrow I need to call Mum. I also have to book the dentist.');
    expect(lines.filter((line) => !line.startsWith('- / '))).toEqual([]);
  });

  it('a step after the comma keeps the sentence a task, not an effort brought up', () => {
    expect(grouped('The boathouse roof is finally moving, after the rain stops order the felt.')).not.toContain('Boathouse roof / Order the felt');
  });
});
