import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { confidentTitlesAndDays } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';
import { withWrappedLinesJoined } from './wrapped-lines.ts';

const context: DraftContext = { today: '2026-08-03', timezone: 'Europe/Dublin', projects: [], tasks: [] };

describe('lines broken where the paper ran out', () => {
  it.each([
    ['ring the vet about the\njab for Milo', 'ring the vet about the jab for Milo'],
    ['renew the car tax by\nend of the month\nfix the gate', 'renew the car tax by end of the month\nfix the gate'],
    ['drop the parcel at the post office and\nbuy stamps', 'drop the parcel at the post office and buy stamps'],
  ])('joins a line that ends on a word no clause ends on to the lower-case line after it: "%s"', (dump, joined) => {
    expect(withWrappedLinesJoined(dump)).toBe(joined);
  });

  it.each([
    // A line that ends a clause, a capitalised or bulleted next line, a heading: lines as written.
    'call the bank\nbuy milk',
    'Things to do for the\n- call the bank',
    'Ring the school about the\nSports Day form',
    'Order tiles for the\n\nbathroom',
  ])('leaves other lines as they are: "%s"', (dump) => {
    expect(withWrappedLinesJoined(dump)).toBe(dump);
  });

  it('reads a scanned note with its broken lines and misread letters as the tasks it lists', () => {
    const dump = 'ring Dr Moran about the\nbloods resu1ts tornorrow\npay the gas bi1l before Fri\nrenew the dog licence by\nend of the rnonth';
    expect(confidentTitlesAndDays(parseDump(dump, context))).toEqual([
      ['Ring Dr Moran about the bloods results', '2026-08-04'],
      ['Pay the gas bill', '2026-08-06'],
      ['Renew the dog licence', '2026-08-31'],
    ]);
  });
});
