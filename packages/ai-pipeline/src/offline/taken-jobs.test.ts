import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';
import { takenJob } from './taken-jobs.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Titles of the tasks the review would create without a click. */
function confident(dump: string): string[] {
  return confidentTasks(parseDump(dump, context)).map(([title]) => title);
}

describe('a job left to anyone that a named person has taken on', () => {
  it.each([
    ['Someone has to phone the vet about the cat, Lorna said she would. Buy bread.', 'Lorna'],
    ["Somebody should clear the gutters, but that's Pete, he said he'd do it Sunday. Buy bread.", 'Pete'],
    ['One of us must renew the parking permit, Dr. Okoye will do it. Buy bread.', 'Dr. Okoye'],
  ])('is theirs, not the reader\'s: "%s"', (dump, taker) => {
    expect(confident(dump)).toEqual(['Buy bread']);
    expect(takenJob(dump.split('. Buy')[0] ?? '')?.taker).toBe(taker);
  });

  it.each([
    ['Someone has to phone the vet about the cat, I said I would. Buy bread.', ['Phone the vet about the cat', 'Buy bread']],
    ["Someone has to phone the vet about the cat, Lorna can't. Buy bread.", ['Phone the vet about the cat', 'Buy bread']],
    ['Someone has to phone the vet about the cat, Lorna said she would like an update. Buy bread.', ['Phone the vet about the cat', 'Buy bread']],
    ['Phone the vet about the cat, Lorna said she would. Buy bread.', ['Phone the vet about the cat', 'Buy bread']],
  ])('stays the reader\'s when no one else takes it on, or no one left it open: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });
});
