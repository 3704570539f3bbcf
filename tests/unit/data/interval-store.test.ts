import { describe, expect, it } from 'vitest';
import { addIntervals, readIntervals, toIso, toStored, type IntervalStoreName } from '@/lib/db/interval-store';
import type { StoredInterval } from '@/lib/db/schema';
import { freshDb, seededRandom } from './helpers';

type Pair = [number, number];
const iv = ([start, end]: Pair): StoredInterval => ({ start, end });
const ivs = (pairs: Pair[]) => pairs.map(iv);

/** The obvious union: drop empty intervals, sort, merge overlapping or touching ones. */
function referenceMerge(intervals: readonly StoredInterval[]): StoredInterval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: StoredInterval[] = [];
  for (const { start, end } of sorted) {
    const last = out.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

const STORES: IntervalStoreName[] = ['sessions', 'coverage'];

describe.each(STORES)('addIntervals into %s', (name) => {
  const stored: Pair[] = [
    [10, 20],
    [30, 40],
    [50, 60],
  ];

  it.each<[string, Pair[], Pair[]]>([
    ['disjoint, before everything', [[0, 5]], [[0, 5], [10, 20], [30, 40], [50, 60]]],
    ['disjoint, in a gap', [[22, 28]], [[10, 20], [22, 28], [30, 40], [50, 60]]],
    ['disjoint, after everything', [[70, 80]], [[10, 20], [30, 40], [50, 60], [70, 80]]],
    ['overlapping the start of one', [[5, 15]], [[5, 20], [30, 40], [50, 60]]],
    ['overlapping the end of one', [[15, 25]], [[10, 25], [30, 40], [50, 60]]],
    ['touching the end of one', [[20, 25]], [[10, 25], [30, 40], [50, 60]]],
    ['touching the start of one', [[25, 30]], [[10, 20], [25, 40], [50, 60]]],
    ['touching two, filling the gap', [[20, 30]], [[10, 40], [50, 60]]],
    ['contained in one', [[12, 18]], [[10, 20], [30, 40], [50, 60]]],
    ['equal to one', [[30, 40]], [[10, 20], [30, 40], [50, 60]]],
    ['same start, shorter', [[30, 35]], [[10, 20], [30, 40], [50, 60]]],
    ['same start, longer', [[30, 45]], [[10, 20], [30, 45], [50, 60]]],
    ['same end, earlier start', [[25, 40]], [[10, 20], [25, 40], [50, 60]]],
    ['containing one', [[28, 42]], [[10, 20], [28, 42], [50, 60]]],
    ['spanning several', [[15, 55]], [[10, 60]]],
    ['spanning all', [[0, 100]], [[0, 100]]],
    ['spanning several, ending inside the last', [[5, 52]], [[5, 60]]],
    ['starting inside one, containing the next', [[35, 65]], [[10, 20], [30, 65]]],
    ['several at once, merging with each other and the store', [[62, 70], [0, 10], [68, 75], [40, 50]], [[0, 20], [30, 60], [62, 75]]],
    ['zero length inside a gap', [[25, 25]], [[10, 20], [30, 40], [50, 60]]],
    ['zero length at a boundary', [[20, 20]], [[10, 20], [30, 40], [50, 60]]],
    ['reversed across a gap', [[28, 22]], [[10, 20], [30, 40], [50, 60]]],
    ['reversed across everything', [[100, 0]], [[10, 20], [30, 40], [50, 60]]],
    ['NaN bounds', [[Number.NaN, 5], [5, Number.NaN]], [[10, 20], [30, 40], [50, 60]]],
    ['nothing', [], [[10, 20], [30, 40], [50, 60]]],
  ])('%s', async (_, added, expected) => {
    const db = await freshDb();
    await addIntervals(db, name, ivs(stored));
    await addIntervals(db, name, ivs(added));
    expect(await readIntervals(db, name)).toEqual(ivs(expected));
    // Whatever was added, the store matches a plain union of everything.
    expect(await readIntervals(db, name)).toEqual(referenceMerge([...ivs(stored), ...ivs(added)]));
  });

  it('adding the same intervals twice changes nothing', async () => {
    const db = await freshDb();
    const intervals = ivs([[100, 200], [150, 300], [400, 500], [500, 600], [700, 701]]);
    await addIntervals(db, name, intervals);
    const once = await readIntervals(db, name);
    expect(once).toEqual(ivs([[100, 300], [400, 600], [700, 701]]));
    await addIntervals(db, name, intervals);
    await addIntervals(db, name, once);
    expect(await readIntervals(db, name)).toEqual(once);
  });

  it('ignores only the empty or reversed ones in a mixed batch', async () => {
    const db = await freshDb();
    await addIntervals(db, name, ivs([[5, 5], [1, 3], [9, 2], [3, 4]]));
    expect(await readIntervals(db, name)).toEqual(ivs([[1, 4]]));
  });

  it('does not modify the intervals it is given', async () => {
    const db = await freshDb();
    const given = ivs([[10, 20], [15, 30]]);
    const copy = structuredClone(given);
    await addIntervals(db, name, given);
    expect(given).toEqual(copy);
  });

  it('handles real epoch milliseconds', async () => {
    const db = await freshDb();
    const t = Date.parse('2025-03-30T00:30:00Z'); // the night the clocks change in Berlin
    await addIntervals(db, name, ivs([[t, t + 3_600_000], [t + 3_600_000, t + 7_200_000]]));
    expect(await readIntervals(db, name)).toEqual(ivs([[t, t + 7_200_000]]));
  });
});

describe('addIntervals is one transaction', () => {
  it('adds none of a batch when one interval cannot be stored', async () => {
    const db = await freshDb();
    await addIntervals(db, 'sessions', ivs([[100, 200]]));
    // A BigInt compares like a number but is not a valid IndexedDB key: its put throws DataError.
    const bad = { start: 20n, end: 30 } as unknown as StoredInterval;
    await expect(addIntervals(db, 'sessions', [iv([0, 10]), iv([150, 250]), bad])).rejects.toThrow();
    expect(await readIntervals(db, 'sessions')).toEqual(ivs([[100, 200]]));
  });
});

describe('the two interval stores', () => {
  it('are independent', async () => {
    const db = await freshDb();
    await addIntervals(db, 'sessions', ivs([[1, 2]]));
    await addIntervals(db, 'coverage', ivs([[0, 10]]));
    expect(await readIntervals(db, 'sessions')).toEqual(ivs([[1, 2]]));
    expect(await readIntervals(db, 'coverage')).toEqual(ivs([[0, 10]]));
  });
});

describe('readIntervals', () => {
  const stored: Pair[] = [
    [10, 20],
    [30, 40],
    [50, 60],
  ];

  it.each<[string, number | undefined, number | undefined, Pair[]]>([
    ['no bounds', undefined, undefined, stored],
    ['infinite bounds', -Infinity, Infinity, stored],
    ['from before everything', 0, undefined, stored],
    ['from inside the first', 15, undefined, stored],
    ['from at the end of the first (end is exclusive)', 20, undefined, [[30, 40], [50, 60]]],
    ['from in a gap', 25, undefined, [[30, 40], [50, 60]]],
    ['from after everything', 60, undefined, []],
    ['to after everything', undefined, 100, stored],
    ['to at the start of the last (to is exclusive)', undefined, 50, [[10, 20], [30, 40]]],
    ['to inside the last', undefined, 51, stored],
    ['to before everything', undefined, 10, []],
    ['a window inside one interval', 32, 38, [[30, 40]]],
    ['a window across a gap', 15, 35, [[10, 20], [30, 40]]],
    ['a window inside a gap', 41, 49, []],
    ['an exactly matching window', 30, 40, [[30, 40]]],
  ])('with %s', async (_, from, to, expected) => {
    const db = await freshDb();
    await addIntervals(db, 'sessions', ivs(stored));
    expect(await readIntervals(db, 'sessions', from, to)).toEqual(ivs(expected));
  });

  it('is empty for an empty store', async () => {
    const db = await freshDb();
    expect(await readIntervals(db, 'coverage')).toEqual([]);
    expect(await readIntervals(db, 'coverage', 0, 10)).toEqual([]);
  });

  it('returns oldest first', async () => {
    const db = await freshDb();
    await addIntervals(db, 'sessions', ivs([[50, 60], [10, 20], [30, 40]]));
    expect((await readIntervals(db, 'sessions')).map((i) => i.start)).toEqual([10, 30, 50]);
  });
});

describe('toStored / toIso', () => {
  it.each([
    ['2025-01-01T00:00:00.000Z', '2025-01-01T01:30:00.000Z'],
    ['1999-12-31T23:59:59.999Z', '2000-01-01T00:00:00.000Z'],
  ])('round-trip %s .. %s', (start, end) => {
    const stored = toStored({ start, end });
    expect(stored).toEqual({ start: Date.parse(start), end: Date.parse(end) });
    expect(toIso(stored)).toEqual({ start, end });
  });

  it('toStored reads offsets as the instant they name', () => {
    expect(toStored({ start: '2025-01-01T01:00:00+01:00', end: '2025-01-01T02:00:00+01:00' })).toEqual({
      start: Date.parse('2025-01-01T00:00:00Z'),
      end: Date.parse('2025-01-01T01:00:00Z'),
    });
  });
});

describe('addIntervals against a reference union on random data', () => {
  const CASES = 200;

  it(`matches the reference in ${CASES} seeded random cases, batch by batch and for random windows`, async () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const random = seededRandom(seed);
      const int = (n: number) => Math.floor(random() * n);
      // A small range makes overlaps, touches, containment and duplicates common.
      const range = 20 + int(200);
      const db = await freshDb();
      const name: IntervalStoreName = seed % 2 === 0 ? 'sessions' : 'coverage';
      const all: StoredInterval[] = [];
      const batches = 1 + int(5);
      for (let b = 0; b < batches; b++) {
        const batch: StoredInterval[] = [];
        const size = int(12);
        for (let k = 0; k < size; k++) {
          const start = int(range);
          // Mostly forward, sometimes empty or reversed, sometimes a copy of an earlier one.
          const roll = random();
          if (roll < 0.1 && all.length > 0) batch.push({ ...all[int(all.length)]! });
          else if (roll < 0.15) batch.push({ start, end: start });
          else if (roll < 0.2) batch.push({ start, end: start - 1 - int(10) });
          else batch.push({ start, end: start + 1 + int(range / 4) });
        }
        all.push(...batch);
        await addIntervals(db, name, batch);
        const actual = await readIntervals(db, name);
        const expected = referenceMerge(all);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          expect({ seed, batch: b, all, actual }).toEqual({ seed, batch: b, all, actual: expected });
        }
      }
      const merged = referenceMerge(all);
      for (let w = 0; w < 5; w++) {
        const from = int(range + 20) - 10;
        const to = from + int(range / 2);
        const window = await readIntervals(db, name, from, to);
        const expected = merged.filter((i) => i.start < to && i.end > from);
        if (JSON.stringify(window) !== JSON.stringify(expected)) {
          expect({ seed, from, to, window }).toEqual({ seed, from, to, window: expected });
        }
      }
      // Re-adding everything changes nothing.
      await addIntervals(db, name, all);
      expect(await readIntervals(db, name)).toEqual(merged);
      db.close();
    }
  });
});
