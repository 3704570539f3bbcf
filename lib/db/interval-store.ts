import type { Interval } from '../attack/schema';
import type { Db } from './open-db';
import type { StoredInterval } from './schema';

export type IntervalStoreName = 'sessions' | 'coverage';

export const toStored = (i: Interval): StoredInterval => ({ start: Date.parse(i.start), end: Date.parse(i.end) });
export const toIso = (i: StoredInterval): Interval => ({
  start: new Date(i.start).toISOString(),
  end: new Date(i.end).toISOString(),
});

/**
 * Adds intervals as a union with what is stored: overlapping or touching intervals merge, so adding
 * the same interval twice (an import of an export, a heartbeat re-saving an open session) changes
 * nothing. One transaction: all are added or none.
 */
export async function addIntervals(db: Db, name: IntervalStoreName, intervals: readonly StoredInterval[]): Promise<void> {
  const tx = db.transaction(name, 'readwrite');
  for (const interval of intervals) {
    if (!(interval.end > interval.start)) continue;
    let { start, end } = interval;
    // The one stored interval starting at or before `start` may reach into it.
    const before = await tx.store.openCursor(IDBKeyRange.upperBound(start), 'prev');
    if (before && before.value.end >= start) {
      start = before.value.start;
      end = Math.max(end, before.value.end);
      await before.delete();
    }
    // Every stored interval starting inside the new one merges into it.
    let cursor = await tx.store.openCursor(IDBKeyRange.bound(start, end));
    while (cursor) {
      end = Math.max(end, cursor.value.end);
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.store.put({ start, end });
  }
  await tx.done;
}

/** Intervals that overlap [from, to), oldest first; all of them without bounds. */
export async function readIntervals(db: Db, name: IntervalStoreName, from = -Infinity, to = Infinity): Promise<StoredInterval[]> {
  const all = await db.getAll(name, Number.isFinite(to) ? IDBKeyRange.upperBound(to, true) : undefined);
  return all.filter((i) => i.end > from);
}
