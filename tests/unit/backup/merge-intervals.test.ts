import { describe, expect, it } from 'vitest';
import { mergeIntervals } from '../../../lib/backup';

// Hours on one day keep the table readable; 'h' -> an ISO instant.
const at = (h: number) => new Date(Date.UTC(2026, 0, 1, 0, h * 60)).toISOString();
const iv = ([s, e]: readonly [number, number]) => ({ start: at(s), end: at(e) });

describe('mergeIntervals', () => {
  it.each<[string, [number, number][], [number, number][]]>([
    ['nothing', [], []],
    ['one interval', [[1, 2]], [[1, 2]]],
    ['disjoint, out of order', [[5, 6], [1, 2]], [[1, 2], [5, 6]]],
    ['overlapping', [[1, 3], [2, 4]], [[1, 4]]],
    ['touching', [[1, 2], [2, 3]], [[1, 3]]],
    ['contained', [[1, 5], [2, 3]], [[1, 5]]],
    ['duplicates', [[1, 2], [1, 2], [1, 2]], [[1, 2]]],
    ['a chain that bridges a gap', [[4, 6], [1, 2], [2.5, 4.5], [2, 2.5]], [[1, 6]]],
    ['same start, longer second', [[1, 2], [1, 4]], [[1, 4]]],
    ['a gap of one minute stays a gap', [[1, 2], [2 + 1 / 60, 3]], [[1, 2], [2 + 1 / 60, 3]]],
  ])('%s', (_, input, expected) => {
    expect(mergeIntervals(input.map(iv))).toEqual(expected.map(iv));
  });

  it('compares instants, not strings, and does not modify its input', () => {
    const input = [
      { start: '2026-01-01T10:00:00.000Z', end: '2026-01-01T12:00:00.000Z' },
      { start: '2026-01-01T09:00:00.000Z', end: '2026-01-01T10:30:00.000Z' },
    ];
    const copy = structuredClone(input);
    expect(mergeIntervals(input)).toEqual([{ start: '2026-01-01T09:00:00.000Z', end: '2026-01-01T12:00:00.000Z' }]);
    expect(input).toEqual(copy);
  });
});
