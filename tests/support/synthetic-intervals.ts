// Interval helpers for the synthetic-data generator, on [start, end) pairs in epoch ms.

export type Ms = [number, number];

/** Sort and merge (touching intervals too), as the backup import does. */
export function mergeMs(intervals: Ms[]): Ms[] {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  const out: Ms[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Intersection of two merged, sorted lists. */
export function intersectMs(a: Ms[], b: Ms[]): Ms[] {
  const out: Ms[] = [];
  let j = 0;
  for (const [s, e] of a) {
    while (j < b.length && b[j]![1] <= s) j++;
    for (let k = j; k < b.length && b[k]![0] < e; k++) {
      const lo = Math.max(s, b[k]![0]);
      const hi = Math.min(e, b[k]![1]);
      if (hi > lo) out.push([lo, hi]);
    }
  }
  return out;
}
