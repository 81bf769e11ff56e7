import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-02-17', timezone: 'Australia/Brisbane', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

describe('items after a blank line below a heading’s list', () => {
  it('are loose, with no heading of their own', () => {
    expect(grouped('surf club\n- order the new rash vests\n- book the pool lane\n\n- renew my licence\n- ring Gran')).toEqual([
      'Surf club / Order the new rash vests',
      'Surf club / Book the pool lane',
      '- / Renew my licence',
      '- / Ring Gran',
    ]);
  });

  it('stay under a markdown heading, whose section runs to the next heading', () => {
    expect(grouped('## Surf club\n- order the new rash vests\n\n- book the pool lane')).toEqual(['Surf club / Order the new rash vests', 'Surf club / Book the pool lane']);
  });

  it('stay under a heading set apart from its list by a blank line', () => {
    expect(grouped('Veggie patch:\n\n- dig in the compost\n- net the brassicas')).toEqual(['Veggie patch / Dig in the compost', 'Veggie patch / Net the brassicas']);
  });
});
