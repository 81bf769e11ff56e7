import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Each confident task as "project / title" ("- / title" when it has no project). */
function grouped(dump: string): string[] {
  const operations = parseDump(dump, context);
  const names = new Map(operations.flatMap((operation) => (operation.op === 'create_project' ? [[operation.ref, operation.name] as const] : [])));
  return operations.flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${names.get(operation.project_ref ?? '') ?? '-'} / ${operation.title}`] : [],
  );
}

describe('labelled paragraphs in prose', () => {
  it.each([
    [
      'The gym is ten minutes away now, which helps.\n\nGarden: the hedge is a jungle. Trim the hedge. Fix the hose reel.',
      ['Garden / Trim the hedge', 'Garden / Fix the hose reel'],
    ],
    [
      'Lunch took forty minutes longer than planned.\n\nBoat: the hull is filthy. Scrub the hull. Buy new fenders.',
      ['Boat / Scrub the hull', 'Boat / Buy new fenders'],
    ],
  ])('a label groups its paragraph although the prose mentions minutes: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it('a short "Action items:" line still reads the dump as a message, where a name label is who does it', () => {
    expect(grouped('Action items:\nTomasz: order the banners\nMe: book the hall')).toEqual(['- / Book the hall']);
  });

  it.each([
    ['Church is chaos this season. Order the hymn books. Ring the organist.', ['Church / Order the hymn books', 'Church / Ring the organist']],
    ['Garage is a complete disaster again. Sweep the floor. Sell the old bike.', ['Garage / Sweep the floor', 'Garage / Sell the old bike']],
    ['School run is its own saga. Book the carpool. Label the bags.', ['School run / Book the carpool', 'School run / Label the bags']],
  ])('a paragraph opened by how a part of life is going is grouped under it: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it.each([
    ['Mum is coming on Friday. Clean the guest room.', ['- / Clean the guest room']],
    ['Rosa is a nurse now. Send Rosa a card.', ['- / Send Rosa a card']],
  ])('a paragraph opened by news of someone is not grouped: "%s"', (dump, expected) => {
    expect(grouped(dump)).toEqual(expected);
  });

  it('keeps a named effort inside a group in that group', () => {
    expect(grouped('Work stuff first. For the product launch I need to brief the agency. Renew the SSL certificate.')).toEqual([
      'Work / Brief the agency',
      'Work / Renew the SSL certificate',
    ]);
  });
});
