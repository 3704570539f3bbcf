import type { Interval } from '../attack/schema';
import { mergeIntervals as mergeMillis } from '../screen-time/interval';

/**
 * The union of the intervals, sorted by start. Overlapping and touching intervals become one, so
 * importing the same screen time twice never counts it twice. Inputs are not modified. The union is
 * the screen-time one, on milliseconds; the dates come back in the normalised form the file uses.
 */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const merged = mergeMillis(intervals.map((i) => ({ start: Date.parse(i.start), end: Date.parse(i.end) })));
  return merged.map(({ start, end }) => ({ start: new Date(start).toISOString(), end: new Date(end).toISOString() }));
}
