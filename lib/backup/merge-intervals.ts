import type { Interval } from '../attack/schema';

/**
 * The union of the intervals, sorted by start. Overlapping and touching intervals become one, so
 * importing the same screen time twice never counts it twice. Inputs are not modified.
 */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals
    .map((interval) => ({ ...interval, from: Date.parse(interval.start), to: Date.parse(interval.end) }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: (typeof sorted)[number][] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.from <= last.to) {
      if (next.to > last.to) merged[merged.length - 1] = { ...last, end: next.end, to: next.to };
    } else {
      merged.push(next);
    }
  }
  return merged.map(({ start, end }) => ({ start, end }));
}
