import type { Interval } from '../attack/schema';
import { mergeIntervals } from '../screen-time/interval';
import type { Db } from './open-db';
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { PenumbraDB, StoredInterval } from './schema';

export type IntervalStoreName = 'sessions' | 'coverage';

export const toStored = (i: Interval): StoredInterval => ({ start: Date.parse(i.start), end: Date.parse(i.end) });
export const toIso = (i: StoredInterval): Interval => ({
  start: new Date(i.start).toISOString(),
  end: new Date(i.end).toISOString(),
});


/**
 * Adds one interval as a union with what the store holds: overlapping or touching intervals merge,
 * so adding the same interval twice (an import of an export, a re-saved session) changes nothing.
 */
export async function mergeInto<Name extends IntervalStoreName, Tx extends ArrayLike<StoreNames<PenumbraDB>>>(
  store: IDBPObjectStore<PenumbraDB, Tx, Name, 'readwrite'>,
  interval: StoredInterval,
): Promise<void> {
  if (!(interval.end > interval.start)) return;
  let { start, end } = interval;
  // The one stored interval starting at or before `start` may reach into it.
  const before = await store.openCursor(IDBKeyRange.upperBound(start), 'prev');
  if (before && before.value.end >= start) {
    if (before.value.end >= end) return;
    start = before.value.start;
    await before.delete();
  }
  // Every stored interval starting inside the new one merges into it.
  let cursor = await store.openCursor(IDBKeyRange.bound(start, end));
  while (cursor) {
    end = Math.max(end, cursor.value.end);
    await cursor.delete();
    cursor = await cursor.continue();
  }
  await store.put({ start, end });
}

/**
 * Adds many intervals at once (an import): the union with what is stored is computed in memory and
 * only the intervals that changed are written, in one transaction, so all are added or none. Five
 * years of sessions (about 20,000) take one read and one batch of writes instead of a round trip each.
 */
export async function addIntervals(db: Db, name: IntervalStoreName, intervals: readonly StoredInterval[]): Promise<void> {
  const tx = db.transaction(name, 'readwrite');
  await allOrNothing(tx, async () => {
    const stored = await tx.store.getAll();
    const merged = mergeIntervals([...stored, ...intervals.filter((i) => i.end > i.start)]);
    const before = new Map(stored.map((i) => [i.start, i.end]));
    const keep = new Set<number>();
    const writes: Promise<unknown>[] = [];
    for (const interval of merged) {
      keep.add(interval.start);
      if (before.get(interval.start) !== interval.end) writes.push(tx.store.put(interval));
    }
    for (const start of before.keys()) if (!keep.has(start)) writes.push(tx.store.delete(start));
    await Promise.all(writes);
  });
}

/** Runs `work` in `tx` and waits for the commit; if any step throws, the whole transaction is undone. */
export async function allOrNothing(tx: { abort(): void; done: Promise<void> }, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    tx.done.catch(() => undefined); // the abort rejects `done`; the original error is the one to report
    tx.abort();
    throw error;
  }
  await tx.done;
}

/** Intervals that overlap [from, to), oldest first; all of them without bounds. */
export async function readIntervals(db: Db, name: IntervalStoreName, from = -Infinity, to = Infinity): Promise<StoredInterval[]> {
  const all = await db.getAll(name, Number.isFinite(to) ? IDBKeyRange.upperBound(to, true) : undefined);
  return all.filter((i) => i.end > from);
}
