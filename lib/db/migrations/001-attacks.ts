import type { IDBPDatabase } from 'idb';

/** Version 1: the attack log, keyed by id, listed by start time. */
export function migration001(db: IDBPDatabase<unknown>): void {
  const attacks = db.createObjectStore('attacks', { keyPath: 'id' });
  attacks.createIndex('by-start', 'start');
}
