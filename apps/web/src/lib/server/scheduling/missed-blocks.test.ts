import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countMissedBlocksIn, readMissedBlocks } from './missed-blocks.ts';
import { readPlanCandidates } from './plan-candidates.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

const NOW = new Date('2026-11-20T12:00:00Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);
const DEFAULT_MINUTES = 30;

interface Seeded {
  [title: string]: string;
}

/** One person's tasks, each with its start, duration and blocks, keyed by title. */
async function seed(): Promise<{ userId: string; ids: Seeded }> {
  const [user] = await database.db.asService(
    (tx) => tx<{ id: string }[]>`insert into users (email, timezone) values (${`missed-${Math.random()}@example.test`}, 'UTC') returning id`,
  );
  const userId = user?.id as string;
  const ids: Seeded = {};
  await database.db.asUser(userId, async (tx) => {
    const task = async (title: string, startAt: Date | null, minutes: number | null, blocks: [Date, Date][] = [], status = 'todo') => {
      const [row] = await tx<{ id: string }[]>`
        insert into tasks (user_id, title, start_at, duration_minutes, status)
        values (${userId}, ${title}, ${startAt}, ${minutes}, ${status}) returning id`;
      const id = row?.id as string;
      for (const [from, to] of blocks) {
        await tx`insert into task_blocks (user_id, task_id, start_at, end_at) values (${userId}, ${id}, ${from}, ${to})`;
      }
      ids[title] = id;
    };
    await task('an hour ago', hoursAgo(2), 60);
    await task('default length, ended', hoursAgo(1), null);
    await task('still running', hoursAgo(1), 120);
    await task('done', hoursAgo(2), 60, [], 'done');
    // A full day's work that started eight days ago ended inside the week: missed.
    await task('day long, ended inside the week', hoursAgo(7 * 24 + 20), 1440);
    await task('ended before the week', hoursAgo(7 * 24 + 2), 60);
    // Split over ten days: the first block long before the week, the last one yesterday.
    await task('split, last block yesterday', hoursAgo(10 * 24), 120, [
      [hoursAgo(10 * 24), hoursAgo(10 * 24 - 1)],
      [hoursAgo(26), hoursAgo(25)],
    ]);
    // A long last block that started more than a week ago and ended inside it.
    await task('long last block', hoursAgo(9 * 24), 1380, [
      [hoursAgo(9 * 24), hoursAgo(9 * 24 - 1)],
      [hoursAgo(7 * 24 + 12), hoursAgo(7 * 24 - 10)],
    ]);
    await task('split, a block still to come', hoursAgo(30), 120, [
      [hoursAgo(30), hoursAgo(29)],
      [new Date(NOW.getTime() + 3_600_000), new Date(NOW.getTime() + 7_200_000)],
    ]);
    await task('not scheduled', null, 60);
  });
  return { userId, ids };
}

describe('readMissedBlocks', () => {
  it('finds exactly the tasks whose scheduled work all ended in the last week, however long ago they started', async () => {
    const { userId, ids } = await seed();
    const other = await seed();
    const missed = await database.db.asUser(userId, (tx) => readMissedBlocks(tx, NOW, DEFAULT_MINUTES));
    const missedTitles = [...new Set(missed.map((block) => Object.keys(ids).find((title) => ids[title] === block.task_id)))].sort();
    expect(missedTitles).toEqual(
      ['an hour ago', 'day long, ended inside the week', 'default length, ended', 'long last block', 'split, last block yesterday'].sort(),
    );
    // Block by block for split tasks; none of the other person's.
    expect(missed.filter((block) => block.task_id === ids['split, last block yesterday'])).toHaveLength(2);
    expect(await database.db.asUser(userId, (tx) => countMissedBlocksIn(tx, NOW, DEFAULT_MINUTES))).toBe(missed.length);
    expect(missed.some((block) => Object.values(other.ids).includes(block.task_id))).toBe(false);
    expect(missed.find((block) => block.task_id === ids['default length, ended'])?.end_at).toEqual(
      new Date(hoursAgo(1).getTime() + DEFAULT_MINUTES * 60_000),
    );
  });

  it('gives the planner the same missed tasks, beside the unscheduled ones', async () => {
    const { userId, ids } = await seed();
    const titleOf = (id: string) => Object.keys(ids).find((title) => ids[title] === id);
    const candidates = await database.db.asUser(userId, (tx) => readPlanCandidates(tx, NOW, DEFAULT_MINUTES, true));
    expect(candidates.map((task) => titleOf(task.id)).sort()).toEqual(
      [
        'an hour ago',
        'day long, ended inside the week',
        'default length, ended',
        'long last block',
        'not scheduled',
        'split, last block yesterday',
      ].sort(),
    );
    const withoutMissed = await database.db.asUser(userId, (tx) => readPlanCandidates(tx, NOW, DEFAULT_MINUTES, false));
    expect(withoutMissed.map((task) => titleOf(task.id))).toEqual(['not scheduled']);
  });
});
