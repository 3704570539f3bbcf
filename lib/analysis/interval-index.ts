import { parseInstant } from './iso-instant';
import { sortedIsoIndex } from './sorted-iso-index';
import type { AnalysisInterval } from './types';

/**
 * Total and longest overlap of a set of intervals with a window, without a scan over every interval:
 * five years is ~20,000 sessions against ~5,000 windows, and the analysis has a 50 ms budget.
 * Overlapping or touching input intervals count once (they are merged, as the backup import does).
 */
export interface IntervalIndex {
  /** Number of (merged) intervals. */
  readonly count: number;
  /** Start of the first and end of the last interval in ms; NaN when there are none. */
  readonly firstStartMs: number;
  readonly lastEndMs: number;
  /** Total length in ms of the intervals inside [from, to). */
  overlapMs(from: number, to: number): number;
  /** Longest single interval, clipped to [from, to), in ms (0 when none). */
  longestWithinMs(from: number, to: number): number;
}

const LAZY_FROM = 1000;

export function buildIntervalIndex(intervals: ReadonlyArray<AnalysisInterval> | undefined): IntervalIndex {
  const list = intervals ?? [];
  // A long list in the form every backup holds (sorted, merged, canonical UTC strings) is indexed
  // without parsing it all; a short one (coverage: a few hundred intervals) is cheaper parsed outright.
  return (list.length > LAZY_FROM ? sortedIsoIndex(list) : null) ?? mergedIndex(list);
}

/** Any input: parse everything, sort if needed, merge, and keep a prefix sum of lengths. */
function mergedIndex(list: ReadonlyArray<AnalysisInterval>): IntervalIndex {
  const raw: Array<readonly [number, number]> = [];
  for (const iv of list) {
    const s = parseInstant(iv.start);
    const e = parseInstant(iv.end);
    // A malformed or empty interval carries no observation; skipping it is safer than throwing in a view.
    if (e > s) raw.push([s, e]);
  }
  raw.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [s, e] of raw) {
    const last = ends.length - 1;
    if (last >= 0 && s <= ends[last]!) ends[last] = Math.max(ends[last]!, e);
    else {
      starts.push(s);
      ends.push(e);
    }
  }
  const n = starts.length;
  // prefix[i] = total length of intervals 0..i-1. Integers in ms, so sums and differences are exact.
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + (ends[i]! - starts[i]!);

  /** Number of intervals whose start is <= x. */
  const countStartingBy = (x: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Total covered length in (-inf, x]. */
  const cumulative = (x: number): number => {
    const i = countStartingBy(x) - 1;
    return i < 0 ? 0 : prefix[i]! + Math.min(x, ends[i]!) - starts[i]!;
  };

  return {
    count: n,
    firstStartMs: n > 0 ? starts[0]! : Number.NaN,
    lastEndMs: n > 0 ? ends[n - 1]! : Number.NaN,
    overlapMs: (from, to) => (to > from ? cumulative(to) - cumulative(from) : 0),
    longestWithinMs(from, to) {
      let best = 0;
      // The interval containing `from`, if any, is the last one starting at or before it.
      for (let i = Math.max(0, countStartingBy(from) - 1); i < n && starts[i]! < to; i++) {
        best = Math.max(best, Math.min(ends[i]!, to) - Math.max(starts[i]!, from));
      }
      return best;
    },
  };
}
