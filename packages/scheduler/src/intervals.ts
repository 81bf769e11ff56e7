/** A stretch of time as epoch milliseconds, start included, end excluded. */
export interface Interval {
  start: number;
  end: number;
}

/** Sorts and merges intervals that overlap or touch; drops empty ones. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((interval) => interval.end > interval.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** `from` minus `taken`, both sorted and disjoint (merged); one pass over each. */
export function subtractIntervals(from: Interval[], taken: Interval[]): Interval[] {
  const result: Interval[] = [];
  let t = 0;
  for (const interval of from) {
    let start = interval.start;
    while (t < taken.length && (taken[t] as Interval).end <= start) t++;
    let k = t;
    while (k < taken.length && (taken[k] as Interval).start < interval.end) {
      const busy = taken[k] as Interval;
      if (busy.start > start) result.push({ start, end: busy.start });
      start = Math.max(start, busy.end);
      k++;
    }
    if (start < interval.end) result.push({ start, end: interval.end });
  }
  return result;
}
