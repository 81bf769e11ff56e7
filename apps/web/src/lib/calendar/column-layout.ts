import type { TimedItem } from './calendar-item.ts';
import type { DayColumn } from './day-column.ts';

const MINUTE_MS = 60_000;

/** An item's part within one day column, in elapsed minutes from the day's start. */
export interface PlacedItem {
  item: TimedItem;
  top: number;
  height: number;
  /** Side-by-side position among the items it overlaps: lane of lanes. */
  lane: number;
  lanes: number;
  /** It began the day before / goes on into the next. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/**
 * The items that fall in `column`, clipped to it, each in the leftmost lane free at its start;
 * items that overlap, directly or through others, share the width of their widest moment.
 * An item of no length touching the day (an event from 10:00 to 10:00) is placed too.
 */
export function layoutColumn(column: DayColumn, items: readonly TimedItem[]): PlacedItem[] {
  const inDay = items
    .filter((item) => item.start < column.end && (item.end > column.start || (item.end === item.start && item.start >= column.start)))
    .toSorted((a, b) => a.start - b.start || b.end - a.end || a.key.localeCompare(b.key));
  const placed: PlacedItem[] = [];
  let cluster: PlacedItem[] = [];
  let clusterEnd = Number.NEGATIVE_INFINITY;
  let laneEnds: number[] = [];
  const closeCluster = () => {
    for (const entry of cluster) entry.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const item of inDay) {
    const start = Math.max(item.start, column.start);
    const end = Math.max(Math.min(item.end, column.end), start);
    if (start >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) lane = laneEnds.length;
    // Items of no length still take a sliver of their lane, so a later one at that minute sits beside them.
    laneEnds[lane] = Math.max(end, start + 1);
    clusterEnd = Math.max(clusterEnd, laneEnds[lane] as number);
    const entry: PlacedItem = {
      item,
      top: (start - column.start) / MINUTE_MS,
      height: (end - start) / MINUTE_MS,
      lane,
      lanes: 1,
      continuesBefore: item.start < column.start,
      continuesAfter: item.end > column.end,
    };
    cluster.push(entry);
    placed.push(entry);
  }
  closeCluster();
  return placed;
}
