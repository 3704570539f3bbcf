import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Interval } from '../attack/schema';
import { mergeIntervals } from '../screen-time/interval';
import { chunkRange, fromChunks, sameData, toChunks, type IntervalKind } from './interval-chunks';
import type { Db } from './open-db';
import type { PenumbraDB, StoredInterval } from './schema';

export type IntervalStoreName = IntervalKind;

export const toStored = (i: Interval): StoredInterval => ({ start: Date.parse(i.start), end: Date.parse(i.end) });
export const toIso = (i: StoredInterval): Interval => ({
  start: new Date(i.start).toISOString(),
  end: new Date(i.end).toISOString(),
});

/**
 * The intervals as last read, per database and kind; dropped whenever a write touches that kind, so
 * repeated reads (the review page, the export) cost nothing until something changes.
 */
const cache = new WeakMap<object, Map<IntervalKind, Promise<StoredInterval[]>>>();
const cacheOf = (key: object) => cache.get(key) ?? cache.set(key, new Map()).get(key)!;
// idb hands out one wrapper per native database, so a transaction's `db` is the `Db` callers hold.
const forget = (store: { transaction: { db: object } }, kind: IntervalKind) => cacheOf(store.transaction.db).delete(kind);

type ChunkStore<Tx extends ArrayLike<StoreNames<PenumbraDB>>> = IDBPObjectStore<PenumbraDB, Tx, 'intervalChunks', 'readwrite'>;

/**
 * Adds intervals as a union with what is stored: overlapping or touching intervals merge, so adding
 * the same interval twice (an import of an export, a re-saved session) changes nothing. The union is
 * computed in memory over the month records and only records that changed are written.
 */
export async function mergeInto<Tx extends ArrayLike<StoreNames<PenumbraDB>>>(
  store: ChunkStore<Tx>,
  kind: IntervalKind,
  intervals: readonly StoredInterval[],
): Promise<void> {
  const valid = intervals.filter((i) => i.end > i.start);
  if (valid.length === 0) return;
  forget(store as unknown as { transaction: { db: object } }, kind);
  const chunks = await store.getAll(IDBKeyRange.bound(...chunkRange(kind)));
  const next = toChunks(kind, mergeIntervals([...fromChunks(chunks), ...valid]));
  const before = new Map(chunks.map((c) => [c.key, c.data]));
  const keep = new Set(next.map((c) => c.key));
  await Promise.all([
    ...next.filter((c) => !sameData(before.get(c.key), c.data)).map((c) => store.put(c)),
    ...[...before.keys()].filter((key) => !keep.has(key)).map((key) => store.delete(key)),
  ]);
}

/** Adds intervals (see mergeInto) in one transaction: all are added or none. */
export async function addIntervals(db: Db, kind: IntervalKind, intervals: readonly StoredInterval[]): Promise<void> {
  const tx = db.transaction('intervalChunks', 'readwrite');
  await allOrNothing(tx, () => mergeInto(tx.store, kind, intervals));
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
export async function readIntervals(db: Db, kind: IntervalKind, from = -Infinity, to = Infinity): Promise<StoredInterval[]> {
  const byKind = cacheOf(db);
  let all = byKind.get(kind);
  if (!all) {
    all = db.getAll('intervalChunks', IDBKeyRange.bound(...chunkRange(kind))).then(fromChunks);
    byKind.set(kind, all);
    all.catch(() => byKind.delete(kind));
  }
  return (await all).filter((i) => i.end > from && i.start < to);
}

