import type { Interval } from './intervals.ts';

/**
 * The free time left in a plan: sorted, disjoint intervals. Placing a block takes it out (with
 * its buffers) in place, so each placement costs a binary search and a splice, never a scan by
 * the minute.
 */
export class FreeTime {
  readonly #intervals: Interval[];

  constructor(intervals: Interval[]) {
    this.#intervals = intervals.map((interval) => ({ ...interval }));
  }

  /** The free intervals that start before `limit`, cut at `limit`, earliest first. */
  *before(limit: number): Generator<Interval> {
    for (const interval of this.#intervals) {
      if (interval.start >= limit) return;
      yield { start: interval.start, end: Math.min(interval.end, limit) };
    }
  }

  /** Marks [start, end) as taken. */
  take(start: number, end: number): void {
    const intervals = this.#intervals;
    let low = 0;
    let high = intervals.length;
    // The first interval that ends after `start`.
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((intervals[middle] as Interval).end <= start) low = middle + 1;
      else high = middle;
    }
    const replacement: Interval[] = [];
    let last = low;
    while (last < intervals.length && (intervals[last] as Interval).start < end) {
      const interval = intervals[last] as Interval;
      if (interval.start < start) replacement.push({ start: interval.start, end: start });
      if (interval.end > end) replacement.push({ start: end, end: interval.end });
      last++;
    }
    intervals.splice(low, last - low, ...replacement);
  }
}
