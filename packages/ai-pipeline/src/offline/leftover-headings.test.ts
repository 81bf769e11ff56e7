import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, draftedTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each task, suggestions too, as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(draftedTasks(parseDump(dump, context)));
}

describe('a heading gathering small leftovers sorts without naming a project', () => {
  it.each(['Loose ends:', 'Bits and bobs', 'bits and pieces:', 'Sundries:', 'Little jobs', 'small stuff:'])('%s', (heading) => {
    expect(grouped(`Workshop:\n- sharpen the chisels\n\n${heading}\n- oil the gate hinge\n- replace the porch bulb`)).toEqual([
      'Workshop / Sharpen the chisels',
      '- / Oil the gate hinge',
      '- / Replace the porch bulb',
    ]);
  });
});

describe('near misses: a name holding such a word is a group', () => {
  it.each([
    ['Small business:', 'Small business'],
    ['Little Theatre:', 'Little Theatre'],
  ])('%s', (heading, project) => {
    expect(grouped(`${heading}\n- oil the gate hinge\n- replace the porch bulb`)).toEqual([`${project} / Oil the gate hinge`, `${project} / Replace the porch bulb`]);
  });
});
