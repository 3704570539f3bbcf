import { z } from '../zod';

/**
 * Five years of screen time is about 20,000 sessions. Sent to the review page as ISO strings that is
 * 1.6 MB to copy and 40,000 dates to check; as one flat array of epoch milliseconds
 * ([start0, end0, start1, end1, ...]) it is a quarter of that and checked in a blink.
 */
export const compactIntervalsSchema = z.array(z.number()).check(
  z.refine((values) => values.length % 2 === 0, 'must hold start and end pairs'),
  z.refine((values) => values.every((v, i) => Number.isFinite(v) && (i % 2 === 0 || v > values[i - 1]!)), 'each end must come after its start'),
);

export function flattenIntervals(intervals: readonly { start: number; end: number }[]): number[] {
  const flat = new Array<number>(intervals.length * 2);
  intervals.forEach((interval, i) => {
    flat[2 * i] = interval.start;
    flat[2 * i + 1] = interval.end;
  });
  return flat;
}

/** Back to ISO intervals, the shape the analysis (and the backup file) reads. */
export function isoIntervals(flat: readonly number[]): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    out.push({ start: new Date(flat[i]!).toISOString(), end: new Date(flat[i + 1]!).toISOString() });
  }
  return out;
}
