import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, draftedTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each task, suggestions too, as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(draftedTasks(parseDump(dump, context)));
}

describe('"personally" turns from a group to the writer\'s own things', () => {
  it('in dictation, "oh and personally i should …" after a group\'s steps is loose', () => {
    expect(
      grouped('ok so for the pottery stall i need to glaze the mugs by thursday and price the bowls oh and personally i should book my eye test before the end of the month'),
    ).toEqual(['Pottery stall / Glaze the mugs', 'Pottery stall / Price the bowls', '- / Book my eye test']);
  });

  it('in dictation, "and then personally I must …" is loose too', () => {
    expect(grouped('for the choir i need to copy the scores and email the pianist and then personally I must renew my railcard')).toEqual([
      'Choir / Copy the scores',
      'Choir / Email the pianist',
      '- / Renew my railcard',
    ]);
  });

  it('a sentence opened by "Personally," leaves the paragraph\'s group', () => {
    expect(grouped('For the pottery stall I need to glaze the mugs and price the bowls. Personally, I need to renew my railcard and book a haircut.')).toEqual([
      'Pottery stall / Glaze the mugs',
      'Pottery stall / Price the bowls',
      '- / Renew my railcard',
      '- / Book a haircut',
    ]);
  });
});

describe('near misses: "personally" as the manner of a step keeps its group', () => {
  it('"personally" after a step in dictation', () => {
    expect(grouped('for the pottery stall i need to deliver the vases personally and price the bowls')).toEqual([
      'Pottery stall / Deliver the vases',
      'Pottery stall / Price the bowls',
    ]);
  });

  it('"Personally hand …" opening a sentence is a step in the group', () => {
    expect(grouped('For the pottery stall I need to glaze the mugs. Personally hand the keys to the caretaker.')).toEqual([
      'Pottery stall / Glaze the mugs',
      'Pottery stall / Hand the keys to the caretaker',
    ]);
  });
});
