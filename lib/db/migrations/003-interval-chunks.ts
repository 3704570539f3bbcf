import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { mergeIntervals } from '../../screen-time/interval';
import { toChunks, type IntervalKind } from '../interval-chunks';

type Raw = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * Version 3: screen-time intervals move from a record each to a record per month (interval-chunks.ts),
 * so the review reads five years in milliseconds. The old per-interval stores are copied, then dropped.
 */
export async function migration003(db: Raw, tx: UpgradeTx): Promise<void> {
  const chunks = db.createObjectStore('intervalChunks', { keyPath: 'key' });
  for (const kind of ['sessions', 'coverage'] as IntervalKind[]) {
    const old = (await tx.objectStore(kind).getAll()) as { start: number; end: number }[];
    for (const chunk of toChunks(kind, mergeIntervals(old))) await chunks.put(chunk);
    db.deleteObjectStore(kind);
  }
}
