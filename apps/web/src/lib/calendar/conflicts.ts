import { isTaskItem, type TimedItem } from './calendar-item.ts';

const overlaps = (a: TimedItem, b: TimedItem) => a.start < b.end && b.start < a.end;

/**
 * For each item that overlaps another where at least one of the two is a task (task vs event,
 * task vs busy time, task vs task), the titles of what it overlaps, by item key. Events that
 * overlap only each other are the calendar's own business, and free (transparent) events take no time.
 */
export function findConflicts(items: readonly TimedItem[]): Map<string, string[]> {
  const timed = items.filter((item) => item.blocksTime && item.end > item.start).toSorted((a, b) => a.start - b.start);
  const conflicts = new Map<string, string[]>();
  const add = (item: TimedItem, other: TimedItem) => {
    const list = conflicts.get(item.key) ?? [];
    list.push(other.title);
    conflicts.set(item.key, list);
  };
  for (let i = 0; i < timed.length; i++) {
    const a = timed[i] as TimedItem;
    for (let j = i + 1; j < timed.length; j++) {
      const b = timed[j] as TimedItem;
      // Sorted by start: nothing later can overlap a once b starts after it ends.
      if (b.start >= a.end) break;
      if (!overlaps(a, b) || !(isTaskItem(a) || isTaskItem(b))) continue;
      add(a, b);
      add(b, a);
    }
  }
  return conflicts;
}
