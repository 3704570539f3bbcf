/** A span of time in epoch milliseconds, start inclusive, end exclusive. */
export type Interval = { start: number; end: number };

/**
 * Sorted, non-overlapping union. Stored intervals may overlap after the clock went backwards
 * (the tracker restarts at the earlier time rather than dropping what it observes), so every
 * sum goes through here to count each millisecond once.
 */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** Milliseconds of `merged` (already merged) that fall inside [from, to). */
export function overlapMs(merged: readonly Interval[], from: number, to: number): number {
  let total = 0;
  for (const i of merged) {
    if (i.start >= to) break;
    const ms = Math.min(i.end, to) - Math.max(i.start, from);
    if (ms > 0) total += ms;
  }
  return total;
}
