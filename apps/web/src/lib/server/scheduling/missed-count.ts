import { database } from '../db.ts';
import { countMissedBlocksIn } from './missed-blocks.ts';
import { readSchedulingPreferences } from './preferences.ts';

/** How many blocks the person missed (the dashboard's banner), through RLS. */
export async function countMissedBlocks(userId: string, now: Date): Promise<number> {
  return database().asUser(userId, async (tx) => {
    const preferences = await readSchedulingPreferences(tx, userId);
    return countMissedBlocksIn(tx, now, preferences.default_duration_minutes);
  });
}
