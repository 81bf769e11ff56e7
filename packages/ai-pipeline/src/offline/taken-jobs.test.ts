import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { confidentTasks, confidentTitlesAndDays } from '../testing/confident-tasks.ts';
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

describe('a job a chat message leaves to anyone, then the speaker who takes it on', () => {
  const asked = '[01/10/2026, 08:30] Tunde: and someone should call Pastor about the thanksgiving service';

  it.each([
    [`${asked}\n[01/10/2026, 08:41] Dayo: I'll call him\n[01/10/2026, 08:45] Me (Kemi): buying the cake tomorrow`, 'Dayo'],
    [`${asked}\n[01/10/2026, 08:41] Auntie Bisi: 👍 I can do it`, 'Auntie Bisi'],
  ])('is that speaker\'s, offered at most: "%s"', (dump, taker) => {
    const operations = parseDump(dump, context);
    expect(confident(dump)).not.toContain('Call Pastor about the thanksgiving service');
    const offered = operations.find((operation) => operation.op === 'create_task' && operation.title === 'Call Pastor about the thanksgiving service');
    expect(offered).toMatchObject({ notes: `For ${taker}` });
  });

  it('taken on by the reader, is the reader\'s reply as said, once', () => {
    const dump = "me = Dani\n[02/11/26, 09:25] Mamá: Somebody has to make the guest list\n[02/11/26, 09:26] Dani: I'll do the guest list this weekend";
    expect(confidentTitlesAndDays(parseDump(dump, context))).toEqual([['Do the guest list', '2026-12-05']]);
  });

  it.each([
    `${asked}\n[01/10/2026, 08:41] Dayo: I can't, I'm away`,
    `${asked}\n[01/10/2026, 08:41] Me (Kemi): I can`,
  ])('stays the reader\'s when no one else says they will do it: "%s"', (dump) => {
    expect(confident(dump)).toContain('Call Pastor about the thanksgiving service');
  });
});
