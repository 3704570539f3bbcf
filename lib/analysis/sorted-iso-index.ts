import type { IntervalIndex } from './interval-index';
import { formatInstant, parseInstant } from './iso-instant';
import type { AnalysisInterval } from './types';

// Fast path of buildIntervalIndex for long lists. Strings of the exact form 'YYYY-MM-DDTHH:MM:SS.sssZ'
// sort in time order, so a sorted, non-overlapping list can be binary-searched as strings, and only the
// intervals that meet a window are ever parsed. On five years of sessions that saves most of the
// analysis's first-run cost: parsing 40,000 timestamps before the JIT warms up outweighs all the rest.

const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** The index, or null when the list is not canonical, sorted and free of overlaps and touches. */
export function sortedIsoIndex(list: ReadonlyArray<AnalysisInterval>): IntervalIndex | null {
  const n = list.length;
  let previousEnd = '';
  for (let i = 0; i < n; i++) {
    const iv = list[i]!;
    // Touching intervals must merge into one "unbroken" session, so they take the general path too.
    if (!(previousEnd < iv.start && iv.start < iv.end && CANONICAL.test(iv.start) && CANONICAL.test(iv.end))) {
      return null;
    }
    previousEnd = iv.end;
  }

  // Parsed on first use only. NaN (a well-formed string that is no date, e.g. 30 February) makes the
  // interval count as empty, as the general path skips it.
  const startMs = new Float64Array(n).fill(Number.NaN);
  const endMs = new Float64Array(n).fill(Number.NaN);
  const startAt = (i: number): number => {
    const v = startMs[i]!;
    return v === v ? v : (startMs[i] = parseInstant(list[i]!.start));
  };
  const endAt = (i: number): number => {
    const v = endMs[i]!;
    return v === v ? v : (endMs[i] = parseInstant(list[i]!.end));
  };

  /** Index of the first interval ending after `from` (ends are strictly increasing). */
  const firstEndingAfter = (from: number): number => {
    const fromIso = formatInstant(from);
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.end <= fromIso) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    count: n,
    firstStartMs: n > 0 ? startAt(0) : Number.NaN,
    lastEndMs: n > 0 ? endAt(n - 1) : Number.NaN,
    overlapMs(from, to) {
      if (!(to > from)) return 0;
      const toIso = formatInstant(to);
      let total = 0;
      for (let i = firstEndingAfter(from); i < n && list[i]!.start < toIso; i++) {
        const len = Math.min(endAt(i), to) - Math.max(startAt(i), from);
        if (len > 0) total += len;
      }
      return total;
    },
    longestWithinMs(from, to) {
      if (!(to > from)) return 0;
      const toIso = formatInstant(to);
      let best = 0;
      for (let i = firstEndingAfter(from); i < n && list[i]!.start < toIso; i++) {
        const len = Math.min(endAt(i), to) - Math.max(startAt(i), from);
        if (len > best) best = len;
      }
      return best;
    },
  };
}
