import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { asGroupedLines, confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-04-21', timezone: 'Europe/Lisbon', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  return asGroupedLines(confidentTasks(parseDump(dump, context)));
}

describe('a label after sentences that only set the scene', () => {
  it('opens the paragraph’s group, its first sentence saying how things stand', () => {
    expect(
      grouped('The heating broke overnight, so I slept badly. Garden shed: the roofer comes on Friday, so clear out the bikes before then. Buy the felt nails and ask Tomás for his ladder.'),
    ).toEqual(['Garden shed / Clear out the bikes', 'Garden shed / Buy the felt nails', 'Garden shed / Ask Tomás for his ladder']);
  });

  it('gives way to a "for the …" lead naming the next group', () => {
    expect(grouped('Quiet Monday and the whole office is still off sick. Choir stuff: learn the alto part. For my niece’s christening I need to iron the white shirt.')).toEqual([
      'Choir / Learn the alto part',
      'Christening / Iron the white shirt',
    ]);
  });
});
