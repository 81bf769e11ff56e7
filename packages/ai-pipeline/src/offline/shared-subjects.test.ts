import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { someoneElseWill } from './shared-subjects.ts';

const context: DraftContext = { today: '2026-05-11', timezone: 'Europe/Lisbon', projects: [], tasks: [] };

/** What the review would create without a click. */
function created(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation.title] : []));
}

describe('a verb after "and" that goes on with someone else\'s subject', () => {
  it('reads a named person or "she" saying what they will do as someone else', () => {
    expect(someoneElseWill('Odile will varnish the bench')).toBe(true);
    expect(someoneElseWill('Bartek is going to hire the trailer')).toBe(true);
    expect(someoneElseWill("she'll bring the urn")).toBe(true);
    expect(someoneElseWill('I will varnish the bench')).toBe(false);
    expect(someoneElseWill('Tomorrow will be hectic')).toBe(false);
    expect(someoneElseWill('varnish the bench')).toBe(false);
  });

  it('creates no task for the second verb of a sentence whose subject is someone else', () => {
    expect(created('Odile will varnish the bench and label the jars. Sweep the porch.')).toEqual(['Sweep the porch']);
    expect(created('Bartek is going to hire the trailer and collect the logs. Oil the chain.')).toEqual(['Oil the chain']);
  });

  it('keeps the writer\'s own verbs joined by "and", and a new subject after it', () => {
    expect(created('I will varnish the bench and label the jars.')).toEqual(['Varnish the bench', 'Label the jars']);
    expect(created('Odile will varnish the bench and I need to label the jars.')).toEqual(['Label the jars']);
    expect(created('Odile will varnish the bench, so label the jars.')).toContain('Label the jars');
  });
});

describe('what a pasted email\'s sender says they will do', () => {
  it('gives the sender an "I\'ll" on a bullet of theirs or after a comma', () => {
    const dump =
      'From: Greta Lund\nSubject: stall at the fete\n\nHi both,\n\n- Noah: please bring the gazebo on Saturday.\n- I will print the price cards and buy the floats.\n\nThe licence form is due Friday, I\'ll fill it in.\n\nThanks!\nGreta\n\nMy own: water the seedlings';
    const titles = created(dump);
    expect(titles).toContain('Water the seedlings');
    expect(titles).not.toContain('Print the price cards');
    expect(titles).not.toContain('Buy the floats');
    expect(titles.some((title) => title.startsWith('Fill it'))).toBe(false);
  });

  it('leaves a bullet "I\'ll" to the reader in a recap signed with a name alone, which may be the reader\'s own', () => {
    expect(created('Hi all — notes from the rota call:\n• Noah will sweep the hall\n• I\'ll order the bin bags\nThanks!\nGreta')).toEqual(['Order the bin bags']);
  });
});
