import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { withRhythmsAside } from './rhythms.ts';

// Tuesday 9 March 2027.
const context: DraftContext = { today: '2027-03-09', timezone: 'Europe/Dublin', projects: [], tasks: [] };

function drafted(dump: string): [string, string | null, string | null][] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [[operation.title, operation.due_date, operation.notes] as [string, string | null, string | null]] : [],
  );
}

describe('a recurring chore', () => {
  it("leaves its rhythm out of the title and takes its next or first turn's day", () => {
    expect(
      drafted(
        [
          '- top up the van fuel card each month, next one by the 15th',
          '- flush the hot water cylinder quarterly, first one on Saturday',
          '- send the cleaner her hours fortnightly',
          '- clear the moss off the roof once a year',
        ].join('\n'),
      ),
    ).toEqual([
      ['Top up the van fuel card', '2027-03-15', 'each month'],
      ['Flush the hot water cylinder', '2027-03-13', 'quarterly'],
      ['Send the cleaner her hours', null, 'fortnightly'],
      ['Clear the moss off the roof', null, 'once a year'],
    ]);
  });

  it('keeps a rhythm a noun takes or a habit being started, and a daily one', () => {
    expect(withRhythmsAside('pay the window cleaner his monthly')).toBe('pay the window cleaner his monthly');
    expect(withRhythmsAside('start swimming weekly')).toBe('start swimming weekly');
    expect(withRhythmsAside('do the weekly shop')).toBe('do the weekly shop');
    expect(withRhythmsAside('pick the best match reports from each month')).toBe('pick the best match reports from each month');
    expect(withRhythmsAside('feed the sourdough starter every day')).toBe('feed the sourdough starter every day');
  });

  it('reads a rhythm of several months or years, and a next turn before the line\'s tags', () => {
    expect(drafted('- renew the market permit every 3 months, next one June 15 #market p2\n- service the boiler every two years')).toEqual([
      ['Renew the market permit', '2027-06-15', 'Repeats: Every 3 months'],
      ['Service the boiler', null, 'Repeats: Every 2 years'],
    ]);
  });

  it('leaves a turn without a day to the title', () => {
    expect(withRhythmsAside('water the orchids weekly, next one when they dry out')).toBe('water the orchids (weekly), next one when they dry out');
  });
});
