import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, draftedTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each task, suggestions too, as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(draftedTasks(parseDump(dump, context)));
}

describe('a sentence turning to a topic before its steps groups them', () => {
  it.each([
    ['Next up is the school fete: order the bunting and email the raffle donors.', 'School fete'],
    ['On to the loft conversion: call the architect and get three quotes.', 'Loft conversion'],
    ['Moving on to the garage sale: price the old bikes and put up signs.', 'Garage sale'],
  ])('%s', (dump, project) => {
    const lines = grouped(dump);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.startsWith(`${project} / `))).toBe(true);
  });

  it('after a paragraph about one effort, the topic it turns to is the next group', () => {
    expect(grouped('For the bake sale I need to buy flour and print the price cards.\n\nNext up is the quiz night: book the hall and write the rounds.')).toEqual([
      'Bake sale / Buy flour',
      'Bake sale / Print the price cards',
      'Quiz night / Book the hall',
      'Quiz night / Write the rounds',
    ]);
  });
});

describe('near misses: a turn to a time, to what is left or to a vague thing names no group', () => {
  it.each([
    'Next up is the weekend: clean the car and call Gran.',
    'On to the next thing: pay the rent and call the bank.',
    'Now for the boring bits: pay the rent and call the bank.',
  ])('%s', (dump) => {
    expect(grouped(dump).filter((line) => !line.startsWith('- / '))).toEqual([]);
  });
});
